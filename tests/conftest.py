import io

import pytest
from django.core.management import call_command

from careers.database.middleware import DatabaseUnavailableMiddleware
from tests.editors import log_in
from tests.factories import make_hr_editor
from tests.faults import RETRY, RedisServer


@pytest.fixture
def content(db):
    """The site's real first content, as `make run` loads it."""
    call_command("loadcontent", stdout=io.StringIO(), stderr=io.StringIO())


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    """Uploaded files of every test go to a folder of its own, never into the checkout's data/media."""
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.STORAGES = {**settings.STORAGES, "default": {
        "BACKEND": "careers.media.storage.LocalStorage", "OPTIONS": {"location": settings.MEDIA_ROOT}}}
    return settings.MEDIA_ROOT


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


@pytest.fixture(autouse=True)
def _database_answers():
    """The site notes a database outage per process (careers/database/middleware.py); no test leaves one to the next."""
    yield
    DatabaseUnavailableMiddleware.down = False


@pytest.fixture
def redis(tmp_path, settings):
    """A Redis server of the test's own as the default cache, as CACHE_URL=redis://… makes it.

    The test may stop, start, pause and resume it (tests/faults.py); the
    breaker tries it again RETRY seconds after a failure.
    """
    server = RedisServer(tmp_path / "redis")
    settings.CACHE_RETRY_SECONDS = RETRY
    settings.CACHES = {"default": {
        "BACKEND": "careers.pagecache.backend.ResilientRedisCache", "LOCATION": server.url, "KEY_PREFIX": "faults",
        "OPTIONS": {"socket_connect_timeout": 0.1, "socket_timeout": 0.1},
    }}
    yield server
    server.stop()
