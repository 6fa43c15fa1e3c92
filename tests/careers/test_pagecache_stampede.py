"""Issue 14, no stampede: concurrent misses for one page wait for one render (careers/pagecache/lock.py).

Each request goes through the whole middleware stack in a thread of its own,
as in a gunicorn worker with threads, to a slow view of this module that
counts its renders. Across instances: tests/careers/test_cache_processes.py, where
two gunicorn instances render a page once for 24 concurrent requests after a save.
"""

import threading
import time

import pytest
from django.core.cache import cache
from django.db import connection
from django.http import HttpResponse
from django.test import Client, RequestFactory
from django.urls import path

from careers import urls as site_urls
from careers.pagecache import version
from careers.pagecache.lock import RenderLock
from careers.pagecache.middleware import PageCacheMiddleware

# In threads: each has its own database connection, so the test's rows must be committed.
pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.urls(__name__)]
RENDER_SECONDS = 0.3
renders = []
renders_lock = threading.Lock()


def slow(request):
    """A page that takes a while to render, and says which render it was."""
    with renders_lock:
        renders.append(request.path)
        number = len(renders)
    time.sleep(RENDER_SECONDS)
    return HttpResponse(f"render {number} of {request.path}")


def sets_cookie(request):
    """A page of one visitor: never stored."""
    response = slow(request)
    response.set_cookie("vald", "ja")
    return response


urlpatterns = [
    path("slow/", slow),
    path("other/", slow),
    path("cookie/", sets_cookie),
    *site_urls.urlpatterns,  # the site's own, which the page chrome reverses
]


@pytest.fixture(autouse=True)
def counted(settings):
    settings.PAGE_CACHE_LOCK_SECONDS = 2
    renders.clear()
    version.content_version()  # the content version's row, made once and not by eight threads at once


def get_at_once(urls):
    """GET each URL in a thread of its own, all started together; the answers and the seconds it took."""
    answers = [None] * len(urls)
    start = threading.Barrier(len(urls))

    def get(i, url):
        try:
            start.wait()
            answers[i] = Client().get(url)
        finally:
            connection.close()

    threads = [threading.Thread(target=get, args=(i, url)) for i, url in enumerate(urls)]
    began = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    return answers, time.monotonic() - began


def lock_of(url):
    """The render lock a request from Client() for `url` takes, held here by hand."""
    request = RequestFactory().get(url)
    request.consent = ""
    return RenderLock(PageCacheMiddleware(None).key(request), version.content_version())


def test_concurrent_misses_for_one_page_render_it_once_and_all_get_that_page():
    answers, _ = get_at_once(["/slow/"] * 8)
    assert [a.status_code for a in answers] == [200] * 8
    assert {a.content for a in answers} == {b"render 1 of /slow/"}
    assert renders == ["/slow/"]
    assert not cache.has_key(lock_of("/slow/").key), "the renderer released its lock"


def test_after_a_save_the_next_misses_render_once_again():
    get_at_once(["/slow/"] * 4)
    version.new_content_version()
    answers, _ = get_at_once(["/slow/"] * 8)
    assert {a.content for a in answers} == {b"render 2 of /slow/"}
    assert renders == ["/slow/", "/slow/"]


@pytest.mark.parametrize("held_for", [1, 60])
def test_a_crashed_renderers_lock_is_waited_out_for_at_most_the_bound(settings, held_for):
    # As a renderer leaves it that dies before storing (held_for 1: its lock
    # expires by itself), or one that hangs past the bound (60).
    lock = lock_of("/slow/")
    assert cache.add(lock.key, "crashed", held_for)
    began = time.monotonic()
    response = Client().get("/slow/")
    waited = time.monotonic() - began - RENDER_SECONDS
    assert response.status_code == 200 and response.content == b"render 1 of /slow/"
    assert waited < settings.PAGE_CACHE_LOCK_SECONDS + 2  # slack for a loaded machine; 60 s without the bound
    assert waited >= min(held_for, settings.PAGE_CACHE_LOCK_SECONDS) - 0.2, "it did wait for the other renderer"


def test_different_pages_do_not_wait_for_each_other(settings):
    settings.PAGE_CACHE_LOCK_SECONDS = 6  # what waiting would cost, far from a loaded machine's slowness
    assert cache.add(lock_of("/other/").key, "someone else", 60)
    began = time.monotonic()
    assert Client().get("/slow/").content == b"render 1 of /slow/"
    assert time.monotonic() - began < settings.PAGE_CACHE_LOCK_SECONDS, "it did not wait for /other/'s lock"

    renders.clear()
    answers, took = get_at_once(["/slow/?q=a", "/slow/?q=b", "/slow/?q=c", "/slow/?q=a", "/slow/?q=b"])
    assert sorted(renders) == ["/slow/", "/slow/", "/slow/"]  # one per page
    assert answers[0].content == answers[3].content and answers[1].content == answers[4].content
    assert took < settings.PAGE_CACHE_LOCK_SECONDS, "the three pages were rendered side by side"


def test_a_waiter_renders_itself_as_soon_as_the_renderers_answer_is_not_stored(settings):
    answers, took = get_at_once(["/cookie/"] * 4)
    assert [a.status_code for a in answers] == [200] * 4
    assert len(renders) == 4
    assert took < settings.PAGE_CACHE_LOCK_SECONDS, "waited for the first render only, not for the bound"
    assert not cache.has_key(lock_of("/cookie/").key)


def test_with_the_cache_unreachable_nobody_waits(settings):
    # A Redis nobody listens on: the breaker opens at the first failure.
    settings.CACHES = {"default": {
        "BACKEND": "careers.pagecache.backend.ResilientRedisCache", "LOCATION": "redis://127.0.0.1:1/0",
        "KEY_PREFIX": "stampede", "OPTIONS": {"socket_connect_timeout": 0.1, "socket_timeout": 0.1},
    }}
    settings.PAGE_CACHE_LOCK_SECONDS = 5
    answers, took = get_at_once(["/slow/"] * 6)
    assert [a.status_code for a in answers] == [200] * 6
    assert len(renders) == 6
    assert took < 3, "each rendered at once, none waited for a lock"


def test_the_file_caches_add_has_one_winner_however_many_try_at_once(tmp_path):
    # Django's own file cache checks and then writes: several would win.
    from careers.pagecache.backend import FileCache

    file_cache = FileCache(str(tmp_path), {})
    winners, start = [], threading.Barrier(16)

    def add(i):
        start.wait()
        if file_cache.add("lock", i, 5):
            winners.append(i)

    threads = [threading.Thread(target=add, args=(i,)) for i in range(16)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)
    assert len(winners) == 1 and file_cache.get("lock") == winners[0]


def test_a_page_stored_between_the_miss_and_the_lock_is_served_not_rendered_again(monkeypatch):
    Client().get("/slow/")  # rendered and stored
    seen = PageCacheMiddleware.lookup
    lookups = []

    def missed_first(self, key, version, address):  # the first look came just before the other request stored the page
        lookups.append(key)
        return None if len(lookups) == 1 else seen(self, key, version, address)

    monkeypatch.setattr(PageCacheMiddleware, "lookup", missed_first)
    assert Client().get("/slow/").content == b"render 1 of /slow/"
    assert renders == ["/slow/"]
    assert not cache.has_key(lock_of("/slow/").key)
