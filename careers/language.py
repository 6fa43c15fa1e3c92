"""The language of a page is its address: English under /en/, Swedish everywhere else.

Django's LocaleMiddleware would also read a language cookie and the
Accept-Language header, and it marks every Swedish page `Vary:
Accept-Language` - a page cache and a browser would keep a copy per header
value, and a visitor's browser settings would choose for them. Here only the
path counts, so one address is one page in one language, whoever asks.
"""

import functools
from typing import NamedTuple

from django.conf import settings
from django.core.exceptions import DisallowedHost
from django.urls import NoReverseMatch, get_script_prefix, get_urlconf, reverse
from django.utils import translation

from careers import siteurl


def path_language(path):
    """The language of a path on this site: its prefix ("/en/…"), or Swedish (no prefix) - also the admin's."""
    return translation.get_language_from_path(path) or settings.LANGUAGE_CODE


class LanguageFromPathMiddleware:
    """Speak the address's language while the request is answered: URL resolution, views, error pages.

    Above everything that may write a page (the 400 of BadRequestMiddleware,
    the page cache, the 503 while the database is down), below what never
    writes one (static files). The language is put back afterwards, so that
    nothing after a request (a test, the next request of the thread) inherits it.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        language = path_language(request.path_info)
        with translation.override(language):
            request.LANGUAGE_CODE = language
            response = self.get_response(request)
        response.headers.setdefault("Content-Language", language)
        return response


class Version(NamedTuple):
    """A page in one language: the language's code and own name, its path (with the query) and whole address."""

    code: str
    name: str
    path: str
    url: str


def versions(request):
    """The page of `request` in each language, Swedish first (x-default), each with the same query string.

    The page's own route reversed in the other language: a role, an ad and an
    editable page keep their slug. An address that matched no route (a 404)
    has no twin; its twin is the other language's main page.
    """
    match = getattr(request, "resolver_match", None)
    query = request.META.get("QUERY_STRING", "")
    # The values the address held, not a route's extra arguments (the sitemap's dict of sitemaps).
    route = (match.view_name, tuple(match.args), tuple(sorted(match.captured_kwargs.items()))) if match else None
    found = []
    for code, name in settings.LANGUAGES:
        path = reversed_in(code, get_urlconf() or settings.ROOT_URLCONF, get_script_prefix(), route)
        if route and query:
            path = f"{path}?{query}"
        found.append(Version(code, name, path, absolute(request, path)))
    return found


@functools.lru_cache(maxsize=4096)
def reversed_in(language, urlconf, prefix, route):
    """The path of `route` (view name, args, kwargs) in `language`, or its main page; once per process.

    Every page asks for both of its languages' paths, and reverse() under
    another language costs more than the rest of the header: the answer
    depends only on these arguments, the URL configuration being fixed for
    the life of a process (the URLconf and script prefix are in the key for
    the tests that change them).
    """
    with translation.override(language):
        if route is not None:
            view_name, args, kwargs = route
            try:
                return reverse(view_name, urlconf=urlconf, args=args, kwargs=dict(kwargs))
            except NoReverseMatch:  # a route outside the public site (none renders these pages today)
                pass
        return reverse("careers:home", urlconf=urlconf)


def absolute(request, path):
    """The whole address of a path: on SITE_URL, else on the request's host (development, tests) if it is allowed.

    The 400 page of a host that ALLOWED_HOSTS refuses has no host to name: its alternates stay paths.
    """
    if settings.SITE_URL:
        return siteurl.absolute(path)
    try:
        return request.build_absolute_uri(path)
    except DisallowedHost:
        return path
