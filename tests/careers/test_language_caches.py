"""Every cache keeps the languages apart: the page cache and its ETags, {% once %}, the Markdown cache."""

import pytest
from django.utils import translation
from prometheus_client import REGISTRY

from careers.markup import render
from careers.models import Role
from tests.parse import lines, one, parse, text

pytestmark = pytest.mark.django_db


def cache_hits():
    return REGISTRY.get_sample_value("jobba_page_cache_requests_total", {"result": "hit"}) or 0


def menu(response):
    return lines(one(response, 'nav.imenu'))


def test_the_page_cache_keeps_a_page_per_language_and_serves_each_its_own(client, content):
    first = {path: client.get(path) for path in ["/lediga-jobb/", "/en/jobs/"]}
    before = cache_hits()
    again = {path: client.get(path) for path in ["/en/jobs/", "/lediga-jobb/"]}
    assert cache_hits() == before + 2  # both from the cache: neither language's page varies on a header
    for path, lang in [("/lediga-jobb/", "sv"), ("/en/jobs/", "en")]:
        assert parse(again[path]).html["lang"] == lang
        assert again[path].content == first[path].content
        assert "accept-language" not in again[path].get("Vary", "").lower()
    assert first["/lediga-jobb/"]["ETag"] != first["/en/jobs/"]["ETag"]
    # One language's tag never makes the other's page "not modified".
    assert client.get("/lediga-jobb/", headers={"if-none-match": first["/en/jobs/"]["ETag"]}).status_code == 200
    assert client.get("/en/jobs/", headers={"if-none-match": first["/en/jobs/"]["ETag"]}).status_code == 304


def test_a_save_renews_the_cached_pages_of_both_languages(client, content):
    titles = {"/yrkesroller/": "Informationsteknik", "/en/roles/": "Information technology"}
    for path, title in titles.items():
        assert title not in text(client.get(path))
    role = Role.objects.get(slug="it")
    role.title_sv, role.title_en = titles.values()  # each language has its own title (careers/translation.py)
    role.save()
    for path, title in titles.items():
        assert title in text(client.get(path)), path


def test_the_header_rendered_once_per_process_is_rendered_once_per_language(client, content):
    swedish, english = menu(client.get("/")), menu(client.get("/en/"))
    assert "Lediga jobb" in swedish and "Open jobs" in english
    assert menu(client.get("/medarbetare/")) == swedish and menu(client.get("/en/colleagues/")) == english
    footer = [lines(one(client.get(path), "footer")) for path in ["/yrkesroller/", "/en/roles/"]]
    assert footer[0] != footer[1]


def test_the_markdown_cache_keeps_each_languages_note_on_the_same_text():
    source = "[Skatteverket](https://www.skatteverket.se/)"
    with translation.override("sv"):
        swedish = text(render(source))
    with translation.override("en"):
        english = text(render(source))
    assert "öppnas i nytt fönster" in swedish and "opens in a new window" in english
