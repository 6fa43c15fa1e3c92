"""The job list's pages: ten ads a page, links that keep the filters, and one address for each page."""

from datetime import timedelta

import pytest
from django.utils import timezone

from tests.factories import make_job, make_role
from tests.parse import ad_titles, link, main, main_text, one, parse, text

pytestmark = pytest.mark.django_db


@pytest.fixture
def many_ads():
    role = make_role("Handläggare", slug="handlaggare")
    today = timezone.localdate()
    # Newest first: ad 24 is published today, ad 0 twenty-four days ago.
    for number in range(25):
        make_job(f"Annons {number:02d}", role=role, town="Umeå",
                 published_on=today - timedelta(days=24 - number), last_day=today + timedelta(days=5))


def test_pages_of_ten_with_links_that_keep_the_filters(client, many_ads):
    first = main(client.get("/lediga-jobb/?yrkesroll=handlaggare"))
    assert "25 lediga jobb" in text(first) and "sida 1 av 3" in text(first)
    assert ad_titles(first) == [f"Annons {n:02d}" for n in range(24, 14, -1)]
    pages = one(first, 'nav[aria-label="Sidor"]')
    following = link(pages, "Nästa sida")
    assert (following["href"], following["rel"]) == ("?yrkesroll=handlaggare&page=2", ["next"])
    assert not first.select('[rel~="prev"]')
    second = main(client.get("/lediga-jobb/?yrkesroll=handlaggare&page=2"))
    assert ad_titles(second) == [f"Annons {n:02d}" for n in range(14, 4, -1)]
    pages = one(second, 'nav[aria-label="Sidor"]')
    previous = link(pages, "Föregående sida")
    assert (previous["href"], previous["rel"]) == ("?yrkesroll=handlaggare&page=1", ["prev"])
    assert one(pages, 'a[rel~="next"]')["href"] == "?yrkesroll=handlaggare&page=3"
    current = one(pages, '[aria-current="page"]')
    assert (current["href"], text(current)) == ("?yrkesroll=handlaggare&page=2", "Sida 2")


@pytest.mark.parametrize(("page", "shown"), [("", 1), ("1", 1), ("3", 3)])
def test_a_page_number_as_the_page_links_write_it_gives_that_page(client, many_ads, page, shown):
    response = client.get(f"/lediga-jobb/?page={page}" if page else "/lediga-jobb/")
    assert response.status_code == 200
    assert f"sida {shown} av 3" in main_text(response)


@pytest.mark.parametrize(("query", "status", "location"), [
    ("page=01", 301, "/lediga-jobb/?page=1"),
    ("yrkesroll=handlaggare&page=%202", 301, "/lediga-jobb/?yrkesroll=handlaggare&page=2"),
    ("page=", 301, "/lediga-jobb/?page=1"),
    ("page=2&page=2", 301, "/lediga-jobb/?page=2"),
    ("page=last", 302, "/lediga-jobb/?page=3"),  # the last page moves as ads come and go
])
def test_a_page_number_written_otherwise_redirects_to_the_page_links_address(client, many_ads, query, status,
                                                                             location):
    response = client.get(f"/lediga-jobb/?{query}")
    assert (response.status_code, response["Location"]) == (status, location)


@pytest.mark.parametrize("page", ["abc", "999", "4", "0", "-1", "2.5", "1e3", "9" * 5000])
def test_a_page_that_is_not_there_is_404_as_djangos_paginator_has_it(client, many_ads, page):
    response = client.get(f"/lediga-jobb/?page={page}")
    assert response.status_code == 404
    assert "Sidan kunde inte hittas" in text(parse(response))
