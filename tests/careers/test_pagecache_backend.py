"""Issue 15, cache half, in one process: the site with a Redis server of its own that the tests stop and pause.

Redis stopped (connections refused) and paused with SIGSTOP (connections
accepted, nothing answers, as behind a network partition) are the two ways a
shared cache fails. Either way every page answers 200 from the database, a
save goes through, and the cache is used again as soon as it answers.
"""

import logging
import time

import pytest
from django.conf import settings as django_settings
from django.contrib.auth.models import User
from django.core.cache import cache
from django.urls import reverse

from careers.models import Role
from careers.pagecache import version
from cookies.models import CookiePolicy
from tests.editors import log_in
from tests.faults import RETRY, database_down
from tests.parse import one, submitted

pytestmark = pytest.mark.django_db(transaction=True)

PAGES = [reverse("careers:home"), reverse("careers:role-list"), reverse("careers:role-detail", args=["handlaggare"]),
         reverse("careers:testimonial-list"), reverse("careers:job-list") + "?q=handl", reverse("cookies:policy"),
         "/om-forsakringskassan/", "/robots.txt"]


@pytest.fixture
def site(content, redis):
    """The real content, each page asked for once so that it is cached."""
    for url in PAGES:
        assert Client().get(url).status_code == 200
    return redis


def Client():
    from django.test import Client

    return Client()


def warnings(caplog, text):
    return [r for r in caplog.records if r.name == "careers.breaker" and text in r.getMessage()]


def rename_role_behind_the_caches_back(title):
    # No save signal: a page that shows the new title was rendered, not cached.
    Role.objects.filter(slug="handlaggare").update(title=title)


@pytest.mark.parametrize("fault", ["stop", "pause"])
def test_while_redis_fails_every_page_is_rendered_from_the_database(site, fault):
    rename_role_behind_the_caches_back("Handläggare ur databasen")
    assert "Handläggare ur databasen" not in Client().get(PAGES[0]).content.decode()  # cached until now
    getattr(site, fault)()
    try:
        for url in PAGES:
            response = Client().get(url)
            assert response.status_code == 200, url
        assert "Handläggare ur databasen" in Client().get(PAGES[0]).content.decode()
        assert "Handläggare ur databasen" in Client().get(PAGES[2]).content.decode()
    finally:
        site.resume()


def test_a_paused_redis_costs_one_timeout_per_pause_of_the_breaker_not_one_per_request(site, caplog):
    caplog.set_level(logging.WARNING)
    client = Client()
    site.pause()
    try:
        started = time.monotonic()
        for _ in range(40):
            assert client.get("/robots.txt").status_code == 200
        elapsed = time.monotonic() - started
    finally:
        site.resume()
    # Without the breaker each request would wait 0.1 s at least twice (the
    # content version, the page): 8 s. With it, one wait per round of RETRY seconds.
    assert elapsed < 2.0
    assert len(warnings(caplog, "does not answer")) == 1
    assert not [r for r in caplog.records if r.exc_info]  # no traceback, for any request


def test_one_warning_per_outage_and_one_when_redis_answers_again(site, caplog):
    caplog.set_level(logging.WARNING)
    client = Client()
    site.stop()
    deadline = time.monotonic() + 3 * RETRY  # several rounds of the breaker
    while time.monotonic() < deadline:
        assert client.get("/robots.txt").status_code == 200
    assert len(warnings(caplog, "does not answer")) == 1
    site.start()
    time.sleep(RETRY)
    assert client.get("/robots.txt").status_code == 200
    assert len(warnings(caplog, "answers again")) == 1
    assert not [r for r in caplog.records if r.exc_info]


