"""Two-factor login for the admin: a password and a code (django-otp).

A code is the six digits an authenticator app shows (TOTP) or one of the
single-use backup codes. The device is chosen by the code's form, so the login
form needs no device list: digits go to the app's device, letters to the
backup codes, and neither is charged with a failed attempt meant for the other.

A wrong code counts toward django-axes' lockout exactly like a wrong password,
and both get the same message, so the form never tells a stranger that the
password was right.
"""

import io

import qrcode
from django import forms
from django.contrib.admin.forms import AdminAuthenticationForm
from django.contrib.auth.signals import user_login_failed
from django.db import transaction
from django.utils.translation import gettext_lazy as _
from django_otp.admin import OTPAdminSite
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

BACKUP_CODE_COUNT = 10


class EditorLoginForm(AdminAuthenticationForm):
    """The admin's login form with one more field, `otp_token`, for the code."""

    otp_token = forms.CharField(
        label=_("Code"), max_length=16, strip=True,
        help_text=_("The six digits your authenticator app shows, or one of your backup codes."),
        error_messages={"required": _("Write the code from your authenticator app.")},
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "spellcheck": "false"}),
    )
    error_messages = {
        **AdminAuthenticationForm.error_messages,
        "invalid_login": _(
            "The user name, the password or the code is wrong. Upper and lower case letters differ. "
            "After several wrong codes in a row, wait a while before you try a new one."
        ),
    }

    def clean(self):
        # Without a code nothing is checked, not even the password: the answer
        # then says nothing about the password, and nothing is counted.
        if not self.cleaned_data.get("otp_token"):
            return self.cleaned_data
        super().clean()  # the password; a wrong one is counted by axes through authenticate()
        user = self.get_user()
        device = verified_device(user, self.cleaned_data["otp_token"])
        if device is None:
            user_login_failed.send(sender=__name__, request=self.request,
                                   credentials={"username": user.get_username()})
            raise self.get_invalid_login_error()
        # django-otp's user_logged_in handler keeps this device in the session.
        user.otp_device = device
        return self.cleaned_data


def verified_device(user, code):
    """The user's device that accepts `code` (and so uses it up), or None."""
    code = "".join(code.split()).lower()
    model = TOTPDevice if code.isdigit() else StaticDevice
    with transaction.atomic():
        for device in model.objects.devices_for_user(user).select_for_update():
            # verify_token() refuses while the device's own throttle (after
            # failed attempts, across every address) is in force.
            if device.verify_token(code):
                return device
    return None


class EditorAdminSite(OTPAdminSite):
    """The admin, open only to staff whose session was verified with a code."""

    login_form = EditorLoginForm
    login_template = "admin/login.html"

    def __init__(self, name="admin"):
        super().__init__(name)


@transaction.atomic
def enrol(user, *, static_codes=False):
    """Give `user` a new authenticator device (and backup codes); return what to show them.

    Any earlier devices go: a reset after a lost phone must leave its codes
    worthless, and a session verified with them is no longer verified.
    """
    for model in (TOTPDevice, StaticDevice):
        model.objects.filter(user=user).delete()
    device = TOTPDevice.objects.create(user=user, name="app", confirmed=True)
    codes = []
    if static_codes:
        backup = StaticDevice.objects.create(user=user, name="reservkoder", confirmed=True)
        codes = [StaticToken.random_token() for _ in range(BACKUP_CODE_COUNT)]
        StaticToken.objects.bulk_create(StaticToken(device=backup, token=code) for code in codes)
    return device.config_url, codes


def terminal_qr(data):
    """`data` as a QR code drawn with block characters, light on dark as most terminals are."""
    code = qrcode.QRCode(border=2)
    code.add_data(data)
    out = io.StringIO()
    code.print_ascii(out=out, invert=True)
    return out.getvalue()
