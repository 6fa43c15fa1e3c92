import uuid

import pytest
from django.conf import settings

from cookies.models import CookiePolicy
from tests.conftest import make_home

# What a browser sends with a form POST from a page of the same site.
SAME_ORIGIN = {"Sec-Fetch-Site": "same-origin", "Origin": "http://testserver"}


def consent_value(choice, consent_id=None, version=None):
    """A consent cookie as the site writes it: "<policy version>:<choice>:<consent id>"."""
    version = version or CookiePolicy.current_version()
    return f"{version}:{choice}:{consent_id or uuid.uuid4().hex}"


def give_consent(client, choice, **kwargs):
    client.cookies[settings.CONSENT_COOKIE_NAME] = consent_value(choice, **kwargs)


@pytest.fixture
def home(db):
    return make_home()
