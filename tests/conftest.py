import io

import pytest
from django.core.management import call_command

from tests.editors import log_in
from tests.factories import make_hr_editor


@pytest.fixture
def content(db):
    """The site's real first content, as `make run` loads it."""
    call_command("loadcontent", stdout=io.StringIO(), stderr=io.StringIO())


@pytest.fixture
def fast_hashing(settings):
    """For modules whose tests log in again and again: a slow password hasher only slows them down."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def editor(client, db):
    """An HR editor, and `client` logged in as them with a verified session. A module that needs
    the editor otherwise (not logged in, or made by the command) has its own `editor`."""
    user = make_hr_editor()
    log_in(client, user)
    return user