@pytest.mark.parametrize("redis_returns", [False, True], ids=["redis-down", "redis-back"])
def test_a_page_this_process_rendered_is_its_last_good_copy_when_redis_and_then_the_database_fail(
    content, redis, redis_returns
):
    """Issue 21: the double fault. Until now only a page read from Redis was kept in the process."""
    client = Client()  # one client: one middleware chain, one process's copies
    rendered = client.get(PAGES[1])  # a miss: this process renders and stores it
    assert rendered.status_code == 200
    redis.stop()
    assert client.get(PAGES[1]).status_code == 200  # rendered from the database, the breaker open
    if redis_returns:
        redis.start()  # back, but this process will not ask it for RETRY seconds
    with database_down():
        served = client.get(PAGES[1])
    assert served.status_code == 200
    assert served.content == rendered.content


def test_healthz_answers_200_and_says_that_the_cache_is_down(site):
    assert Client().get("/healthz").content.decode().splitlines() == ["ok", "database: ok", "cache: ok"]
    site.stop()
    response = Client().get("/healthz")
    assert response.status_code == 200
    assert "cache: down" in response.content.decode()


@pytest.mark.parametrize("fault", ["stop", "pause"])
def test_an_admin_save_while_redis_fails_goes_through_and_shows_the_moment_redis_is_back(site, fault):
    editor = Client()
    log_in(editor, User.objects.create_superuser("chef", password="Ett-långt-lösenord-42"))
    role = Role.objects.get(slug="handlaggare")
    change = reverse("admin:careers_role_change", args=[role.pk])
    form = submitted(one(editor.get(change).content.decode(), 'form[method="post"]:not(#logout-form)'))
    form["title_sv"] = ["Handläggare, ändrad under avbrottet"]
    visitor = Client()
    assert role.title in visitor.get(PAGES[0]).content.decode()
    getattr(site, fault)()
    try:
        started = time.monotonic()
        response = editor.post(change, form)
        assert response.status_code == 302, response.content.decode()[:2000]
        assert time.monotonic() - started < 2
        assert Role.objects.get(pk=role.pk).title == "Handläggare, ändrad under avbrottet"
    finally:
        site.start() if fault == "stop" else site.resume()
    time.sleep(RETRY)  # the breaker lets the next call through: Redis is used again
    for url in (PAGES[0], PAGES[1]):
        page = visitor.get(url).content.decode()
        assert "Handläggare, ändrad under avbrottet" in page
    assert cache.get(version.VERSION_KEY) is not None  # in use again, with the database's content version


def test_the_content_version_is_read_from_the_database_when_the_caches_copy_runs_out(site):
    """A save that never reached the cache is seen by every process within the lease."""
    old = version.content_version()
    from careers.pagecache.models import ContentVersion

    ContentVersion.objects.filter(pk=1).update(value="saved-while-the-cache-was-down")
    assert version.content_version() == old  # the cache's copy, still leased
    time.sleep(django_settings.PAGE_CACHE_VERSION_LEASE + 0.2)
    assert version.content_version() == "saved-while-the-cache-was-down"


def test_the_policy_version_and_consent_work_without_the_cache(site):
    site.stop()
    assert CookiePolicy.current_version() == f"{django_settings.CONSENT_POLICY_VERSION}.1"
    response = Client().post(reverse("cookies:choose"), {"choice": "no", "next": "/"},
                             HTTP_SEC_FETCH_SITE="same-origin")
    assert response.status_code == 302
    assert ":no:" in response.cookies[django_settings.CONSENT_COOKIE_NAME].value


@pytest.mark.parametrize("fault", ["stop", "pause"])
def test_a_count_in_the_cache_is_none_while_redis_fails(redis, fault):
    cache.set("count", 1)
    assert cache.incr("count") == 2 and cache.decr("count") == 1
    with pytest.raises(ValueError):  # a count that is not there, as Django's other backends say it
        cache.incr("no-count")
    getattr(redis, fault)()
    try:
        assert cache.incr("count") is None and cache.decr("count") is None
    finally:
        redis.resume()


def test_one_redis_client_serves_every_command(redis):
    from django.core.cache import cache

    client = cache._cache.get_client()
    assert cache._cache.get_client(write=True) is client  # one server: reads and writes share its pool
    cache.set("k", "v")
    assert cache.get("k") == "v" and cache.add("k", "w") is False and cache._cache.get_client() is client
