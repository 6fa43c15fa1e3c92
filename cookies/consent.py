"""The consent cookie and the rule it carries: which cookies wait for a "yes".

The cookie's value is "<policy version>:<choice>:<consent id>": the version of
the cookie policy the choice was made for, "yes" or "no", and the random id
that the choice's ConsentRecord holds too. Everything that reads or writes the
cookie, or asks whether a cookie counts as analytics, goes through here.
"""

import uuid

from django.conf import settings
from django.db import DatabaseError

from cookies.models import ConsentRecord, Cookie, CookiePolicy

YES, NO = ConsentRecord.Choice.YES, ConsentRecord.Choice.NO
CHOICES = ConsentRecord.Choice.values
# The version of a "no" given while the policy version could not be read (the
# database and the cache both down): a "no" asks for nothing and needs no
# proof, so it holds for every version. A "yes" is never given without one.
ANY_VERSION = "*"


def value(choice, consent_id, version=None):
    """The cookie's value for a choice (made for the current policy unless a version is given)."""
    return f"{version or CookiePolicy.current_version()}:{choice}:{consent_id.hex}"


def read(request):
    """(choice, consent id) from the request: see ConsentMiddleware for what each means."""
    parts = request.COOKIES.get(settings.CONSENT_COOKIE_NAME, "").split(":")
    if len(parts) != 3:
        return default_choice(request), ""
    version, choice, consent_id = parts
    consent_id = consent_id if is_consent_id(consent_id) else ""
    if choice in CHOICES and version == CookiePolicy.current_version():
        return choice, consent_id
    if choice == NO and version == ANY_VERSION:
        return choice, consent_id
    return default_choice(request), consent_id


def write(response, request, choice, consent_id, version):
    response.set_cookie(
        settings.CONSENT_COOKIE_NAME, value(choice, consent_id, version),
        max_age=settings.CONSENT_COOKIE_AGE, secure=request.is_secure(), httponly=True, samesite="Lax",
    )


def default_choice(request):
    """Before a choice: "no" for a browser that sends Global Privacy Control, otherwise still open."""
    return NO if request.headers.get("Sec-GPC") == "1" else ""


def is_consent_id(text):
    try:
        return uuid.UUID(hex=text).hex == text
    except ValueError:
        return False


class AnalyticsCookies:
    """The register's analytics entries, read once, asked about many cookie names.

    While the database cannot be read, every cookie but the site's own
    necessary ones counts as analytics: a "no" must hold without the register.
    """

    def __init__(self):
        try:
            self.registered = list(Cookie.objects.analytics())
        except DatabaseError:
            self.registered = None

    def __contains__(self, cookie_name):
        if self.registered is None:
            return cookie_name not in own_cookies()
        return any(cookie.matches(cookie_name) for cookie in self.registered)

    def exact_names(self):
        """The names that are not families (a family ends in *): those can be deleted unseen."""
        return {cookie.name for cookie in self.registered or () if not cookie.name.endswith("*")}


def own_cookies():
    """The cookies Django and this site set themselves: never analytics."""
    return {settings.CONSENT_COOKIE_NAME, settings.SESSION_COOKIE_NAME, settings.CSRF_COOKIE_NAME,
            settings.LANGUAGE_COOKIE_NAME, "messages"}
