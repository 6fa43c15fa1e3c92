from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from careers.management.commands.createhreditor import write_enrolment
from careers.twofactor import enrol


class Command(BaseCommand):
    help = ("Ger en användare en ny enhet för inloggningskoder, till exempel när telefonen är borta. "
            "De gamla koderna och reservkoderna slutar gälla.")

    def add_arguments(self, parser):
        parser.add_argument("--username", required=True, help="Användarnamnet.")
        parser.add_argument("--static-codes", action="store_true",
                            help="Skriv också ut tio nya reservkoder.")

    def handle(self, *args, username, static_codes, **options):
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise CommandError(f"Det finns ingen användare som heter {username}.")
        uri, codes = enrol(user, static_codes=static_codes)
        self.stdout.write(f"{username} har fått en ny enhet. De gamla koderna gäller inte längre.")
        write_enrolment(self.stdout, uri, codes)
