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

pytestmark = pytest.mark.django_db


def main(response):
    html = response.content.decode()
    return html[html.index("<main"):html.index("</main>")]


def test_the_role_list_has_every_role_group_of_the_brief_each_with_its_page(client, content):
    html = main(client.get("/yrkesroller/"))
    assert "<h1>Våra yrkesroller</h1>" in html
    for title in ["Handläggare", "Utredare", "Chef", "It", "Juridik", "Ekonomi", "HR", "Kommunikation",
                  "Säkerhet", "Verksamhetsutveckling", "Analys"]:
        role = Role.objects.get(title=title)
        assert f'<a class="card__link" href="/yrkesroller/{role.slug}/">{title}</a>' in html
        page = main(client.get(role.get_absolute_url()))
        assert f"<h1>{title}</h1>" in page
        assert "Vad arbetet innebär" in page and "Vad arbetet kräver av dig" in page


def test_roles_keep_the_order_the_editors_gave_them_on_the_list_and_the_main_page(client, content):
    Role.objects.filter(slug="analys").update(order=0)
    Role.objects.filter(slug="handlaggare").update(order=99)
    for path in ["/yrkesroller/", "/"]:
        html = main(client.get(path))
        cards = re.findall(r'<a class="card__link" href="/yrkesroller/([^/]+)/">', html)
        assert cards[0] == "analys" and cards[-1] == "handlaggare", path
        assert cards[1:4] == ["utredare", "chef", "it"], path


def test_the_role_list_counts_open_jobs_per_role(client):
    it = make_role("It", slug="it")
    make_role("Juridik", slug="juridik")
    make_job(role=it)
    make_job(role=it)
    make_job(role=it, last_day=timezone.localdate() - timedelta(days=1))
    make_job(role=it, status=JobAd.Status.DRAFT)
    html = main(client.get("/yrkesroller/"))
    it_card = html[html.index('href="/yrkesroller/it/"'):html.index('href="/yrkesroller/juridik/"')]
    assert "2 lediga jobb" in it_card
    assert "ledig" not in html[html.index('href="/yrkesroller/juridik/"'):html.index("</ul>")]


def test_a_role_shows_what_the_work_is_asks_and_its_open_jobs_only(client):
    it = make_role("It", slug="it", description="Du *utvecklar* system.", requirements="- Java\n- samarbete")
    other = make_role("Juridik", slug="juridik")
    make_job("Systemutvecklare", role=it)
    make_job("Stängd", role=it, last_day=timezone.localdate() - timedelta(days=1))
    make_job("Utkast", role=it, status=JobAd.Status.DRAFT)
    make_job("Jurist", role=other)
    html = main(client.get("/yrkesroller/it/"))
    assert "<h2 id=\"arbetet\">Vad arbetet innebär</h2>" in html and "<em>utvecklar</em>" in html
    assert "<h2 id=\"krav\">Vad arbetet kräver av dig</h2>" in html and "<li>Java</li>" in html
    assert "Lediga jobb i den här rollen" in html
    assert "Systemutvecklare" in html
    for absent in ("Stängd", "Utkast", "Jurist"):
        assert absent not in html
    assert '<a href="/lediga-jobb/?yrkesroll=it">Sök bland de lediga jobben</a>' in html
    assert 'href="/lediga-jobb/feed/?yrkesroll=it"' in html


def test_a_role_without_open_jobs_says_so(client):
    make_role("Analys", slug="analys")
    assert "Just nu finns inga lediga jobb i den här rollen." in main(client.get("/yrkesroller/analys/"))


def test_an_unknown_role_is_a_swedish_404(client):
    response = client.get("/yrkesroller/astronaut/")
    assert response.status_code == 404
    assert "Sidan kunde inte hittas" in response.content.decode()


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
    html = main(client.get("/medarbetare/"))
    assert "<h1>Träffa våra medarbetare</h1>" in html
    assert "Arbetet känns viktigt." in html
    assert '<details class="transcript" open>' in html and "Medarbetare berättar om sitt arbete." in html
    assert "Se filmen (3 minuter)" in html and "Länk till annan webbplats, öppnas i nytt fönster" in html
    assert '<a href="/lediga-jobb/">Se alla lediga jobb</a>' in html
