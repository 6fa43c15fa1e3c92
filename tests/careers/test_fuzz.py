"""Hypothesis throws odd addresses, query strings and cookies at every public URL: 4xx at worst, never 5xx.

The routes are read from the URL configuration, so pages added later are
fuzzed too. Bounded: 200 examples a test, no deadline (the first page render
of a run is slow), no example database written into the checkout.
"""

import re
from urllib.parse import quote, urlencode

import pytest
from django.conf import settings
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from careers.models import Page, Role

pytestmark = pytest.mark.django_db

fuzz = hypothesis_settings(
    max_examples=200, deadline=None, database=None,
    # The database content is loaded once per test and only read by the examples.
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
CONVERTER = re.compile(r"<(?:(\w+):)?(\w+)>")


def public_routes(patterns=None, prefix=""):
    """Every route outside the admin, e.g. "yrkesroller/<slug:slug>/"."""
    routes = []
    for pattern in get_resolver().url_patterns if patterns is None else patterns:
        route = prefix + str(pattern.pattern)
        if route.startswith(settings.ADMIN_URL):
            continue
        if isinstance(pattern, URLResolver):
            routes += public_routes(pattern.url_patterns, route)
        elif isinstance(pattern, URLPattern):
            routes.append(route)
    return routes


# Anything a person or a script could type: letters of all scripts, symbols,
# control characters, percent signs and the separators of a URL.
junk = st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=40)
raw = st.text(alphabet="%&=;+?#/.-_aZ09åÄö\x7f ", max_size=40)
numbers = st.integers(min_value=-(10**20), max_value=10**20).map(str)


@st.composite
def paths(draw, known_slugs):
    route = draw(st.sampled_from(public_routes()))
    value = {
        "slug": st.one_of(st.sampled_from(known_slugs), st.from_regex(r"[-a-zA-Z0-9_]{1,120}", fullmatch=True)),
        "int": numbers,
    }

    def fill(match):
        return quote(draw(value.get(match.group(1), junk)), safe="") or "x"

    return "/" + CONVERTER.sub(fill, route)


def query_strings():
    keys = st.one_of(st.sampled_from(["fodelsear", "page", "sida", "q", "o", "next", "utm_source"]), junk)
    values = st.one_of(numbers, junk, st.sampled_from(["", "1990", "2000-01-01", "ja", "nej"]))
    encoded = st.lists(st.tuples(keys, values), max_size=6).map(urlencode)
    return st.one_of(encoded, raw, st.just(""))


@pytest.fixture
def known_slugs(content):
    return [*Page.objects.values_list("slug", flat=True), *Role.objects.values_list("slug", flat=True)]


@pytest.fixture
def client():
    # CSRF is checked as in production, and an exception would surface as a 500 status.
    return Client(enforce_csrf_checks=True, raise_request_exception=False)


def test_the_public_routes_are_found(known_slugs):
    routes = public_routes()
    assert {"", "yrkesroller/", "yrkesroller/<slug:slug>/", "<slug:slug>/", "kakor/"} <= set(routes)


def test_fuzzed_paths_and_query_strings_never_give_a_server_error(client, known_slugs):
    @fuzz
    @given(path=paths(known_slugs), query=query_strings(), method=st.sampled_from(["get", "get", "head", "post"]))
    def check(path, query, method):
        response = getattr(client, method)(f"{path}?{query}" if query else path)
        assert response.status_code < 500, (method, path, query)

    check()


def test_fuzzed_cookies_and_headers_never_give_a_server_error(client, known_slugs):
    # A header reaches Django as Latin-1 text without line breaks, whatever the client sent.
    latin1 = st.text(st.characters(max_codepoint=0xFF, exclude_characters="\r\n"), max_size=60)
    header_values = st.one_of(latin1, raw, st.text(alphabet="ab=;, \"\\", max_size=200))

    @fuzz
    @given(path=paths(known_slugs), cookie=header_values, language=header_values, referer=header_values)
    def check(path, cookie, language, referer):
        cookie_header = f"{settings.CONSENT_COOKIE_NAME}={cookie}; sessionid={cookie}; {cookie}"
        response = client.get(path, headers={"Cookie": cookie_header, "Accept-Language": language,
                                             "Referer": referer})
        assert response.status_code < 500, (path, cookie, language, referer)

    check()
