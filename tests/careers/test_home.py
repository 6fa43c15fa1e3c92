"""The main page shows every section of the brief, in order, from the database."""

from datetime import UTC, datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from benefits.models import Amount, Benefit
from careers.models import Page, Role
from tests.clock import at
from tests.factories import make_benefit, make_home, make_role, make_section, make_tiers
from tests.parse import hrefs, lines, link, main_text, one, parse, rows, text

pytestmark = pytest.mark.django_db


def test_main_page_shows_every_section_of_the_brief_in_order(client, content, time_machine):
    at(time_machine, 2026, 3, 2, 10)
    html = main_text(client.get("/"))
    headings = ["Jobba på Försäkringskassan", "Våra yrkesroller", "Så säger våra medarbetare", "Förmåner",
                "Distansarbete", "Att vara anställd i staten", "Utvecklingsmöjligheter",
                "Vårt hållbarhetsarbete", "Vårt uppdrag", "Relaterade länkar", "Senast uppdaterad"]
    positions = [html.index(heading) for heading in headings]
    assert positions == sorted(positions)


def test_main_page_carries_the_facts_of_the_brief(client, content, time_machine):
    at(time_machine, 2026, 3, 2, 10)
    page = parse(client.get("/"))
    html = text(page)
    assert "13 000 kollegor" in html
    for group in ["handläggare", "utredare", "chefer", "it", "juridik", "ekonomi", "HR", "kommunikation",
                  "säkerhet", "verksamhetsutveckling", "analys"]:
        assert group in html
    for role in Role.objects.all():
        assert role.get_absolute_url() in hrefs(page)
    assert "kompetensen är hög" in html
    assert "I en film" not in html and "Textversion av filmen" not in html  # the film is not linked
    for benefit in ["Flextid", "Friskvårdsbidrag", "Friskvårdstimme", "Föräldralön", "360 dagar",
                    "10 procent", "PA 16", "sjukvård och läkemedel", "flyttar"]:
        assert benefit in html
    assert "5\u00a0000 kr per år" in html
    assert "4\u00a0000" not in html
    tiers = rows(one(page, "table"))
    assert ["Till och med det år du fyller 29 år", "28"] in tiers
    assert ["Från och med det år du fyller 30 år", "31"] in tiers
    assert ["Från och med det år du fyller 40 år", "35"] in tiers
    assert "rekryterande chefen eller HR-specialisten" in html
    assert "den statliga värdegrunden" in html
    assert "Länk till annan webbplats, öppnas i nytt fönster" in html
    assert "mentor för nya medarbetare" in html
    assert "miljömässigt, socialt och ekonomiskt" in html
    assert "Följ oss på Linkedin" in html
    assert "Senast uppdaterad 25 juni 2025" in lines(page)
    assert text(one(page, 'time[datetime="2025-06-25"]')) == "25 juni 2025"


def test_every_related_link_is_marked_when_it_leaves_the_site(client, content):
    linkedin = link(client.get("/"), "Följ oss på Linkedin")
    assert linkedin["target"] == "_blank" and linkedin["rel"] == ["noopener", "noreferrer"]
    assert "Länk till annan webbplats, öppnas i nytt fönster" in text(linkedin)


@pytest.mark.parametrize(("moment", "expected", "absent"), [
    ((2025, 6, 30, 12), None, ["4\u00a0000 kr per år", "5\u00a0000 kr per år"]),
    ((2025, 6, 30, 22, 30), "4\u00a0000 kr per år", []),  # already 1 July in Stockholm
    ((2025, 7, 1, 10), "4\u00a0000 kr per år", ["5\u00a0000 kr per år"]),
    ((2025, 12, 31, 22, 59), "4\u00a0000 kr per år", ["5\u00a0000 kr per år"]),
    ((2025, 12, 31, 23, 30), "5\u00a0000 kr per år", ["4\u00a0000 kr per år"]),
])
def test_the_wellness_allowance_in_force_is_decided_in_stockholm_time(client, content, time_machine,
                                                                     moment, expected, absent):
    at(time_machine, *moment)
    html = lines(client.get("/"))  # an amount in force stands alone; a coming one is announced in a sentence
    if expected:
        assert expected in html
    for amount in absent:
        assert amount not in html


def test_a_known_future_amount_is_announced(client, content, time_machine):
    at(time_machine, 2025, 9, 1, 10)
    html = text(client.get("/"))
    assert "Från och med 1 januari 2026: 5\u00a0000 kr per år." in html
    at(time_machine, 2025, 6, 1, 10)
    html = text(client.get("/"))
    assert "Från och med 1 juli 2025: 4\u00a0000 kr per år." in html


def test_a_page_cached_before_midnight_shows_the_new_amount_after_it(client, content, time_machine):
    at(time_machine, 2025, 12, 31, 22, 0)  # 23:00 in Stockholm
    assert "4\u00a0000 kr per år" in lines(client.get("/"))
    at(time_machine, 2025, 12, 31, 23, 30)  # 00:30 on 1 January in Stockholm
    html = lines(client.get("/"))
    assert "5\u00a0000 kr per år" in html
    assert "4\u00a0000 kr per år" not in html


def test_an_edit_shows_at_once_even_when_the_page_was_cached(client, content):
    assert "Distansarbete" in text(client.get("/"))
    section = Page.objects.get(slug=Page.HOME_SLUG).sections.get(anchor="distansarbete")
    section.heading = "Arbeta hemifrån"
    section.save()
    html = text(client.get("/"))
    assert "Arbeta hemifrån" in html
    assert "Distansarbete" not in html


def test_an_unpublished_or_not_yet_published_main_page_is_not_shown(client, time_machine):
    at(time_machine, 2026, 1, 10, 10)
    page = make_home(publish_from=datetime(2026, 2, 1, tzinfo=UTC))
    assert client.get("/").status_code == 404
    at(time_machine, 2026, 2, 1, 0, 1)
    assert client.get("/").status_code == 200
    page.is_published = False
    page.save()
    assert client.get("/").status_code == 404


def fill(n):
    page = make_home()
    for listing in ["roles", "benefits", "testimonials", "links"]:
        make_section(page, heading=listing, listing=listing)
    for i in range(n):
        make_role(title=f"Roll {i}", slug=f"roll-{i}")
        make_benefit(title=f"Förmån {i}", amounts=[(100 + i, "2020-01-01"), (200 + i, "2099-01-01")])
    make_tiers((0, 28), (30, 31), (40, 35))


def count_queries(client):
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/?fodelsear=1990").status_code == 200
    return len(queries)


def test_queries_for_the_main_page_do_not_grow_with_content(client):
    fill(3)
    few = count_queries(client)
    Role.objects.all().delete()
    Benefit.objects.all().delete()
    for i in range(30):
        make_role(title=f"Ny roll {i}", slug=f"ny-roll-{i}")
        make_benefit(title=f"Ny förmån {i}", amounts=[(100, "2020-01-01"), (300, "2099-01-01")])
    assert Amount.objects.count() == 60
    many = count_queries(client)
    assert few == many
    assert many <= 10
