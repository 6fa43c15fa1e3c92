"""Editable texts on the English pages: English where an editor wrote it, else the Swedish marked lang="sv"."""

import re

import pytest
from django.urls import reverse
from django.utils.translation import override

from careers.models import Link, Page, Role
from careers.models import Testimonial as Colleague  # "Test…" would look like a test class to pytest
from tests.factories import make_benefit, make_home, make_page, make_role, make_section
from tests.parse import as_tree, headings, main, one, text

pytestmark = pytest.mark.django_db


def english(target):
    """The English address of an object, of a route ("careers:role-list") or of the main page ("/")."""
    with override("en"):
        if hasattr(target, "get_absolute_url"):
            return target.get_absolute_url()
        return reverse("careers:home" if target == "/" else target)


def marked_swedish(node):
    """The texts of the elements in `node` that say they are Swedish."""
    return [text(element) for element in node.select('[lang="sv"]')]


def unmarked_swedish(node):
    """Words with å, ä or ö in `node` outside the elements marked Swedish, the agency's name aside."""
    node = as_tree(str(node))
    for element in node.select('[lang="sv"]'):
        element.decompose()
    return re.findall(r"\w*[åäöÅÄÖ]\w*", text(node).replace("Försäkringskassan", ""))


def test_the_seed_content_is_english_on_the_english_pages(client, content):
    paths = [english("/"), english("careers:role-list"), english("careers:testimonial-list"),
             *(english(role) for role in Role.objects.all()),
             *(english(page) for page in Page.objects.exclude(slug=Page.HOME_SLUG))]
    for path in paths:
        html = main(client.get(path))
        assert (unmarked_swedish(html), marked_swedish(html)) == ([], []), path


def test_an_english_page_shows_the_english_texts_and_marks_nothing(client):
    page = make_page(slug="om-oss", title="Om oss", title_en="About us", lead="Svensk ingress.",
                     lead_en="English lead.", body="Svensk text.", body_en="English *text*.")
    make_section(page, heading="Vad vi gör", heading_en="What we do", body="Vi utreder.", body_en="We investigate.")
    html = main(client.get(english(page)))
    assert headings(html) == ["About us", "What we do"]
    assert "English lead. English text. What we do We investigate." in text(html)
    assert "Svensk" not in text(html) and marked_swedish(html) == []
    swedish = main(client.get("/om-oss/"))
    assert headings(swedish) == ["Om oss", "Vad vi gör"] and "English" not in text(swedish)
    assert marked_swedish(swedish) == []


def test_a_text_without_english_is_shown_in_swedish_and_marked_so(client):
    page = make_page(slug="om-oss", title="Om oss", title_en="About us", lead="Svensk ingress.",
                     body="Svensk text med [en länk](https://www.example.se/).")
    make_section(page, heading="Vad vi gör", body="Vi utreder.", body_en="We investigate.")
    html = main(client.get(english(page)))
    assert one(html, "h1").get("lang") is None and text(one(html, "h1")) == "About us"
    # The lead, the body and the section's heading have no English: each says it is Swedish.
    assert marked_swedish(html) == ["Svensk ingress.", "Svensk text med en länk (Länk till annan webbplats, "
                                    "öppnas i nytt fönster) .", "Vad vi gör"]
    assert one(html, "p.lead")["lang"] == "sv" and one(html, "h2")["lang"] == "sv"
    assert "We investigate." in text(html)


def test_the_english_main_page_marks_each_card_that_lacks_english(client):
    home = make_home(title_en="Work at Försäkringskassan", body="Välkommen.", body_en="Welcome.")
    for order, listing in enumerate(["roles", "benefits", "testimonials", "links"]):
        make_section(home, heading=listing, heading_en=listing, body="", listing=listing, order=order)
    make_role("Utredare", title_en="Investigator", summary_en="You investigate.")
    make_role("Jurist")
    make_benefit("Friskvårdsbidrag", title_en="Wellness allowance", text="Ett bidrag.",
                 amounts=[(4000, "2025-07-01")])
    make_benefit("Flextid", text="Du väljer tider.", text_en="You choose your hours.")
    Colleague.objects.create(name="Anna", quote="Bra jobb.", quote_en="A good job.")
    Link.objects.create(title="Lediga jobb", url="/lediga-jobb/")
    html = main(client.get(english("/")))
    assert {"Investigator", "You investigate.", "Welcome.", "Wellness allowance", "You choose your hours.",
            "A good job."} <= set(text(node) for node in html.select("a, p, h3, blockquote"))
    # In the Swedish order: a card without English does not move to the end of the English list.
    assert marked_swedish(html) == ["Jurist", "Om Jurist.", "Flextid", "Ett bidrag.", "kr per år", "Anna",
                                    "Lediga jobb"]
    assert not [node for node in html.select("h1, h2, h3, p, a, blockquote, span") if not text(node)
                and not node.select("svg")]


def test_a_unit_with_english_and_a_link_to_a_swedish_address_are_english(client):
    home = make_home(title_en="Work at Försäkringskassan")
    make_section(home, heading="Förmåner", heading_en="Benefits", listing="benefits")
    make_section(home, heading="Länkar", heading_en="Links", listing="links", order=1)
    benefit = make_benefit("Friskvårdsbidrag", title_en="Wellness allowance", amounts=[(4000, "2025-07-01")])
    benefit.amounts.update(unit_en="SEK per year")
    Link.objects.create(title="Lediga jobb", title_en="Open jobs", url="/lediga-jobb/?yrkesroll=it")
    html = main(client.get(english("/")))
    assert "4\u00a0000 SEK per year" in text(html) and "kr per år" not in text(html)
    job_list = english("careers:job-list")
    assert one(html, 'a[href^="' + job_list + '"]')["href"] == f"{job_list}?yrkesroll=it"
    assert text(one(html, 'a[href^="' + job_list + '"]')) == "Open jobs"


def test_a_role_page_in_english_marks_the_texts_it_lacks(client):
    role = make_role("Utredare", title_en="Investigator", summary_en="You investigate.",
                     description="Du går på djupet.", description_en="You go deep.", requirements="- en examen")
    html = main(client.get(english(role)))
    assert headings(html, "h1") == ["Investigator"]
    assert "You go deep." in text(html)
    assert marked_swedish(html) == ["en examen"]
    assert one(html, "#krav").find_parent("section").select_one(".markdown")["lang"] == "sv"


def test_the_english_role_list_and_page_titles_fall_back_marked(client):
    make_role("Jurist")
    html = main(client.get(english("careers:role-list")))
    assert marked_swedish(html) == ["Jurist", "Om Jurist."]
    response = client.get(english(Role.objects.get()))
    assert "<title>Jurist" in response.content.decode()  # the tab's title is the Swedish one, not empty


def test_the_colleagues_page_in_english(client):
    Colleague.objects.create(name="Anna", name_en="Anna", job_title="Handläggare", job_title_en="Case officer",
                               quote="Bra jobb.", quote_en="A good job.", film_url="https://film.example/1",
                               transcript="Anna berättar.")
    html = main(client.get(english("careers:testimonial-list")))
    assert "A good job." in text(html) and "Anna, Case officer" in text(html)
    assert marked_swedish(html) == ["Anna berättar."]
