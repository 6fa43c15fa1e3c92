"""EMAIL_URL (django-environ) becomes Django 6.1's MAILERS; `make run` writes e-mails to data/mail/."""

import json

from tests.careers.test_settings import run_manage

PRINT_MAILERS = "import json; from django.conf import settings; print(json.dumps(settings.MAILERS['default']))"
KEY = {"DJANGO_SECRET_KEY": "x" * 60}


def mailer(tmp_path, **env):
    result = run_manage("shell", "--no-imports", "-c", PRINT_MAILERS, env={**KEY, **env}, tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_email_url_is_the_default_mailer(tmp_path):
    assert mailer(tmp_path, EMAIL_URL="smtp+tls://jobb:hemligt@smtp.example.se:587") == {
        "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "OPTIONS": {"host": "smtp.example.se", "port": 587, "username": "jobb", "password": "hemligt",
                    "use_tls": True, "use_ssl": False, "timeout": 30},
    }
    assert mailer(tmp_path, EMAIL_URL="filemail:///srv/post")["OPTIONS"] == {"file_path": "/srv/post"}


def test_production_without_email_url_uses_the_local_mail_server(tmp_path):
    assert mailer(tmp_path)["OPTIONS"]["host"] == "localhost"


def test_development_writes_each_email_to_a_file_in_the_data_folder(tmp_path):
    send = "from django.core.mail import send_mail; send_mail('Ämne', 'Text', None, ['anna@example.se'])"
    result = run_manage("shell", "--no-imports", "-c", send, env={"DJANGO_DEBUG": "1"}, tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    [written] = (tmp_path / "mail").iterdir()
    assert "To: anna@example.se" in written.read_text()
