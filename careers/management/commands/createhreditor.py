import os

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from careers.permissions import HR_EDITOR_GROUP

PASSWORD_ENV = "DJANGO_HR_EDITOR_PASSWORD"


class Command(BaseCommand):
    help = "Skapar ett konto för en HR-redaktör som kan ändra webbplatsens innehåll i admin."

    def add_arguments(self, parser):
        parser.add_argument("--username", required=True, help="Användarnamnet.")
        parser.add_argument("--email", default="", help="E-postadress (valfri).")
        parser.add_argument("--noinput", "--no-input", action="store_false", dest="interactive",
                            help=f"Fråga inte: lösenordet tas från {PASSWORD_ENV}.")

    def handle(self, *args, username, email, interactive, **options):
        User = get_user_model()
        if User.objects.filter(username=username).exists():
            raise CommandError(f"Det finns redan en användare som heter {username}.")
        password = os.environ.get(PASSWORD_ENV) if not interactive else self.ask_password()
        if not password:
            raise CommandError(f"Sätt {PASSWORD_ENV} för att skapa kontot med --noinput.")
        user = User(username=username, email=email, is_staff=True)
        try:
            validate_password(password, user)
        except ValidationError as error:
            raise CommandError(" ".join(error.messages)) from error
        user.set_password(password)
        user.save()
        user.groups.add(Group.objects.get(name=HR_EDITOR_GROUP))
        self.stdout.write(f"HR-redaktören {username} är skapad.")

    def ask_password(self):
        from getpass import getpass

        password = getpass("Lösenord: ")
        if password != getpass("Lösenord (igen): "):
            raise CommandError("Lösenorden är inte lika.")
        return password
