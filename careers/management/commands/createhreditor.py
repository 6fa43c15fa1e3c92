import os

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from careers.permissions import HR_EDITOR_GROUP
from careers.twofactor import enrol, terminal_qr

PASSWORD_ENV = "DJANGO_HR_EDITOR_PASSWORD"


class Command(BaseCommand):
    help = ("Skapar ett konto för en HR-redaktör som kan ändra webbplatsens innehåll i admin, "
            "med en enhet för inloggningskoder.")

    def add_arguments(self, parser):
        parser.add_argument("--username", required=True, help="Användarnamnet.")
        parser.add_argument("--email", default="", help="E-postadress (valfri).")
        parser.add_argument("--noinput", "--no-input", action="store_false", dest="interactive",
                            help=f"Fråga inte: lösenordet tas från {PASSWORD_ENV}.")
        parser.add_argument("--static-codes", action="store_true",
                            help="Skriv också ut tio reservkoder som kan användas en gång var.")

    def handle(self, *args, username, email, interactive, static_codes, **options):
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
        with transaction.atomic():
            user.set_password(password)
            user.save()
            user.groups.add(Group.objects.get(name=HR_EDITOR_GROUP))
            uri, codes = enrol(user, static_codes=static_codes)
        self.stdout.write(f"HR-redaktören {username} är skapad.")
        write_enrolment(self.stdout, uri, codes)

    def ask_password(self):
        from getpass import getpass

        password = getpass("Lösenord: ")
        if password != getpass("Lösenord (igen): "):
            raise CommandError("Lösenorden är inte lika.")
        return password


def write_enrolment(stdout, uri, codes):
    """What the editor needs to log in: the app's QR code and address, and any backup codes."""
    stdout.write("\nSkanna QR-koden med en autentiseringsapp (till exempel Microsoft Authenticator, "
                 "Google Authenticator eller FreeOTP), eller lägg in adressen under den för hand:\n")
    stdout.write(terminal_qr(uri))
    stdout.write(uri)
    if codes:
        stdout.write("\nReservkoder. Var och en fungerar en gång, i stället för koden i appen. "
                     "Förvara dem säkert, skilt från telefonen:")
        for code in codes:
            stdout.write(f"  {code}")
