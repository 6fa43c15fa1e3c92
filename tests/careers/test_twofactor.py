"""The admin asks for a password and a code; wrong codes count toward the lockout like wrong passwords."""

import io
import re

import pytest
from axes.models import AccessAttempt
from django.contrib.auth.models import User
from django.core.management import CommandError, call_command
from django.test import Client
from django.urls import reverse
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from tests.editors import app_code, app_device, backup_code, code_for_secret, log_in, secret_of
from tests.factories import PASSWORD, make_hr_editor

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fast_hashing")]

WRONG = "Användarnamnet, lösenordet eller koden stämmer inte."


@pytest.fixture
def editor():
    user = make_hr_editor()
    app_device(user)
    return user


def login(client, code, password=PASSWORD, username="hr"):
    data = {"username": username, "password": password}
    if code is not None:
        data["otp_token"] = code
    return client.post(reverse("admin:login"), data, REMOTE_ADDR="203.0.113.7")


def logged_in(client):
    return client.get(reverse("admin:index")).status_code == 200


def test_the_login_form_has_username_password_and_otp_token(client):
    html = client.get(reverse("admin:login")).content.decode()
    for name in ["username", "password", "otp_token"]:
        assert f'name="{name}"' in html
    assert "Kod" in html and "autentiseringsapp" in html
    assert "style=" not in html and "<script>" not in html and "onclick" not in html


def test_without_a_code_nobody_is_logged_in(client, editor):
    response = login(client, None)
    assert response.status_code == 200
    assert "Skriv koden från din autentiseringsapp." in response.content.decode()
    assert not logged_in(client)
    assert not AccessAttempt.objects.exists()  # the password was not even tried


def test_a_wrong_code_is_refused_with_the_same_words_as_a_wrong_password(client, editor):
    wrong_code = login(client, "000000" if app_code(editor) != "000000" else "111111")
    wrong_password = login(Client(), app_code(editor), password="fel-lösenord")
    for response in (wrong_code, wrong_password):
        assert response.status_code == 200
        assert WRONG in response.content.decode()
    assert not logged_in(client)


def test_a_valid_code_logs_in_and_the_same_code_cannot_be_used_again(client, editor):
    code = app_code(editor)
    assert login(client, code).status_code == 302
    assert logged_in(client)
    other = Client()
    reused = login(other, code)
    assert reused.status_code == 200 and WRONG in reused.content.decode()
    assert not logged_in(other)


def test_an_editors_session_ends_with_the_browser_and_after_a_working_day(client, editor, time_machine):
    time_machine.move_to("2026-02-02 07:00:00+01:00", tick=False)
    assert login(client, app_code(editor)).status_code == 302
    cookie = client.cookies["sessionid"]
    assert not cookie["expires"] and not cookie["max-age"]  # a browser session's cookie: gone when it closes
    time_machine.move_to("2026-02-02 15:59:00+01:00", tick=False)
    assert logged_in(client)  # the working day
    time_machine.move_to("2026-02-02 16:01:00+01:00", tick=False)
    assert not logged_in(client)  # nine hours after the login, however busy


def test_a_backup_code_works_once(client, editor):
    code = backup_code(editor)
    assert login(client, code.upper()).status_code == 302  # as printed or as typed
    assert logged_in(client)
    assert login(Client(), code).status_code == 200
    assert not StaticToken.objects.filter(token=code).exists()


def test_repeated_wrong_codes_lock_the_user_out_like_wrong_passwords(client, editor, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        assert login(client, "123456" if app_code(editor) != "123456" else "654321").status_code == 200
    locked = login(client, "99999999")
    assert locked.status_code == 429
    assert "För många misslyckade inloggningar" in locked.content.decode()
    assert AccessAttempt.objects.get().failures_since_start == settings.AXES_FAILURE_LIMIT
    # Even the right password and a right code are refused now.
    assert login(client, backup_code(editor)).status_code == 429
    assert not logged_in(client)


def test_a_password_without_a_verified_code_does_not_open_the_admin(client, editor):
    client.force_login(editor)  # a session that never gave a code
    response = client.get(reverse("admin:index"))
    assert response.status_code == 302 and reverse("admin:login") in response["Location"]


def test_an_hr_editor_cannot_reach_users_or_anyones_devices(client, editor):
    log_in(client, editor)
    other = User.objects.create_superuser("chef", password=PASSWORD)
    theirs = app_device(other)
    backup_code(other)
    for name, args in [("auth_user_changelist", []), ("auth_user_change", [other.pk]),
                       ("auth_user_password_change", [other.pk]), ("auth_group_changelist", []),
                       ("otp_totp_totpdevice_changelist", []), ("otp_totp_totpdevice_change", [theirs.pk]),
                       ("otp_totp_totpdevice_change", [app_device(editor).pk]),
                       ("otp_totp_totpdevice_config", [theirs.pk]), ("otp_totp_totpdevice_qrcode", [theirs.pk]),
                       ("otp_static_staticdevice_changelist", []), ("otp_totp_totpdevice_add", [])]:
        assert client.get(reverse(f"admin:{name}", args=args)).status_code == 403, name
    index = client.get(reverse("admin:index")).content.decode()
    assert "/auth/user/" not in index and "totpdevice" not in index and "staticdevice" not in index


def test_createhreditor_prints_the_app_address_a_qr_code_and_backup_codes(monkeypatch):
    monkeypatch.setenv("DJANGO_HR_EDITOR_PASSWORD", PASSWORD)
    out = io.StringIO()
    call_command("createhreditor", "--username", "ny", "--noinput", "--static-codes", stdout=out)
    output = out.getvalue()
    user = User.objects.get(username="ny")
    uri = re.search(r"^otpauth://totp/.*$", output, re.MULTILINE).group(0)
    assert "issuer=Jobba" in uri and "ny" in uri
    assert "█" in output or "▀" in output  # the QR code, drawn in the terminal
    device = TOTPDevice.objects.get(user=user)
    assert device.confirmed
    codes = re.findall(r"^  ([a-z2-7]{8})$", output, re.MULTILINE)
    assert len(codes) == 10 and len(set(codes)) == 10
    assert set(StaticDevice.objects.get(user=user).token_set.values_list("token", flat=True)) == set(codes)
    # The code an app computes from the printed address logs in.
    assert login(Client(), code_for_secret(secret_of(output)), username="ny").status_code == 302


def test_createhreditor_without_static_codes_prints_none(monkeypatch):
    monkeypatch.setenv("DJANGO_HR_EDITOR_PASSWORD", PASSWORD)
    out = io.StringIO()
    call_command("createhreditor", "--username", "ny", "--noinput", stdout=out)
    assert "otpauth://totp/" in out.getvalue()
    assert not StaticDevice.objects.exists()


def test_resetotpdevice_gives_a_new_device_and_the_old_codes_stop_working(client, editor):
    old_backup = backup_code(editor)
    log_in(client, editor)
    out = io.StringIO()
    call_command("resetotpdevice", "--username", "hr", "--static-codes", stdout=out)
    assert not logged_in(client)  # the session verified with the lost device is no longer verified
    assert login(Client(), old_backup).status_code == 200
    assert login(Client(), code_for_secret(secret_of(out.getvalue()))).status_code == 302
    with pytest.raises(CommandError):
        call_command("resetotpdevice", "--username", "finns-inte", stdout=io.StringIO())
