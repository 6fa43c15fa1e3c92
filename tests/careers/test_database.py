"""careers/database: the site in one process while the database is down, and the watchdog.

The whole path (PostgreSQL through a proxy that is cut or hangs, two gunicorn
instances) is proven in tests/e2e/test_faults.py. Here, in one process, every
statement fails as with a database that is down (tests/faults.py): the Swedish
503, the page cache's last good copy and the log; and the watchdog alone, on a
socket whose other end never answers, as a hung server's.
"""

import logging
import socket
import threading
import time
from datetime import date

import pytest
from django.core.cache import cache

from careers.database.watchdog import Watchdog
from careers.models import Contact
from careers.pagecache import new_content_version
from careers.pagecache.version import content_version
from tests.clock import at
from tests.factories import make_home, make_job
from tests.faults import database_down
from tests.parse import text

UNAVAILABLE = "Tjänsten är tillfälligt otillgänglig"


@pytest.fixture
def home(db):
    return make_home()


def errors(caplog):
    return [record for record in caplog.records if record.levelno >= logging.ERROR]


def warnings(caplog, text):
    return [record for record in caplog.records if record.levelno == logging.WARNING and text in record.getMessage()]


def assert_unavailable(response):
    assert response.status_code == 503
    assert UNAVAILABLE in response.content.decode()
    assert int(response["Retry-After"]) > 0


def test_a_page_that_needs_no_database_is_served_though_its_expiry_cannot_be_read(client, home, caplog):
    # The content version in the cache, as a request before the outage leaves it,
    # but not yet when the next page is published: storing a page asks that.
    version = content_version()
    assert cache.get(f"page-cache:next-change:{version}") is None
    with database_down():
        robots = client.get("/robots.txt")
        start_page = client.get("/")
    assert robots.status_code == 200 and "User-agent: *" in robots.content.decode()
    assert_unavailable(start_page)
    assert not errors(caplog)


def test_the_last_good_copy_of_a_page_is_served_for_a_day_while_the_database_is_down(
    client, home, time_machine, django_capture_on_commit_callbacks, caplog
):
    at(time_machine, 2026, 3, 10, 9, 0)  # 10:00 in Stockholm
    rendered = client.get("/")
    assert rendered.status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        new_content_version()  # a save: the page is only its last good copy now
    with database_down():
        at(time_machine, 2026, 3, 11, 8, 0)  # 23 hours later
        stale = client.get("/")
        at(time_machine, 2026, 3, 11, 9, 1)  # a day and a minute later
        too_old = client.get("/")
    assert stale.status_code == 200 and stale.content == rendered.content
    assert_unavailable(too_old)
    assert not errors(caplog)


def test_healthz_logs_one_warning_per_outage_not_one_per_probe(client, db, caplog):
    caplog.set_level(logging.WARNING)
    with database_down():
        for _ in range(5):
            assert client.get("/healthz").status_code == 503
    assert len(warnings(caplog, "does not answer")) == 1
    assert client.get("/healthz").status_code == 200
    assert client.get("/healthz").status_code == 200
    assert len(warnings(caplog, "answers again")) == 1
    assert not errors(caplog)


def test_a_call_that_waits_past_its_deadline_is_woken_by_its_socket_being_cut():
    watchdog, cuts = Watchdog(), []
    watchdog.on_cut.append(lambda: cuts.append(True))
    ours, silent_server = socket.socketpair()
    with ours, silent_server:
        started = time.monotonic()
        with watchdog.guard(ours.fileno(), 0.3):
            answer = ours.recv(1)  # would wait forever: the server never writes
        assert answer == b""
        assert 0.3 <= time.monotonic() - started < 1.5
        assert cuts == [True]


def test_a_call_that_ends_in_time_is_left_alone():
    watchdog = Watchdog()
    ours, server = socket.socketpair()
    with ours, server:
        threading.Timer(0.05, server.sendall, [b"x"]).start()
        with watchdog.guard(ours.fileno(), 0.5):
            assert ours.recv(1) == b"x"
        time.sleep(0.8)  # past the deadline: the socket is the caller's again, and still works
        server.sendall(b"y")
        assert ours.recv(1) == b"y"


def test_the_probe_closes_the_breaker_as_soon_as_the_database_takes_a_connection_again():
    from careers.database.base import hanging, probe

    tries = []

    def connect():
        tries.append(True)
        if len(tries) < 3:
            raise OSError("connection refused")
        return socket.socket()  # a connection: the probe closes it

    hanging.failed(TimeoutError("no answer within the deadline"))
    try:
        assert not hanging.allows()  # requests are refused at once, the probe tries for them
        probe.start(connect)
        deadline = time.monotonic() + 2
        while hanging.down and time.monotonic() < deadline:
            time.sleep(0.01)
        assert not hanging.down and len(tries) == 3
        assert hanging.allows()
    finally:
        hanging.succeeded()


def test_an_ads_last_good_copy_is_not_served_past_its_last_day(
    client, db, time_machine, django_capture_on_commit_callbacks, caplog
):
    # Its contact persons are personal data, shown only while the ad is open (issue 11).
    at(time_machine, 2026, 3, 10, 20, 0)  # 21:00 in Stockholm, on the ad's last day
    job = make_job(last_day=date(2026, 3, 10))
    Contact.objects.create(job=job, name="Eva Ek", job_title="Enhetschef", phone="010-111 11 11")
    assert "Eva Ek" in client.get(job.get_absolute_url()).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        new_content_version()  # a save: the page is only its last good copy now
    with database_down():
        at(time_machine, 2026, 3, 10, 22, 59)  # 23:59 in Stockholm: still open
        before = client.get(job.get_absolute_url())
        at(time_machine, 2026, 3, 10, 23, 0, 1)  # past midnight: closed
        after = client.get(job.get_absolute_url())
    assert before.status_code == 200 and "Eva Ek" in before.content.decode()
    assert_unavailable(after)
    assert not errors(caplog)


def test_a_searchs_last_good_copy_is_served_for_a_quarter_of_an_hour_a_lists_for_a_day(
    client, db, time_machine, django_capture_on_commit_callbacks, caplog
):
    at(time_machine, 2026, 3, 10, 9, 0)
    make_job("Handläggare sjukpenning", last_day=date(2026, 4, 30))
    search, listing = "/lediga-jobb/?q=handl%C3%A4ggare", "/lediga-jobb/?yrkesroll=handlaggare"
    rendered = {url: client.get(url) for url in (search, listing)}
    with django_capture_on_commit_callbacks(execute=True):
        new_content_version()  # a save: the pages are only their last good copies now
    with database_down():
        at(time_machine, 2026, 3, 10, 9, 14)
        within = {url: client.get(url) for url in (search, listing)}
        at(time_machine, 2026, 3, 10, 9, 16)
        past = {url: client.get(url) for url in (search, listing)}
    assert within[search].content == rendered[search].content and "Handläggare sjukpenning" in text(within[search])
    assert within[listing].content == past[listing].content == rendered[listing].content
    assert_unavailable(past[search])
    assert not errors(caplog)
