import re
from urllib.parse import unquote_plus

from django.conf import settings
from django.core.exceptions import SuspiciousOperation
from django.http import QueryDict
from django.utils.cache import patch_cache_control, set_response_etag
from django.utils.http import split_directive_names


class BadRequestMiddleware:
    """Refuse with 400 what no page here can answer, before any cache can answer it.

    - An unknown Host: Django checks it only when something first asks for the
      host, which on a cached page is never.
    - A NUL character in the path, the query or a cookie: no address here has
      one, and PostgreSQL cannot compare text with one (a session cookie with
      a NUL in it would otherwise end in a database error, a 500).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.get_host()  # raises DisallowedHost (a 400) for a host not in ALLOWED_HOSTS
        if "\x00" in request.path or "\x00" in unquote_plus(request.META.get("QUERY_STRING", "")):
            raise SuspiciousOperation("NUL character in the address")
        if any("\x00" in name + value for name, value in request.COOKIES.items()):
            raise SuspiciousOperation("NUL character in a cookie")
        return self.get_response(request)


class PermissionsPolicyMiddleware:
    """Tell browsers that no page here may use the camera, microphone, location and the like.

    Django has no setting for this header; the policy itself is PERMISSIONS_POLICY.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if settings.PERMISSIONS_POLICY:
            response.headers.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        return response


class TrackingParametersMiddleware:
    """Handle an address with campaign parameters (`utm_source`, `fbclid` …) as the one without them.

    Campaign links carry them for the analytics, which reads them in the
    browser; no page here reads one. Taken off the query before the page
    cache and the views see it, every such address is served from the same
    cached page as the plain one (one render, one cache entry) and links
    on the page do not pass one visitor's click id on to the next.
    """

    tracking = re.compile(r"utm_\w+|fbclid|gclid|msclkid")

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if any(self.tracking.fullmatch(name) for name in request.GET):
            # The other parameters as they were written, byte for byte, so that the
            # address is the same cache key as when it comes without them.
            kept = [pair for pair in request.META["QUERY_STRING"].split("&")
                    if not self.tracking.fullmatch(unquote_plus(pair.partition("=")[0]))]
            request.META["QUERY_STRING"] = "&".join(kept)
            request.GET = QueryDict(request.META["QUERY_STRING"])
        return self.get_response(request)


class CacheControlMiddleware:
    """State the caching of every answer that states none: the browser's only, asked again each time.

    `private`: a page shows the visitor's consent state (the cookie banner, or
    not), so no shared cache, a proxy or a CDN, may hand one visitor's page to
    another. `no-cache`: the browser asks again at each visit, with the page's
    ETag, and gets 304 Not Modified while the page is unchanged, the changed
    page as soon as an editor has saved. A view that states its own keeps it
    (`never_cache`: the admin, a preview, /healthz); static files never get
    here (WhiteNoise: a year, immutable).
    """

    cache_control = {"private": True, "no_cache": True}

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if not response.has_header("Cache-Control"):
            patch_cache_control(response, **self.cache_control)
        return response


class ETagMiddleware:
    """Give a page an ETag of its own bytes, before GZipMiddleware compresses them.

    Django's ConditionalGetMiddleware, above the page cache, answers a repeat
    visit of an unchanged page with 304. It would hash the bytes it sees, and
    GZipMiddleware adds random bytes to each compression (against BREACH), so
    the same page would get a new tag each time it is rendered. Hashed here,
    below GZipMiddleware (which makes the tag weak), the tag names the page:
    what it was rendered from (the content version, the consent state, the
    day), no more and no less; the page cache keeps it with the page.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.method == "GET" and not response.has_header("ETag") and (
                "no-store" not in split_directive_names(response.get("Cache-Control", ""))):
            set_response_etag(response)
        return response
