"""One render of a page at a time: a short lock in the shared cache, so that a save under load is no stampede.

After a save every page is a miss on every instance at once. Without the lock
each concurrent request for a page renders it; with it the first takes the
lock and renders, the others (in any thread, worker or instance, since the
lock is in the shared cache) poll the shared cache for the page it stores.

The lock is bounded twice: it expires by itself after
PAGE_CACHE_LOCK_SECONDS, so a renderer that crashed or hangs blocks nobody
for longer, and a waiter waits at most as long before it renders the page
itself. While the cache is down there is no lock and nobody waits.
"""

import time
import uuid

from django.conf import settings
from django.core.cache import cache

from careers.pagecache.backend import cache_unreachable

# First pause of a waiter, doubled up to the longest: a page renders in tens
# of milliseconds, and a hundred waiters should not poll Redis thousands of times a second.
FIRST_PAUSE, LONGEST_PAUSE = 0.01, 0.1


class RenderLock:
    """The lock on one page of one content version; `acquire()` says whether this request renders it."""

    def __init__(self, key, version):
        # The content version in the name: after the next save the page is a new
        # miss, and its renderer must not wait for a render of the old one.
        self.key = f"page-cache:render:{version}:{key}"
        self.token = uuid.uuid4().hex
        self.held = False

    def acquire(self):
        """Take the lock if nobody holds it. Also True while the cache is down: then everybody renders."""
        # add() is atomic in Redis, and in the file cache as backend.FileCache does it.
        self.held = bool(cache.add(self.key, self.token, settings.PAGE_CACHE_LOCK_SECONDS))
        return self.held or cache_unreachable()

    def wait(self, find_page):
        """`find_page()`'s page once another request stored it, or None when this request should render.

        None as soon as the lock is gone without a page (its renderer got an
        answer that is not stored, an error or a page of one visitor) or the
        cache stops answering, and at the latest after PAGE_CACHE_LOCK_SECONDS.
        """
        deadline = time.monotonic() + settings.PAGE_CACHE_LOCK_SECONDS
        pause = FIRST_PAUSE
        while time.monotonic() < deadline:
            time.sleep(pause)
            pause = min(pause * 2, LONGEST_PAUSE)
            if (page := find_page()) is not None:
                return page
            if cache_unreachable() or not cache.has_key(self.key):
                return find_page()
        return None

    def release(self):
        """Remove the lock, only if it is still this request's own (it may have expired and been taken)."""
        if self.held and cache.get(self.key) == self.token:
            cache.delete(self.key)
        self.held = False
