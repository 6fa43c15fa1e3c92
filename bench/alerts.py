"""`make bench`, job alerts: sendjobalerts for 10,000 subscriptions and 200 new ads, to a local SMTP sink.

Everything lives in a temporary folder (SQLite unless BENCH_ALERTS_DATABASE_URL
names an empty PostgreSQL database); the SMTP sink is aiosmtpd on loopback,
which counts the messages and throws them away. Reports the time, the e-mails
received and the SQL queries of the run. BENCH_ALERTS_SUBSCRIPTIONS and
BENCH_ALERTS_ADS change the sizes.
"""

import multiprocessing
import os
import secrets
import socket
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlencode

BASE_DIR = Path(__file__).resolve().parent.parent
SUBSCRIPTIONS = int(os.environ.get("BENCH_ALERTS_SUBSCRIPTIONS", 10_000))
ADS = int(os.environ.get("BENCH_ALERTS_ADS", 200))
TOWNS = ["Östersund", "Sundsvall", "Stockholm", "Göteborg", "Malmö", "Luleå", "Visby", "Kiruna"]


class Sink:
    def __init__(self, counter):
        self.counter = counter

    async def handle_DATA(self, server, session, envelope):
        with self.counter.get_lock():
            self.counter.value += 1
        return "250 OK"


def serve(port, counter, stop):
    """The sink in a process of its own, as a mail server is: in a thread of the sender it would wait
    for the sender's GIL at every SMTP round trip, and the figure would measure that."""
    from aiosmtpd.controller import Controller

    controller = Controller(Sink(counter), hostname="127.0.0.1", port=port)
    controller.start()
    stop.wait()
    controller.stop()


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def main(work):
    port = free_port()
    received, stop = multiprocessing.Value("i", 0), multiprocessing.Event()
    sink = multiprocessing.Process(target=serve, args=(port, received, stop), daemon=True)
    sink.start()
    for _ in range(100):  # until the sink listens
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        except OSError:
            time.sleep(0.1)
    os.environ.update({
        "DJANGO_DATA_DIR": str(work), "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "DATABASE_URL": os.environ.get("BENCH_ALERTS_DATABASE_URL", f"sqlite:///{work}/db.sqlite3"),
        "CACHE_URL": f"filecache://{work}/cache", "EMAIL_URL": f"smtp://127.0.0.1:{port}",
        "DJANGO_SITE_URL": "https://jobba.example.se", "DJANGO_LOG_LEVEL": "WARNING",
        "DJANGO_SETTINGS_MODULE": "careers.settings",
    })
    sys.path.insert(0, str(BASE_DIR))
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django.test.utils import CaptureQueriesContext
    from django.utils import timezone

    from careers.alerts.models import Subscription
    from careers.models import JobAd, Role

    call_command("migrate", verbosity=0)
    today = timezone.localdate()
    roles = [Role.objects.create(title=f"Roll {n}", slug=f"roll-{n}", summary="Om rollen.") for n in range(5)]
    JobAd.objects.bulk_create(JobAd(
        title=f"Jobb {n}", slug=f"jobb-{n}", role=roles[n % 5], town=TOWNS[n % len(TOWNS)],
        reference=f"FK 2026/{n:06d}", published_on=today - timedelta(days=1), last_day=today + timedelta(days=30),
        first_shown_on=today - timedelta(days=1), apply_url=f"https://rekrytering.example/{n}",
        duties="Text.", qualifications="Krav.", status=JobAd.Status.PUBLISHED,
        search_text=f"jobb {n}",
    ) for n in range(ADS))
    # 45 different filters: every role and place, each role alone, each place alone, and none.
    queries = [""] + [urlencode({"yrkesroll": f"roll-{r}"}) for r in range(5)] + [
        urlencode({"ort": t}) for t in TOWNS] + [
        urlencode({"yrkesroll": f"roll-{r}", "ort": t}) for r in range(5) for t in TOWNS[:6]]
    now = timezone.now() - timedelta(days=1)
    Subscription.objects.bulk_create(Subscription(
        email=f"person{n}@example.se", query=queries[n % len(queries)],
        frequency="dag", consent_version=1, confirmed_at=now, kept_at=now, sent_through=today - timedelta(days=2),
    ) for n in range(SUBSCRIPTIONS))

    started = time.perf_counter()
    with CaptureQueriesContext(connection) as queries_run:
        call_command("sendjobalerts")
    seconds = time.perf_counter() - started
    stop.set()
    sink.join(10)
    print(f"sendjobalerts: {SUBSCRIPTIONS} subscriptions, {ADS} new ads, {len(queries)} different filters "
          f"({connection.vendor})")
    print(f"  {received.value} e-mails received by the SMTP sink in {seconds:.1f} s "
          f"({1000 * seconds / max(1, received.value):.1f} ms per e-mail)")
    print(f"  {len(queries_run)} SQL queries in the run")
    if received.value != SUBSCRIPTIONS:
        sys.exit("The sink did not receive one e-mail per subscription.")


if __name__ == "__main__":
    with tempfile.TemporaryDirectory(prefix="jobba-bench-alerts-") as folder:
        main(Path(folder))
