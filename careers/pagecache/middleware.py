"""Serving pages from the shared cache, and storing them."""

import copy
import hashlib
import logging
import math
import re
import threading
from urllib.parse import urlsplit

from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError
from django.http import HttpResponse
from django.utils import timezone
from django.utils.cache import patch_vary_headers
from django.utils.http import split_header_value

from careers.metrics import PAGE_CACHE
from careers.pagecache.expiry import expires_at
from careers.pagecache.invalidation import query_params
from careers.pagecache.lock import RenderLock
from careers.pagecache.version import content_version

# Request headers a cached page may vary on: the cookie through the consent
# state in the key, the encoding through `accepts_gzip` (GZipMiddleware below
# this one would otherwise hand gzip bytes to a client that cannot read them).
KEYED_VARY = {"cookie", "accept-encoding"}
accepts_gzip = re.compile(r"\bgzip\b")
logger = logging.getLogger("careers.pagecache")


class PageCacheMiddleware:
    """Serve anonymous GET and HEAD pages from the shared cache.

    Only responses with a status in `statuses`, no Set-Cookie, no Cache-Control of their
    own and no CSRF token or CSP nonce in them are stored, and never for the
    admin or for a visitor with a session or a pending message: a page that
    holds anything of one visitor must not reach another.

    Each page is kept once, with the content version it was rendered in: a page of
    an older content version is a miss, but it stays the last good copy, served for
    at most a day while the database is down (stale on error). While the
    cache itself is down, pages are rendered and nothing is stored in it;
    the process keeps what it renders as last good copies all the same.
    """

    bypass_cookies = (settings.SESSION_COOKIE_NAME, "messages")
    # Pages this process has rendered or read from the shared cache, by the same key. An
    # entry is served only while its content version is the shared one, read
    # afresh on every request, so a save in any process makes every copy here
    # stale at once: this spares the shared read and the unpickling of the
    # page, never the check.
    local_size = 200
    # A page, and a closed ad's 410 Gone: that page shows the similar open jobs, which cost a
    # query, and a closed ad's page changes only with the content, as any page's does.
    statuses = {200, 410}
    # The most pages with a query string the cache holds, whatever the
    # requests and whatever Redis' maxmemory: a page of the job list pickles
    # to 10-16 KB, so some 10 MB at most (README.md, "Several instances").
    query_keys = 500
    max_query_length = 300
    stale_seconds = 24 * 60 * 60

    def __init__(self, get_response):
        self.get_response = get_response
        self.local = {}
        self.local_lock = threading.Lock()

    def __call__(self, request):
        if not self.is_cacheable_request(request):
            return self.get_response(request)
        version, address = content_version(), self.address(request)
        key = self.key(request, address)
        entry = self.lookup(key, version, address)
        if current(entry, version):
            return entry.response()
        if version is None:  # the cache is down: no lock to take, nothing to wait for
            return self.render(request, key, version, entry, address)
        # A miss: one request renders the page, the others wait for its copy (lock.py).
        lock = RenderLock(address, version)  # by address: pages that share a key do not wait for each other
        if not lock.acquire():
            if (stored := lock.wait(lambda: current(self.lookup(key, version, address), version))) is not None:
                return stored.response()
        elif (stored := current(self.lookup(key, version, address), version)) is not None:
            # Another request rendered, stored and let go of the page between this
            # one's miss and its lock: serve that, do not render it a second time.
            lock.release()
            return stored.response()
        try:
            return self.render(request, key, version, entry, address)
        finally:
            lock.release()  # after storing: a waiter that sees the lock gone finds the page

    def render(self, request, key, version, entry, address):
        """The page from the views, stored when it may be; `entry` is the last good copy, if any."""
        logger.debug("page cache: rendering %s", request.get_full_path())
        PAGE_CACHE.labels("miss").inc()
        response = self.get_response(request)
        if getattr(response, "database_unavailable", False):
            return self.last_good_copy(entry) or response
        if not self.is_cacheable_response(request, response):
            return response
        patch_vary_headers(response, ["Cookie"])
        response.page_cache_address = address
        now = timezone.now()
        if version is None:
            # The cache is down: kept in this process only, as the page's last
            # good copy should the database fail next; a span that has already
            # ended, so it is never served as current.
            response.page_cache_span = (now, now)
            self.keep(key, Entry(response))
            return response
        try:
            expires = expires_at(now, version)
        except DatabaseError:
            # The next change is not in the cache and the database cannot
            # say: how long the page may be kept is unknown, so it is served
            # and not stored. (This middleware is outside
            # DatabaseUnavailableMiddleware: an error here would be a 500.)
            return response
        # Stored with the span of the site's clock the page is valid for,
        # the clock its dates are shown by: the backend's timeout is whole
        # seconds on the cache server's clock, which may be a second late.
        response.page_cache_span = (now, expires)
        response.page_cache_version = version
        # Kept for its span, and past it as the last good copy for a day, or until the view's
        # `page_cache_stale_until` if that is sooner (a search's: careers/views.py).
        stale = self.stale_seconds
        if (stale_until := getattr(response, "page_cache_stale_until", None)) is not None:
            stale = min(stale, (stale_until - now).total_seconds())
        cache.set(key, response, math.ceil(max((expires - now).total_seconds(), stale)))
        # And here: a page this process rendered outlives the next outage as
        # well as one it read from the cache.
        self.keep(key, Entry(response))
        return response

    def lookup(self, key, version, address):
        """This process's copy of the page when it is current, else the shared one, else any copy or None.

        Only a copy stored for this very address: addresses with a query string share keys.
        """
        if (local := self.local.get(key)) is not None and local.address != address:
            local = None
        # A copy past its span is read again from the shared cache: another
        # request (here or on another instance) may have rendered it since.
        if current(local, version):
            return local
        if version is not None and (response := cache.get(key)) is not None:
            if (entry := Entry(response)).address == address:
                return self.keep(key, entry)
        return local

    def keep(self, key, entry):
        with self.local_lock:
            if len(self.local) >= self.local_size:
                self.local.clear()
            self.local[key] = entry
        return entry

    def last_good_copy(self, entry):
        """The page as last rendered, of any content version, if that was within `stale_seconds`
        and the page allows it still (a view sets `page_cache_stale_until` on a response that
        must not be served after a moment: a job ad's contact persons after its last day)."""
        now = timezone.now()
        if entry is not None and entry.rendered is not None:
            if (now - entry.rendered).total_seconds() < self.stale_seconds and (
                    entry.stale_until is None or now <= entry.stale_until):
                return entry.response("stale")
        return None

    def is_cacheable_request(self, request):
        if request.method not in ("GET", "HEAD"):
            return False
        # Only the query parameters the site's forms use, and not too long:
        # otherwise anyone could fill the cache with made-up addresses. Other
        # addresses are still answered, only not stored.
        if len(request.META.get("QUERY_STRING", "")) > self.max_query_length or not (
            request.GET.keys() <= query_params
        ):
            return False
        if request.path_info.startswith("/" + settings.ADMIN_URL):
            return False
        return not any(name in request.COOKIES for name in self.bypass_cookies)

    def is_cacheable_response(self, request, response):
        return (
            response.status_code in self.statuses
            and not response.cookies
            and not response.streaming
            and not response.has_header("Cache-Control")
            and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
            and not getattr(request, "_csp_nonce", None)
            and self.varies_only_on_keyed_headers(response)
        )

    def varies_only_on_keyed_headers(self, response):
        vary = {header.lower() for header in split_header_value(response.get("Vary", ""))}
        return vary <= KEYED_VARY

    def address(self, request):
        """What a stored page was rendered for: the request's method, consent state, encoding and address.

        The site's canonical host, not the request's: pages build absolute
        links from DJANGO_SITE_URL, and the Host variants the site allows
        (`127.0.0.1:10001`, `:10002`, ...) must not each make an entry.
        """
        url = f"{canonical_host()}{request.get_full_path()}"
        digest = hashlib.sha256(url.encode()).hexdigest()
        consent = getattr(request, "consent", "")
        gzip = "gzip" if accepts_gzip.search(request.headers.get("Accept-Encoding", "")) else ""
        return f"page:{request.method}:{consent}:{gzip}:{digest}"

    def key(self, request, address=None):
        """The cache key: the address for a page without a query string; for one with a query
        string (a search, a filter, a page number), one of `query_keys` keys, whichever
        address was stored there last: a stream of searches replaces them, never adds."""
        address = address or self.address(request)
        if not request.META.get("QUERY_STRING"):
            return address
        return f"page:query:{int(address[-8:], 16) % self.query_keys}"


