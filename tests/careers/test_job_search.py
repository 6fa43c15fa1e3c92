"""Finding jobs: Swedish search on PostgreSQL and SQLite alike, the filters, the orders, the feed and the cache.

Every test here runs on the database the run is configured with; CI runs the
suite on SQLite and again on PostgreSQL, so each case is proven on both. The
index test needs PostgreSQL itself and runs in the PostgreSQL run.
"""

from datetime import timedelta
from xml.etree import ElementTree

import pytest
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from careers import search
from careers.models import JobAd
from tests.factories import copy_of, make_job, make_role
from tests.parse import ad_titles, label, one, parse, submitted, text

pytestmark = pytest.mark.django_db


def main(response):
    html = response.content.decode()
    return html[html.index("<main"):html.index("</main>")]


@pytest.fixture
def examples():
    """Ads named like the example ads, each with a different mix of terms."""
    today = timezone.localdate()
    handlaggare, ekonomi, analys = (make_role("Handläggare", slug="handlaggare"),
                                    make_role("Ekonomi", slug="ekonomi"), make_role("Analys", slug="analys"))
    make_job("Handläggare inom föräldraförsäkringen", role=handlaggare, town="Göteborg",
             duties="Du utreder ansökningar om föräldrapenning.", remote=JobAd.Remote.PARTLY,
             published_on=today - timedelta(days=7), last_day=today + timedelta(days=14))
    make_job("Controller", role=ekonomi, town="Stockholm", duties="Du arbetar med budget och prognoser.",
             published_on=today - timedelta(days=18), last_day=today + timedelta(days=3))
    make_job("Analytiker inom socialförsäkringen", role=analys, town="Gävle", extent=JobAd.Extent.PART_TIME,
             duties="Du gör analyser av försäkringarna.", employment_form=JobAd.EmploymentForm.FIXED_TERM,
             duration="Ett år", remote=JobAd.Remote.FULLY,
             published_on=today - timedelta(days=2), last_day=today + timedelta(days=30))


# Swedish search

@pytest.mark.parametrize(("query", "found"), [
    ("handläggaren", ["Handläggare inom föräldraförsäkringen"]),
    ("controllern", ["Controller"]),
    ("analytikern", ["Analytiker inom socialförsäkringen"]),
    ("Handläggarna", ["Handläggare inom föräldraförsäkringen"]),
    ("föräldraförsäkring", ["Handläggare inom föräldraförsäkringen"]),
    ("GÖTEBORG", ["Handläggare inom föräldraförsäkringen"]),         # the town, in any case
    ("ekonomi", ["Controller"]),                                      # the role's title
    ("prognoserna", ["Controller"]),                                  # the ad's text
    ("handläggare i göteborg", ["Handläggare inom föräldraförsäkringen"]),  # "i" is a stop word
    ("controller göteborg", []),                                      # every word must match
    ("100%", []),
    ("och", []),                                                      # only a stop word
])
def test_word_forms_find_the_ad_on_this_database(client, examples, query, found):
    assert ad_titles(client.get("/lediga-jobb/", {"q": query})) == found


@pytest.mark.parametrize(("query", "found"), [
    ("FK 2025/013519", ["Jurist/utredare"]),
    ("2025/013519", ["Jurist/utredare"]),
    ("013519", ["Jurist/utredare"]),                       # a part of the reference number
    ("2025-013519", ["Jurist/utredare"]),                  # written with another separator
    ("fk-2025/013519", ["Jurist/utredare"]),
    ("2025/999999", []),
    ("utredaren", ["Jurist/utredare"]),                    # one word of a title written with a slash
    ("jurist/utredare", ["Jurist/utredare"]),
    ("https://www.forsakringskassan.se/jobb", ["Jurist/utredare"]),  # an address in the text, whole
    ("forsakringskassan.se", ["Jurist/utredare"]),         # or in part
    ("jobb", ["Jurist/utredare"]),
    ("rekrytering@forsakringskassan.se", ["Jurist/utredare"]),  # an e-mail address, whole
    ("rekrytering", ["Jurist/utredare"]),                  # or in part
    ("e-tjänsterna", ["Jurist/utredare"]),                 # a hyphenated word
    ("tjänster", ["Jurist/utredare"]),
])
def test_reference_numbers_addresses_and_joined_words_are_found_whole_or_in_part(client, query, found):
    # PostgreSQL's parser keeps "2025/013519", an address or "jurist/utredare" as one token where
    # SQLite's words split them: both databases must find the ad for the whole and for its parts.
    make_job("Jurist/utredare", reference="FK 2025/013519",
             duties="Du utvecklar våra e-tjänster. Läs mer på https://www.forsakringskassan.se/jobb "
                    "eller skriv till rekrytering@forsakringskassan.se.")
    make_job("Handläggare", reference="FK 2024/000042", duties="Du handlägger ärenden om bostadsbidrag.")
    assert ad_titles(client.get("/lediga-jobb/", {"q": query})) == found


