"""HR editors in tests: a device for codes, codes as an app shows them, and a verified login."""

import re
import time
from base64 import b32decode
from html.parser import HTMLParser
from urllib.parse import parse_qs, urlparse

from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.oath import totp
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice


def app_device(user):
    return TOTPDevice.objects.get_or_create(user=user, defaults={"name": "app"})[0]


def code_for_secret(secret, steps_ahead=0):
    """What an authenticator app shows now for a base32 secret (or `steps_ahead` periods of 30 s later)."""
    return f"{totp(b32decode(secret), t0=-30 * steps_ahead):06d}"


def app_code(user, steps_ahead=0):
    return f"{totp(app_device(user).bin_key, t0=-30 * steps_ahead):06d}"


def secret_of(output):
    """The base32 secret in the otpauth:// line a command printed."""
    uri = re.search(r"^otpauth://totp/\S+$", output, re.MULTILINE).group(0)
    return parse_qs(urlparse(uri).query)["secret"][0]


def backup_code(user):
    device = StaticDevice.objects.get_or_create(user=user, defaults={"name": "reservkoder"})[0]
    return device.token_set.create(token=StaticToken.random_token()).token


def log_in(client, user):
    """`client` logged in as `user` with a verified session, as after the password and a code."""
    client.force_login(user)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = app_device(user).persistent_id
    session.save()
    return client


def wait_for_next_period():
    """A TOTP code can be used once: the next login with the app needs the next 30 s period."""
    time.sleep(30 - time.time() % 30 + 0.1)


class _FormReader(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.data, self.select, self.textarea = [], None, None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        name = a.get("name")
        if tag == "input" and name and a.get("type", "text") not in ("submit", "button", "file", "image"):
            if a.get("type") in ("checkbox", "radio"):
                if "checked" in a:
                    self.data.append((name, a.get("value", "on")))
            else:
                self.data.append((name, a.get("value", "")))
        elif tag == "textarea" and name:
            self.textarea = [name, ""]
        elif tag == "select" and name:
            self.select = [name, None, None]
        elif tag == "option" and self.select:
            value = a.get("value", "")
            if self.select[2] is None:
                self.select[2] = value
            if "selected" in a:
                self.select[1] = value

    def handle_data(self, data):
        if self.textarea:
            self.textarea[1] += data

    def handle_endtag(self, tag):
        if tag == "textarea" and self.textarea:
            self.data.append((self.textarea[0], self.textarea[1].removeprefix("\n")))
            self.textarea = None
        elif tag == "select" and self.select:
            name, selected, first = self.select
            self.data.append((name, selected if selected is not None else first or ""))
            self.select = None


def form_data(html, form_id):
    """What the browser would send for the form `form_id` as it is shown: every field with its value."""
    start = html.index(f'id="{form_id}"')
    form = html[html.rindex("<form", 0, start):html.index("</form>", start)]
    reader = _FormReader()
    reader.feed(form)
    data = {}
    for name, value in reader.data:
        data.setdefault(name, []).append(value)
    return data
