"""Test-wide settings and fixtures.

The settings module is read from the environment before this file loads, so
test differences are applied here, per test, with pytest-django's `settings`.
"""

import os
import tempfile

import pytest
from django.conf import settings
from django.core.cache import cache
from django.core.management import call_command

# Each test run gets its own static files and cache, so that runs side by side
# (or a `make run` beside the tests) never share or clear each other's. This
# happens before the first use of either, which is why it is not a fixture.
_run_dir = tempfile.mkdtemp(prefix="jobba-tests-")
settings.STATIC_ROOT = os.path.join(_run_dir, "static")
# Uploads (pictures, the film) land in the run's folder too, never in the checkout.
settings.MEDIA_ROOT = os.path.join(_run_dir, "media")
if settings.CACHES["default"]["BACKEND"].endswith(("FileBasedCache", ".FileCache")):
    settings.CACHES["default"]["LOCATION"] = os.path.join(_run_dir, "cache")
settings.CACHES["default"]["KEY_PREFIX"] = f"test-{os.getpid()}"


@pytest.fixture(scope="session", autouse=True)
def collected_static():
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