def test_title_ranks_over_role_and_town_over_the_text(client):
    today = timezone.localdate()
    # Oldest first, so that the newest-first order would be the reverse of the relevance order.
    make_job("Utredare av felaktiga utbetalningar", published_on=today - timedelta(days=9))
    make_job("Jurist", role=make_role("Utredare", slug="utredare"), published_on=today - timedelta(days=8))
    make_job("Analytiker", duties="Du samarbetar med en utredare.", published_on=today - timedelta(days=7))
    ranked = ["Utredare av felaktiga utbetalningar", "Jurist", "Analytiker"]
    assert ad_titles(client.get("/lediga-jobb/", {"q": "utredaren"})) == ranked
    assert ad_titles(client.get("/lediga-jobb/", {"q": "utredaren", "sortering": "relevans"})) == ranked
    assert ad_titles(client.get("/lediga-jobb/", {"q": "utredaren", "sortering": "senaste"})) == ranked[::-1]


def test_search_text_is_tagged_stems_for_sqlite():
    assert search.search_text("Handläggare", "Handläggare Östersund", "Du utreder i Östersund.") == (
        " a:handlägg b:handlägg b:östersund c:utred c:östersund ")


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's own index; runs in the PostgreSQL run")
def test_postgresql_searches_through_its_gin_index(examples):
    with connection.cursor() as cursor:
        cursor.execute("SELECT indexdef FROM pg_indexes WHERE indexname = 'careers_jobad_search'")
        (definition,) = cursor.fetchone()
        assert "USING gin (search_document)" in definition
        cursor.execute("SET LOCAL enable_seqscan = off")
        sql, params = JobAd.objects.search("handläggaren").only("pk").query.sql_with_params()
        cursor.execute(f"EXPLAIN {sql}", params)
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert "careers_jobad_search" in plan


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's own document; runs in the PostgreSQL run")
def test_postgresql_keeps_the_document_of_every_ad_however_it_is_written(examples):
    # Migration 0012's trigger writes `search_document`; search.vector() says what it must be.
    def stale():  # compared as text: the field's = is a match (@@), not equality
        rows = JobAd.objects.annotate(expected=search.vector()).values_list("title", "search_document", "expected")
        return [title for title, document, expected in rows if document != expected]

    assert JobAd.objects.filter(search_document__isnull=True).count() == 0
    assert stale() == []
    ad = JobAd.objects.get(title="Controller")
    JobAd.objects.filter(pk=ad.pk).update(merits="Du har arbetat med budget.")  # no save()
    ad.role.title = "Ekonomistyrning"
    ad.role.save()  # updates its ads' copy of the title
    JobAd.objects.bulk_create([copy_of(ad, reference="FK 2099/1", status=JobAd.Status.DRAFT)])
    assert stale() == []
    assert set(JobAd.objects.search("budgeten").values_list("title", flat=True)) == {"Controller"}


def test_a_role_renamed_is_found_by_its_new_title(client, examples):
    role = JobAd.objects.get(title="Controller").role
    role.title = "Ekonomistyrning"
    role.save()
    assert ad_titles(client.get("/lediga-jobb/", {"q": "ekonomistyrningen"})) == ["Controller"]
    assert ad_titles(client.get("/lediga-jobb/", {"q": "ekonomi"})) == []


def test_nothing_found_suggests_the_nearest_known_word(client, examples):
    html = main(client.get("/lediga-jobb/", {"q": "kontroller", "ort": "Stockholm"}))
    assert "0 lediga jobb" in html
    assert 'Menade du <a class="anchor" href="?q=controller&amp;ort=Stockholm">controller</a>?' in html
    assert ad_titles(client.get("/lediga-jobb/", {"q": "controller", "ort": "Stockholm"})) == ["Controller"]
    assert "Menade du" not in main(client.get("/lediga-jobb/", {"q": "zzzzqqq"}))
    assert "Menade du" not in main(client.get("/lediga-jobb/", {"q": "controller"}))