def canonical_host():
    """The site's own host: DJANGO_SITE_URL's, or the first of DJANGO_ALLOWED_HOSTS."""
    return urlsplit(settings.SITE_URL).netloc or next(iter(settings.ALLOWED_HOSTS), "")


def current(entry, version):
    """The entry if it may be served now: of the shared content version and within its span."""
    if version is not None and entry is not None and entry.version == version and entry.is_fresh():
        return entry
    return None


class Entry:
    """A stored page: its parts (each hit gets a response object of its own), span and content version."""

    def __init__(self, response):
        self.status, self.headers = response.status_code, dict(response.headers)
        self.content, self.cookies = response.content, response.cookies
        self.rendered, self.expires = getattr(response, "page_cache_span", (None, None))
        self.version = getattr(response, "page_cache_version", None)
        self.address = getattr(response, "page_cache_address", None)
        self.stale_until = getattr(response, "page_cache_stale_until", None)

    def is_fresh(self):
        return self.rendered is not None and self.rendered <= timezone.now() < self.expires

    def response(self, result="hit"):
        PAGE_CACHE.labels(result).inc()  # a current copy (a hit), or a last good one (stale)
        # A new object every time: the middleware around this one adds
        # headers to it, and threads must not share one.
        response = HttpResponse(self.content, status=self.status, headers=self.headers)
        response.cookies = copy.deepcopy(self.cookies)
        return response
