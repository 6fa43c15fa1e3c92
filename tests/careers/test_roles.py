"""Roles and people: the role list, each role with its open jobs, and the colleagues' page."""

import re
from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from careers.models import JobAd, Role
from careers.models import Testimonial as Film  # "Test…" would look like a test class to pytest
from tests.factories import make_job, make_role
from tests.parse import headings, hrefs, lines, link, links, main, main_text, one, text

pytestmark = pytest.mark.django_db


def role_slugs(page):
    """The roles a page lists, in order, by the addresses of their links."""
    return [m.group(1) for href in hrefs(main(page)) if (m := re.fullmatch(r"/yrkesroller/([^/]+)/", href))]


def test_the_role_list_has_every_role_group_of_the_brief_each_with_its_page(client, content):
    page = main(client.get("/yrkesroller/"))
    assert headings(page, "h1") == ["Våra yrkesroller"]
    for title in ["Handläggare", "Utredare", "Chef", "It", "Juridik", "Ekonomi", "HR", "Kommunikation",
                  "Säkerhet", "Verksamhetsutveckling", "Analys"]:
        role = Role.objects.get(title=title)
        assert (f"/yrkesroller/{role.slug}/", title) in links(page)
        role_page = main(client.get(role.get_absolute_url()))
        assert headings(role_page, "h1") == [title]
        assert "Vad arbetet innebär" in text(role_page) and "Vad arbetet kräver av dig" in text(role_page)


def test_roles_keep_the_order_the_editors_gave_them_on_the_list_and_the_main_page(client, content):
    Role.objects.filter(slug="analys").update(order=0)
    Role.objects.filter(slug="handlaggare").update(order=99)
    for path in ["/yrkesroller/", "/"]:
        cards = role_slugs(client.get(path))
        assert cards[0] == "analys" and cards[-1] == "handlaggare", path
        assert cards[1:4] == ["utredare", "chef", "it"], path


def test_the_role_list_counts_open_jobs_per_role(client):
    it = make_role("It", slug="it")
    make_role("Juridik", slug="juridik")
    make_job(role=it)
    make_job(role=it)
    make_job(role=it, last_day=timezone.localdate() - timedelta(days=1))
    make_job(role=it, status=JobAd.Status.DRAFT)
    html = lines(main(client.get("/yrkesroller/")))
    assert role_slugs(client.get("/yrkesroller/")) == ["it", "juridik"]
    start = [n for n, line in enumerate(html) if line.startswith(("It", "Juridik", "Se alla lediga jobb"))]
    it_card, juridik_card = html[start[0]:start[1]], html[start[1]:start[2]]
    assert any("2 lediga jobb" in line for line in it_card)
    assert not any("ledig" in line for line in juridik_card)


def test_a_role_shows_what_the_work_is_asks_and_its_open_jobs_only(client):
    it = make_role("It", slug="it", description="Du *utvecklar* system.", requirements="- Java\n- samarbete")
    other = make_role("Juridik", slug="juridik")
    make_job("Systemutvecklare", role=it)
    make_job("Stängd", role=it, last_day=timezone.localdate() - timedelta(days=1))
    make_job("Utkast", role=it, status=JobAd.Status.DRAFT)
    make_job("Jurist", role=other)
    page = main(client.get("/yrkesroller/it/"))
    html = text(page)
    # Each part is a heading with an id of its own, for links to it.
    for anchor, heading in [("arbetet", "Vad arbetet innebär"), ("krav", "Vad arbetet kräver av dig")]:
        assert heading in headings(page, "h2") and text(one(page, f"#{anchor}")) == heading
    assert text(one(page, "em")) == "utvecklar" and "Java" in lines(page)  # the role's Markdown, rendered
    assert "Lediga jobb i den här rollen" in html
    assert "Systemutvecklare" in html
    for absent in ("Stängd", "Utkast", "Jurist"):
        assert absent not in html
    assert link(page, "Sök bland de lediga jobben")["href"] == "/lediga-jobb/?yrkesroll=it"
    assert "/lediga-jobb/feed/?yrkesroll=it" in hrefs(page)


def test_a_role_without_open_jobs_says_so(client):
    make_role("Analys", slug="analys")
    assert "Just nu finns inga lediga jobb i den här rollen." in main_text(client.get("/yrkesroller/analys/"))


def test_an_unknown_role_is_a_swedish_404(client):
    response = client.get("/yrkesroller/astronaut/")
    assert response.status_code == 404
    assert "Sidan kunde inte hittas" in text(response)


def test_queries_for_a_role_page_do_not_grow_with_its_jobs(client):
    role = make_role("It", slug="it")

    def count():
        with CaptureQueriesContext(connection) as queries:
            client.get("/yrkesroller/it/")
        return len(queries)

    make_job(role=role)
    few = count()
    for _ in range(15):
        make_job(role=role)
    assert count() == few


def test_colleagues_page_shows_the_film_with_its_text_version_open(client):
    Film.objects.create(
        name="Medarbetare", quote="Arbetet känns viktigt.", film_url="https://film.example/fk", film_minutes=3,
        transcript="Medarbetare berättar om sitt arbete.",
    )
    page = main(client.get("/medarbetare/"))
    html = text(page)
    assert headings(page, "h1") == ["Träffa våra medarbetare"]
    assert "Arbetet känns viktigt." in html
    transcript = one(page, "details")  # open without a click, and without JavaScript
    assert transcript.has_attr("open") and "Medarbetare berättar om sitt arbete." in text(transcript)
    assert "Länk till annan webbplats, öppnas i nytt fönster" in text(link(page, "Se filmen (3 minuter)"))
    assert link(page, "Se alla lediga jobb")["href"] == "/lediga-jobb/"


def test_a_testimonial_without_a_film_is_not_introduced_as_a_film(client, content):
    film = Film.objects.get()
    assert not film.film_url and film.film_minutes
    for address in ["/", "/medarbetare/"]:
        page = text(main(client.get(address)))
        assert film.quote in page
        assert "film" not in page.lower(), address
    film.film_url = "https://film.example/fk"
    film.save()
    page = text(main(client.get("/medarbetare/")))
    assert "Under varje film finns en textversion" in page and "Se filmen (3 minuter)" in page
    assert "Textversion av filmen" in text(main(client.get("/")))
