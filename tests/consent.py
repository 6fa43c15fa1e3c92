"""The consent cookie as a browser sends it back, for tests that need a visitor who has chosen.

The format is cookies.consent's: these only say which visitor sends it.
"""

import uuid

from django.conf import settings

from cookies import consent

# What a browser sends with a form POST from a page of the same site.
SAME_ORIGIN = {"Sec-Fetch-Site": "same-origin", "Origin": "http://testserver"}


def consent_value(choice, consent_id=None, version=None):
    """A consent cookie as the site writes it (a consent id that is no id is written as given)."""
    if isinstance(consent_id, str):
        return consent.value(choice, uuid.uuid4(), version).rsplit(":", 1)[0] + f":{consent_id}"
    return consent.value(choice, consent_id or uuid.uuid4(), version)


def give_consent(client, choice, **kwargs):
    """The test client keeps the cookie for every later request."""
    client.cookies[settings.CONSENT_COOKIE_NAME] = consent_value(choice, **kwargs)


def consent_header(choice, **kwargs):
    """The cookie for one request only: `client.get(url, **consent_header("yes"))`."""
    return {"HTTP_COOKIE": f"{settings.CONSENT_COOKIE_NAME}={consent_value(choice, **kwargs)}"}
