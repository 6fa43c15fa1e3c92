"""Every alert test sends to a real SMTP server on loopback (tests/smtp.py)."""

import pytest
from django.core.cache import cache

from tests.smtp import mailers, start_server


@pytest.fixture(scope="session")
def smtp_server():
    inbox, controller = start_server()
    yield inbox
    controller.stop()


@pytest.fixture
def inbox(smtp_server, settings, tmp_path):
    """Django's mail pointed at the loopback server, with the site's address and sender set
    (and a data folder of the test's own, where sendjobalerts writes its run's metrics)."""
    settings.DATA_DIR = tmp_path
    smtp_server.clear()
    smtp_server.on_message, smtp_server.delay = None, 0
    settings.MAILERS = mailers(smtp_server.port)
    settings.SITE_URL = "https://jobba.example.se"
    settings.DEFAULT_FROM_EMAIL = "Jobba på Försäkringskassan <jobb@example.se>"
    yield smtp_server
    smtp_server.on_message = None


@pytest.fixture(autouse=True)
def fresh_throttle():
    """The sign-up limits count in the shared cache; each test starts with none used."""
    cache.clear()
    yield
