"""Test-wide settings and fixtures.

The settings module is read from the environment before this file loads, so
test differences are applied here, per test, with pytest-django's `settings`.
"""

import pytest
from django.core.cache import cache
from django.core.management import call_command


@pytest.fixture(scope="session", autouse=True)
def collected_static(django_db_blocker, tmp_path_factory):
    """Hashed static files, as production serves them (the manifest storage needs them)."""
    call_command("collectstatic", "--noinput", verbosity=0)


@pytest.fixture(autouse=True)
def _plain_http(settings):
    """The test client speaks plain http; production's redirect to https is tested on its own."""
    settings.SECURE_SSL_REDIRECT = False


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Each test starts with an empty page cache, in whatever cache is configured."""
    cache.clear()
    yield
    cache.clear()
