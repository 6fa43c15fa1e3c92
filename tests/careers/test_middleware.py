"""Plain HTTP caching (careers/middleware.py, issue 21): every answer states its caching, and a
browser's repeat visit of an unchanged page is 304 Not Modified, cached page or rendered."""

import pytest
from django.core.cache import cache
from django.test import Client
from django.urls import reverse

from tests.consent import consent_header
from tests.editors import form_data, log_in
from tests.factories import make_home, make_hr_editor

pytestmark = pytest.mark.django_db
GZIP = {"HTTP_ACCEPT_ENCODING": "gzip"}


@pytest.fixture
def home(db):
    return make_home()


def directives(response):
    return {part.strip() for part in response["Cache-Control"].split(",")}


@pytest.mark.parametrize("url", ["/", "/lediga-jobb/", "/finns-inte/"])
def test_a_page_is_the_browsers_only_and_asked_for_again_at_each_visit(client, home, url):
    for response in (client.get(url), client.get(url)):  # rendered, then from the page cache
        assert {"private", "no-cache"} <= directives(response), url
        assert response["ETag"]
    # The banner or not: a shared cache must not hand this page to a visitor who chose otherwise.
    assert "Cookie" in client.get("/")["Vary"]


@pytest.mark.parametrize("encoding", [{}, GZIP])
def test_a_repeat_visit_of_an_unchanged_page_is_304_without_a_body(client, home, encoding):
    first = client.get("/", **encoding)
    assert first.status_code == 200 and first.content
    again = client.get("/", HTTP_IF_NONE_MATCH=first["ETag"], **encoding)
    assert (again.status_code, again.content, again["ETag"]) == (304, b"", first["ETag"])
    assert {"private", "no-cache"} <= directives(again)
    # Rendered anew (the page cache emptied, or another instance): the same page, the same tag,
    # though GZipMiddleware pads each compression with random bytes.
    cache.clear()
    assert client.get("/", HTTP_IF_NONE_MATCH=first["ETag"], **encoding).status_code == 304
    assert client.get("/", HTTP_IF_NONE_MATCH='"something-else"', **encoding).status_code == 200


def test_the_tag_changes_when_an_editor_saves_the_page(client, home):
    tag = client.get("/")["ETag"]
    editor = log_in(Client(), make_hr_editor())
    change = reverse("admin:careers_page_change", args=[home.pk])
    data = form_data(editor.get(change).content.decode(), "page_form")
    response = editor.post(change, {**data, "title_sv": "Jobba hos oss"})
    assert response.status_code == 302
    after = client.get("/", HTTP_IF_NONE_MATCH=tag)
    assert after.status_code == 200 and "Jobba hos oss" in after.content.decode()
    assert after["ETag"] != tag


def test_the_tag_differs_by_consent_state(client, home):
    undecided = client.get("/")
    chosen = client.get("/", **consent_header("no"))
    assert undecided["ETag"] != chosen["ETag"]
    # A visitor who has chosen since is not answered 304 to the page with the banner.
    assert client.get("/", HTTP_IF_NONE_MATCH=undecided["ETag"], **consent_header("no")).status_code == 200


def test_the_admin_is_never_cached(client, home):
    for response in (client.get(reverse("admin:login")),
                     log_in(client, make_hr_editor()).get(reverse("admin:careers_page_changelist"))):
        assert response.status_code == 200
        assert {"no-store", "private", "max-age=0"} <= directives(response)
        assert not response.has_header("ETag")


def test_a_view_that_states_its_own_caching_keeps_it(client, db):
    assert directives(client.get("/healthz")) >= {"no-store", "max-age=0"}
