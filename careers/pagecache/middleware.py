"""Serving pages from the shared cache, and storing them."""

import copy
import hashlib
import re
import threading

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils import timezone
from django.utils.cache import patch_vary_headers
from django.utils.http import split_header_value

from careers.pagecache.expiry import expires_at, seconds_to_live
from careers.pagecache.generation import generation
from careers.pagecache.invalidation import query_params

# Request headers a cached page may vary on: the cookie through the consent
# state in the key, the encoding through `accepts_gzip` (GZipMiddleware below
# this one would otherwise hand gzip bytes to a client that cannot read them).
KEYED_VARY = {"cookie", "accept-encoding"}
accepts_gzip = re.compile(r"\bgzip\b")


class PageCacheMiddleware:
    """Serve anonymous GET and HEAD pages from the shared cache.

    Only responses with status 200, no Set-Cookie, no Cache-Control of their
    own and no CSRF token or CSP nonce in them are stored, and never for the
    admin or for a visitor with a session or a pending message: a page that
    holds anything of one visitor must not reach another.
    """

    bypass_cookies = (settings.SESSION_COOKIE_NAME, "messages")
    # Pages this process has read from the shared cache, by the same key. The
    # key holds the shared generation, read afresh on every request, so a save
    # in any process makes every copy here unreachable at once: this spares
    # the shared read and the unpickling of the page, never the check.
    local_size = 200
    max_query_length = 300

    def __init__(self, get_response):
        self.get_response = get_response
        self.local = {}
        self.local_lock = threading.Lock()

    def lookup(self, key):
        """A fresh copy of the cached page, or None."""
        if (entry := self.local.get(key)) is None:
            response = cache.get(key)
            if response is None:
                return None
            entry = (response.status_code, dict(response.headers), response.content,
                     response.cookies, getattr(response, "page_cache_span", (None, None)))
            with self.local_lock:
                if len(self.local) >= self.local_size:
                    self.local.clear()
                self.local[key] = entry
        status, headers, content, cookies, span = entry
        response = HttpResponse(content, status=status, headers=headers)
        response.cookies = copy.deepcopy(cookies)
        response.page_cache_span = span
        # A new object every time: the middleware around this one adds
        # headers to it, and threads must not share one.
        return response if self.is_fresh(response) else None

    def __call__(self, request):
        if not self.is_cacheable_request(request):
            return self.get_response(request)
        key = self.key(request)
        if (response := self.lookup(key)) is not None:
            return response
        response = self.get_response(request)
        if self.is_cacheable_response(request, response):
            patch_vary_headers(response, ["Cookie"])
            now = timezone.now()
            # Stored with the span of the site's clock the page is valid for,
            # the clock its dates are shown by: the backend's timeout is whole
            # seconds on the cache server's clock, which may be a second late.
            response.page_cache_span = (now, expires_at(now))
            cache.set(key, response, seconds_to_live(now))
        return response

    def is_fresh(self, response):
        # A response without a span (stored by an earlier version of this
        # code during a deploy) lasts as long as the backend keeps it.
        rendered, expires = getattr(response, "page_cache_span", (None, None))
        return rendered is None or rendered <= timezone.now() < expires

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
            response.status_code == 200
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

    def key(self, request):
        # The host too: a page may hold absolute links to the host it was asked for.
        url = f"{request.get_host()}{request.get_full_path()}"
        digest = hashlib.sha256(url.encode()).hexdigest()
        consent = getattr(request, "consent", "")
        gzip = "gzip" if accepts_gzip.search(request.headers.get("Accept-Encoding", "")) else ""
        return f"page:{generation()}:{request.method}:{consent}:{gzip}:{digest}"
