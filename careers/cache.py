"""A full-page cache that every worker process and every instance shares.

Django's own cache middleware keys pages by the whole Cookie header (Vary:
Cookie), which would give every visitor a cache of their own. Here the key is
the path, the query string and the visitor's consent state, so the pages with
and without the cookie banner are each cached once.
"""

import copy
import hashlib
import math
import re
import threading
import uuid
from datetime import datetime, time, timedelta

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.http import HttpResponse
from django.utils import timezone
from django.utils.cache import patch_vary_headers
from django.utils.http import split_header_value

GENERATION_KEY = "page-cache:generation"
NO_PUBLICATION = "none"
# Saving any model of these apps changes what pages show.
CONTENT_APPS = {"careers", "benefits", "cookies"}
# Rows that are written by visitors and never shown on a page.
NOT_CONTENT = {"cookies.consentrecord"}
# Request headers a cached page may vary on: the cookie through the consent
# state in the key, the encoding through `accepts_gzip` (GZipMiddleware below
# this one would otherwise hand gzip bytes to a client that cannot read them).
KEYED_VARY = {"cookie", "accept-encoding"}
accepts_gzip = re.compile(r"\bgzip\b")


def generation():
    gen = cache.get(GENERATION_KEY)
    if gen is None:
        cache.add(GENERATION_KEY, uuid.uuid4().hex, None)
        gen = cache.get(GENERATION_KEY)
    return gen


def new_generation():
    cache.set(GENERATION_KEY, uuid.uuid4().hex, None)


def invalidate(sender=None, using=None, **kwargs):
    """Start a new generation: every process and instance then misses the old pages.

    Once now, and once more when the transaction commits: until then other
    processes still read the old rows, and a page one of them renders in
    between would otherwise be stored under the new generation and outlive
    the change.
    """
    if sender is None or (
        sender._meta.app_label in CONTENT_APPS and sender._meta.label_lower not in NOT_CONTENT
    ):
        new_generation()
        transaction.on_commit(new_generation, using=using)


def connect_invalidation():
    for signal in (post_save, post_delete, m2m_changed):
        signal.connect(invalidate, dispatch_uid=f"page-cache-{signal}")


def seconds_to_live(now=None):
    """Whole seconds until `expires_at(now)`, for the cache backend's own timeout."""
    now = now or timezone.now()
    return max(1, math.ceil((expires_at(now) - now).total_seconds()))


def expires_at(now):
    """The next moment a page may change by itself.

    Dated content (benefit amounts, job ads' last days, the year that the
    vacation calculator counts from) changes at local midnight, and a page can
    be set to publish at a given time; a cached page must not outlive either.
    """
    local = timezone.localtime(now)
    midnight = timezone.make_aware(
        datetime.combine(local.date() + timedelta(days=1), time.min), local.tzinfo
    )
    deadlines = [midnight, now + timedelta(seconds=settings.PAGE_CACHE_SECONDS)]
    if upcoming := next_publication(now):
        deadlines.append(upcoming)
    return min(deadlines)


def next_publication(now):
    """When the next page set to publish later goes live, or None.

    Asked once per generation (every save starts one) and then shared through
    the cache, so that each page a miss renders does not pay a query for it.
    """
    key = f"page-cache:next-publication:{generation()}"
    upcoming = cache.get(key)
    if upcoming is None or (upcoming != NO_PUBLICATION and upcoming <= now):
        from careers.models import Page

        upcoming = Page.objects.next_publication(now) or NO_PUBLICATION
        cache.set(key, upcoming, settings.PAGE_CACHE_SECONDS)
    return None if upcoming == NO_PUBLICATION else upcoming


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
    query_params = {"fodelsear", "q", "yrkesroll", "ort", "page"}
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
            request.GET.keys() <= self.query_params
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
