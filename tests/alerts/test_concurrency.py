"""Two sendjobalerts processes at once against PostgreSQL: one e-mail per subscription, and none twice after a crash.

These run as child processes on the test database, which only PostgreSQL can
share between processes here (the SQLite test database lives in memory, and
the site runs one sending process on SQLite anyway).
"""

import os
import signal
import subprocess
import sys
from collections import Counter
from datetime import timedelta
from pathlib import Path
from urllib.parse import quote

import pytest
import time_machine
from django.conf import settings
from django.core.management import call_command
from django.db import connection
from django.utils import timezone

from careers.alerts.models import Delivery
from tests.alerts.alerts import make_subscription
from tests.factories import make_job

BASE_DIR = Path(__file__).resolve().parents[2]

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(connection.vendor != "postgresql",
                       reason="needs PostgreSQL (DATABASE_URL=postgres://…): SQLite runs one process"),
]


def start(inbox, tmp_path, *args):
    db = settings.DATABASES["default"]
    url = f"postgres://{quote(db['USER'] or '')}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"
    env = {"PATH": os.environ["PATH"], "HOME": str(tmp_path), "DJANGO_DATA_DIR": str(tmp_path),
           "DJANGO_SECRET_KEY": settings.SECRET_KEY, "DATABASE_URL": url,
           "EMAIL_URL": f"smtp://127.0.0.1:{inbox.port}", "DJANGO_SITE_URL": settings.SITE_URL,
           "DEFAULT_FROM_EMAIL": settings.DEFAULT_FROM_EMAIL, "DJANGO_LOG_LEVEL": "WARNING"}
    return subprocess.Popen([sys.executable, "manage.py", "sendjobalerts", *args], cwd=BASE_DIR, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def due_subscriptions(count):
    """Subscriptions confirmed yesterday, and an ad shown since yesterday: due today."""
    with time_machine.travel(timezone.now() - timedelta(days=1)):
        make_job(title="Jobb i går", published_on=timezone.localdate())
        return [make_subscription(email=f"person{n}@example.se") for n in range(count)]


def test_two_instances_at_once_send_each_subscription_exactly_one_email(inbox, tmp_path):
    subscriptions = due_subscriptions(40)
    inbox.delay = 0.01  # both senders are busy at the same time
    first, second = start(inbox, tmp_path, "--batch-size", "3"), start(inbox, tmp_path, "--batch-size", "3")
    outputs = [process.communicate(timeout=300) for process in (first, second)]
    assert [first.returncode, second.returncode] == [0, 0], outputs
    received = Counter(message["To"] for message in inbox.messages)
    assert received == Counter({s.email: 1 for s in subscriptions})
    assert Delivery.objects.filter(status="skickad").count() == 40
    # Both did part of the work: the rows were shared out, not waited for.
    assert all("Skickade 0 " not in out for out, _err in outputs), outputs


def test_a_run_killed_while_sending_never_sends_those_periods_again(inbox, tmp_path, caplog):
    due_subscriptions(3)
    process = None

    def kill(server, message):
        process.send_signal(signal.SIGKILL)  # after the server has the e-mail, before the sender records it

    inbox.on_message = kill
    process = start(inbox, tmp_path)
    process.communicate(timeout=120)
    assert process.returncode == -signal.SIGKILL
    assert len(inbox.messages) == 1
    inbox.on_message = None
    call_command("sendjobalerts", stdout=open(os.devnull, "w"))
    assert len(inbox.messages) == 1  # nothing claimed by the dead run is sent again
    with time_machine.travel(timezone.now() + timedelta(hours=2)), pytest.raises(Exception, match="kanske inte"):
        call_command("sendjobalerts", stdout=open(os.devnull, "w"))
    assert "may not have been sent and will not be sent again" in caplog.text
    assert set(Delivery.objects.values_list("status", flat=True)) == {"oklar"}
    assert len(inbox.messages) == 1
