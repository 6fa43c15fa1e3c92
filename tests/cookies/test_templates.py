"""The include for a film from another website: played on the page only after a yes, always a link."""

import pytest
from django.template.loader import render_to_string

from tests.parse import one, text

FILM = {"url": "https://film.example/v/1", "embed_url": "https://film.example/embed/1",
        "title": "Så säger våra medarbetare"}


def render(consent):
    return render_to_string("cookies/embedded_film.html", {"consent": consent, **FILM})


@pytest.mark.parametrize("consent", ["", "no"])
def test_without_a_yes_the_film_is_only_a_link(consent):
    html = render(consent)
    assert "<iframe" not in html and "film.example/embed" not in html
    film = one(html, 'a[href="https://film.example/v/1"]')
    assert film["target"] == "_blank" and film["rel"] == ["noopener", "noreferrer"]
    assert "Filmen visas här om du godkänner alla kakor." in text(html)


def test_after_a_yes_the_film_is_embedded_with_the_link_beside_it():
    html = render("yes")
    film = one(html, "iframe")
    assert (film["src"], film["title"]) == ("https://film.example/embed/1", "Så säger våra medarbetare")
    one(html, 'a[href="https://film.example/v/1"]')
    assert "Filmen visas här" not in text(html)