# The other filters and the orders

@pytest.mark.parametrize(("query", "found"), [
    ({"anstallningsform": "tillsvidare"}, {"Handläggare inom föräldraförsäkringen", "Controller"}),
    ({"anstallningsform": "visstid"}, {"Analytiker inom socialförsäkringen"}),
    ({"omfattning": "heltid"}, {"Handläggare inom föräldraförsäkringen", "Controller"}),
    ({"omfattning": "deltid"}, {"Analytiker inom socialförsäkringen"}),
    ({"distans": "pa-plats"}, {"Controller"}),
    ({"distans": "delvis"}, {"Handläggare inom föräldraförsäkringen"}),
    ({"distans": "helt"}, {"Analytiker inom socialförsäkringen"}),
    ({"anstallningsform": "tillsvidare", "omfattning": "heltid", "distans": "delvis"},
     {"Handläggare inom föräldraförsäkringen"}),
    ({"anstallningsform": "tillsvidare", "q": "budget"}, {"Controller"}),
    ({"omfattning": "deltid", "yrkesroll": "analys", "ort": "Gävle", "q": "analytikern", "distans": "helt",
      "anstallningsform": "visstid", "sortering": "sista-ansokningsdag", "page": "1"},
     {"Analytiker inom socialförsäkringen"}),
    ({"omfattning": "deltid", "yrkesroll": "ekonomi"}, set()),
    ({"distans": "helt", "ort": "Göteborg"}, set()),
])
def test_each_filter_alone_and_combined(client, examples, query, found):
    assert set(ad_titles(client.get("/lediga-jobb/", query))) == found


@pytest.mark.parametrize(("order", "expected"), [
    ("", ["Analytiker inom socialförsäkringen", "Handläggare inom föräldraförsäkringen", "Controller"]),
    ("senaste", ["Analytiker inom socialförsäkringen", "Handläggare inom föräldraförsäkringen", "Controller"]),
    ("relevans", ["Analytiker inom socialförsäkringen", "Handläggare inom föräldraförsäkringen", "Controller"]),
    ("sista-ansokningsdag", ["Controller", "Handläggare inom föräldraförsäkringen",
                             "Analytiker inom socialförsäkringen"]),
])
def test_each_order(client, examples, order, expected):
    assert ad_titles(client.get("/lediga-jobb/", {"sortering": order} if order else {})) == expected


def test_an_order_combines_with_filters_and_pages(client):
    role = make_role("Handläggare", slug="handlaggare")
    today = timezone.localdate()
    for number in range(12):
        make_job(f"Handläggare {number:02d}", role=role, town="Umeå", published_on=today - timedelta(days=number),
                 last_day=today + timedelta(days=20 - number))
    make_job("Handläggare på deltid", role=role, town="Umeå", extent=JobAd.Extent.PART_TIME)
    query = {"yrkesroll": "handlaggare", "omfattning": "heltid", "sortering": "sista-ansokningsdag"}
    first = client.get("/lediga-jobb/", query)
    assert ad_titles(first) == [f"Handläggare {n:02d}" for n in range(11, 1, -1)]
    assert ('href="?yrkesroll=handlaggare&amp;omfattning=heltid&amp;sortering=sista-ansokningsdag&amp;page=2"'
            in first.content.decode())
    assert ad_titles(client.get("/lediga-jobb/", query | {"page": "2"})) == ["Handläggare 01", "Handläggare 00"]


@pytest.mark.parametrize(("name", "message"), [
    ("anstallningsform", "Den anställningsformen finns inte. Välj en i listan."),
    ("omfattning", "Den omfattningen finns inte. Välj en i listan."),
    ("distans", "Det valet för distansarbete finns inte. Välj ett i listan."),
    ("sortering", "Jobben kan inte sorteras så. Välj en sortering i listan."),
])
@pytest.mark.parametrize("value", ["okänd", "x" * 5000, "'; DROP TABLE careers_jobad; --"])
def test_an_unknown_value_gives_a_normal_page_with_a_swedish_message(client, examples, name, message, value):
    response = client.get("/lediga-jobb/", {name: value, "q": "controllern"})
    assert response.status_code == 200
    html = main(response)
    assert message in html and 'aria-invalid="true"' in html
    assert ad_titles(response) == ["Controller"]  # the other filters still apply
    feed = client.get("/lediga-jobb/feed/", {name: value})
    assert feed.status_code == 200


def test_the_form_offers_the_new_filters_and_keeps_their_state(client, examples):
    page = parse(client.get("/lediga-jobb/", {"anstallningsform": "visstid", "omfattning": "deltid",
                                              "distans": "helt", "sortering": "sista-ansokningsdag"}))
    assert [label(page, f"id_{name}") for name in ("anstallningsform", "omfattning", "distans", "sortering")] == [
        "Anställningsform", "Omfattning", "Distansarbete", "Sortering"]
    form = one(page, 'form[method="get"]:has(#id_sortering)')
    chosen = submitted(form)
    assert {name: chosen[name] for name in ("anstallningsform", "omfattning", "distans", "sortering")} == {
        "anstallningsform": ["visstid"], "omfattning": ["deltid"], "distans": ["helt"],
        "sortering": ["sista-ansokningsdag"]}
    options = {option["value"]: text(option) for option in one(page, "#id_sortering").find_all("option")}
    assert options["relevans"] == "Bästa träff"
    assert options["sista-ansokningsdag"] == "Sista ansökningsdag, närmast först"
    assert "senaste" in options
    assert text(one(page, '#id_distans option[value="helt"]')) == "Helt på distans"


# The feed and the page cache

def test_the_feed_honours_the_filters_and_the_order(client, examples):
    def entries(**query):
        feed = ElementTree.fromstring(client.get("/lediga-jobb/feed/", query).content)
        return [entry.findtext("{http://www.w3.org/2005/Atom}title")
                for entry in feed.findall("{http://www.w3.org/2005/Atom}entry")]

    assert entries(anstallningsform="tillsvidare", sortering="sista-ansokningsdag") == [
        "Controller, Stockholm", "Handläggare inom föräldraförsäkringen, Göteborg"]
    assert entries(distans="helt") == ["Analytiker inom socialförsäkringen, Gävle"]
    assert entries(q="handläggaren", omfattning="heltid") == ["Handläggare inom föräldraförsäkringen, Göteborg"]
    html = client.get("/lediga-jobb/", {"distans": "helt", "omfattning": "x"}).content.decode()
    assert 'href="/lediga-jobb/feed/?distans=helt"' in html


def test_the_page_cache_stores_and_separates_the_new_filters(client, examples):
    query = {"anstallningsform": "visstid", "omfattning": "deltid", "distans": "helt", "sortering": "senaste"}
    cache.clear()
    client.get("/lediga-jobb/", query)
    with CaptureQueriesContext(connection) as queries:
        cached = client.get("/lediga-jobb/", query)
    assert len(queries) == 0 and ad_titles(cached) == ["Analytiker inom socialförsäkringen"]
    assert len(ad_titles(client.get("/lediga-jobb/", query | {"distans": "delvis"}))) == 0
    feed = client.get("/lediga-jobb/feed/", {"distans": "helt"})
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/lediga-jobb/feed/", {"distans": "helt"}).content == feed.content
    assert len(queries) == 0


# Queries stay fixed

def test_the_list_makes_as_many_queries_for_3_as_for_2000_open_ads(db):
    def count(query):
        cache.clear()  # and a client of its own: a middleware chain that has kept no page either
        with CaptureQueriesContext(connection) as queries:
            assert Client().get("/lediga-jobb/", query).status_code == 200
        return len(queries)

    role = make_role("Handläggare", slug="handlaggare")
    for number in range(3):
        make_job(f"Handläggare {number}", role=role, town=f"Ort {number}")
    queries = [{}, {"q": "handläggaren", "distans": "pa-plats", "sortering": "sista-ansokningsdag", "page": "1"},
               {"q": "handläggren"}]  # the last finds nothing and asks for a suggestion
    few = [count(query) for query in queries]
    template = JobAd.objects.first()
    JobAd.objects.bulk_create([copy_of(template, reference=f"FK 2099/{n:06d}", town=f"Ort {n % 50}")
                               for n in range(100, 2097)])
    assert JobAd.objects.open(timezone.localdate()).count() == 2000
    assert [count(query) for query in queries] == few
    # Roles, places, count, the page of ads, the next publication time and, the cache being
    # empty, the content version (see test_jobs.py).
    assert few[0] <= 6
