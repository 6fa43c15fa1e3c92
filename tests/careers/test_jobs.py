"""Job ads: who sees them when, the list with its filters and pages, the ad, 410 Gone and the JSON-LD."""

import json
import re
from datetime import date, timedelta

import pytest
from django.contrib.auth.models import AnonymousUser, User
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import IntegrityError, connection, transaction
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from careers.forms import JobFilterForm
from careers.models import JobAd
from careers.templatetags.careers import OnceNode
from careers.views import JobListView
from tests.clock import at
from tests.factories import day, make_hr_editor, make_job, make_jobs_in_two_roles, make_role
from tests.parse import (
    ad_titles,
    body,
    headings,
    label,
    lines,
    link,
    main,
    main_text,
    one,
    parse,
    submitted,
    text,
)

pytestmark = pytest.mark.django_db


# Who sees an ad, and when

def test_open_is_published_started_and_not_past_its_last_day():
    today = day("2025-07-10")
    make_job("Öppen", published_on=day("2025-07-01"), last_day=day("2025-07-20"))
    make_job("Sista dagen", published_on=day("2025-07-01"), last_day=today)
    make_job("Publiceras i dag", published_on=today, last_day=day("2025-07-20"))
    make_job("Stängd i går", published_on=day("2025-07-01"), last_day=day("2025-07-09"))
    make_job("Publiceras i morgon", published_on=day("2025-07-11"), last_day=day("2025-07-20"))
    make_job("Utkast", published_on=day("2025-07-01"), last_day=day("2025-07-20"), status=JobAd.Status.DRAFT)
    assert set(JobAd.objects.open(today).values_list("title", flat=True)) == {
        "Öppen", "Sista dagen", "Publiceras i dag"}
    assert list(JobAd.objects.closed(today).values_list("title", flat=True)) == ["Stängd i går"]


@pytest.mark.parametrize(("utc", "listed", "status"), [
    ((2025, 7, 10, 21, 59), True, 200),   # 23:59 in Stockholm (summer time): still the last day
    ((2025, 7, 10, 22, 0), False, 410),   # 00:00 on 11 July in Stockholm, though still 10 July in UTC
    ((2025, 7, 10, 23, 30), False, 410),
])
def test_an_ad_is_open_through_its_whole_last_day_in_stockholm(client, time_machine, utc, listed, status):
    job = make_job("Utredare", published_on=day("2025-07-01"), last_day=day("2025-07-10"))
    at(time_machine, *utc)
    assert ("Utredare" in ad_titles(client.get("/lediga-jobb/"))) is listed
    assert client.get(job.get_absolute_url()).status_code == status


def test_the_winter_boundary_is_at_stockholm_midnight_too(client, time_machine):
    job = make_job("Controller", published_on=day("2025-12-01"), last_day=day("2025-12-31"))
    at(time_machine, 2025, 12, 31, 22, 59)  # 23:59 in Stockholm (UTC+1)
    assert client.get(job.get_absolute_url()).status_code == 200
    cache.clear()  # a real minute later the cached page would have expired at midnight
    at(time_machine, 2025, 12, 31, 23, 0)
    assert client.get(job.get_absolute_url()).status_code == 410


# The ad

def test_the_ad_shows_every_fact_and_the_notes_about_applying(client):
    role = make_role("It", slug="it")
    job = make_job("Systemutvecklare Java", role=role, town="Sundsvall", reference="FK 2025/014518",
                   employment_form=JobAd.EmploymentForm.FIXED_TERM, extent=JobAd.Extent.PART_TIME,
                   published_on=day("2025-06-25"), last_day=timezone.localdate() + timedelta(days=3),
                   apply_url="https://rekrytering.example/annons/14518",
                   duties="Du utvecklar **system**.\n\n- Java\n- tester")
    page = main(client.get(job.get_absolute_url()))
    html = lines(page)
    assert headings(page, "h1") == ["Systemutvecklare Java"]
    assert link(page, "It")["href"] == "/yrkesroller/it/"
    for fact in ["Yrkesroll", "It", "Ort", "Sundsvall", "Anställningsform", "Tidsbegränsad anställning", "Omfattning",
                 "Deltid", "Diarienummer", "FK 2025/014518", "Publicerad", "25 juni 2025", "Sista ansökningsdag",
                 "Java"]:
        assert fact in html, fact
    assert text(one(page, "strong")) == "system"  # the description's Markdown, rendered
    apply = link(page, "Sök jobbet")
    assert apply["href"] == "https://rekrytering.example/annons/14518"
    assert apply["target"] == "_blank" and apply["rel"] == ["noopener", "noreferrer"]
    assert "Länk till annan webbplats, öppnas i nytt fönster" in text(apply)
    html = text(page)
    assert "allmän handling" in html
    assert "skyddade personuppgifter" in html and "Skicka då inte din ansökan via rekryteringssystemet" in html


def test_the_last_day_says_today_on_the_last_day(client):
    job = make_job(last_day=timezone.localdate())
    assert "i dag, " in main_text(client.get(job.get_absolute_url()))


def test_a_wrong_slug_redirects_permanently_to_the_right_address(client):
    job = make_job("Controller", slug="controller")
    response = client.get(f"/lediga-jobb/{job.pk}-gammal-rubrik/")
    assert response.status_code == 301
    assert response["Location"] == f"/lediga-jobb/{job.pk}-controller/"


def test_an_expired_ad_answers_410_with_a_swedish_page_that_links_to_the_list(client):
    job = make_job("Controller", last_day=timezone.localdate() - timedelta(days=1))
    response = client.get(job.get_absolute_url())
    assert response.status_code == 410
    html = main_text(response)
    assert "Annonsen är inte längre aktuell" in html
    assert "Det går inte längre att söka jobbet" in html and "Controller" in html
    assert link(main(response), "Se alla lediga jobb")["href"] == "/lediga-jobb/"
    assert one(response, 'meta[name="robots"]')["content"] == "noindex"


@pytest.mark.parametrize("kind", ["draft", "future", "unknown"])
def test_an_unpublished_or_unknown_ad_is_a_swedish_404(client, kind):
    today = timezone.localdate()
    if kind == "draft":
        url = make_job(status=JobAd.Status.DRAFT).get_absolute_url()
    elif kind == "future":
        url = make_job(published_on=today + timedelta(days=1), last_day=today + timedelta(days=9)).get_absolute_url()
    else:
        url = "/lediga-jobb/99999-finns-inte/"
    response = client.get(url)
    assert response.status_code == 404
    assert "Sidan kunde inte hittas" in text(response)


def test_a_draft_expired_ad_is_not_gone_but_unknown(client):
    """Only ads that were once public answer 410; a draft never was."""
    job = make_job(status=JobAd.Status.DRAFT, last_day=timezone.localdate() - timedelta(days=1))
    assert client.get(job.get_absolute_url()).status_code == 404


def test_an_editor_previews_a_draft_and_the_preview_is_never_cached(client):
    job = make_job("Statistiker", status=JobAd.Status.DRAFT)
    client.force_login(make_hr_editor())
    response = client.get(job.get_absolute_url())
    assert response.status_code == 200
    html = main_text(response)
    assert "Förhandsvisning." in html and "Annonsen är ett utkast. Besökare kan inte se den." in html
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
    assert one(response, 'meta[name="robots"]')["content"] == "noindex"
    client.logout()
    assert client.get(job.get_absolute_url()).status_code == 404


def test_an_editor_previews_an_expired_ad_and_is_told_why_visitors_do_not_see_it(client):
    job = make_job(last_day=timezone.localdate() - timedelta(days=1))
    client.force_login(make_hr_editor())
    assert "Sista ansökningsdagen har passerat" in main_text(client.get(job.get_absolute_url()))


def test_a_logged_in_user_without_the_permission_gets_no_preview(client):
    job = make_job(status=JobAd.Status.DRAFT)
    client.force_login(User.objects.create_user("besokare", password="ett långt lösenord"))
    assert client.get(job.get_absolute_url()).status_code == 404


# JSON-LD

def json_ld(response):
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', body(response), re.DOTALL)
    assert len(blocks) == 1
    return json.loads(blocks[0]), blocks[0]


def test_json_ld_cannot_be_broken_out_of_by_an_editor(client):
    nasty = "</script><script>alert(1)</script> & <!--"
    job = make_job(title=nasty, town="Malmö <b>", duties=nasty)
    data, raw = json_ld(client.get(job.get_absolute_url()))
    assert "<" not in raw and ">" not in raw and "&" not in raw
    assert data["title"] == nasty and data["jobLocation"]["address"]["addressLocality"] == "Malmö <b>"


# Publishing rules

def test_a_published_reference_number_is_unique_with_a_swedish_message():
    make_job(reference="FK 2025/000001")
    copy = JobAd(title="Kopia", slug="kopia", role=make_role("Chef", slug="chef"), town="Umeå",
                 reference="FK 2025/000001", last_day=date(2030, 1, 1), apply_url="https://rekrytering.example/1",
                 duties="Text.", qualifications="- en examen", status=JobAd.Status.PUBLISHED)
    with pytest.raises(ValidationError) as error:
        copy.full_clean()
    assert "En publicerad annons har redan det här diarienumret." in str(error.value)
    copy.status = JobAd.Status.DRAFT
    copy.full_clean()  # a draft may share it while it is prepared
    copy.save()
    with pytest.raises(IntegrityError), transaction.atomic():
        JobAd.objects.filter(pk=copy.pk).update(status=JobAd.Status.PUBLISHED)


def test_the_last_day_cannot_be_before_the_published_date_and_the_address_must_be_https():
    job = make_job()
    job.published_on, job.last_day = date(2025, 7, 10), date(2025, 7, 9)
    job.apply_url = "http://rekrytering.example/1"
    with pytest.raises(ValidationError) as error:
        job.full_clean()
    assert "Sista ansökningsdagen kan inte vara före publiceringsdatumet." in str(error.value)
    assert "Adressen måste börja med https://." in str(error.value)


# The list

def test_the_list_counts_the_open_ads_in_swedish(client):
    assert "Just nu finns inga lediga jobb" in main_text(client.get("/lediga-jobb/"))
    make_job()
    assert "1 ledigt jobb" in main_text(client.get("/lediga-jobb/"))
    make_job()
    make_job(last_day=timezone.localdate() - timedelta(days=1))
    make_job(status=JobAd.Status.DRAFT)
    page = main(client.get("/lediga-jobb/"))
    assert "2 lediga jobb" in text(page)
    assert headings(page, "h1") == ["Lediga jobb"]


@pytest.fixture
def ads():
    make_jobs_in_two_roles()


@pytest.mark.parametrize(("query", "expected"), [
    ("", {"Systemutvecklare Java", "Testledare", "HR-specialist", "Lönespecialist"}),
    ("?yrkesroll=it", {"Systemutvecklare Java", "Testledare"}),
    ("?ort=Sundsvall", {"Systemutvecklare Java", "HR-specialist"}),
    ("?yrkesroll=it&ort=Sundsvall", {"Systemutvecklare Java"}),
    ("?q=java", {"Systemutvecklare Java"}),
    ("?q=ÖSTERSUND", {"Testledare", "Lönespecialist"}),        # the town, in any case, beyond ASCII
    ("?q=östersund+löner", {"Lönespecialist"}),                  # every word must match
    ("?q=hr", {"HR-specialist", "Lönespecialist"}),              # the role's title too
    ("?yrkesroll=hr&ort=Östersund&q=löner", {"Lönespecialist"}),
    ("?yrkesroll=it&q=rehabilitering", set()),
    ("?q=100%25", set()),                                        # % and _ are not wildcards
])
def test_filters_combine(client, ads, query, expected):
    assert set(ad_titles(client.get("/lediga-jobb/" + query))) == expected


def test_the_form_keeps_its_state_and_offers_only_places_with_open_jobs(client, ads):
    make_job("Stängd", town="Kiruna", last_day=timezone.localdate() - timedelta(days=1))
    page = main(client.get("/lediga-jobb/?yrkesroll=it&ort=Sundsvall&q=java"))
    form = one(page, "form")
    assert (form["method"], form["action"]) == ("get", "/lediga-jobb/")
    assert submitted(form) == {"yrkesroll": ["it"], "ort": ["Sundsvall"], "q": ["java"], "anstallningsform": [""],
                               "omfattning": [""], "distans": [""], "sortering": ["relevans"]}
    assert text(one(form, 'option[value="it"]')) == "It"
    assert text(one(form, 'option[value="Sundsvall"]')) == "Sundsvall"
    assert "Kiruna" not in text(page)
    assert link(page, "Rensa alla filter")["href"] == "/lediga-jobb/"
    assert label(form, "id_q") == "Sök" and label(form, "id_ort") == "Ort"


def test_the_filter_fields_follow_the_roles_and_places_on_offer(client):
    # The fields are drawn once per process for the values asked for and the choices offered
    # (templates/careers/jobad_list.html): a new role, a new place and a renamed role show at once.
    def offered(name):
        return [text(option) for option in parse(client.get("/lediga-jobb/")).select(f'select[name="{name}"] option')]

    utredare = make_role("Utredare")
    make_job(role=utredare, town="Visby")
    assert (offered("yrkesroll"), offered("ort")) == (["Alla yrkesroller", "Utredare"], ["Alla orter", "Visby"])
    make_job(role=utredare, town="Kiruna")  # a new place alone
    assert offered("ort") == ["Alla orter", "Kiruna", "Visby"]
    make_job(role=make_role("Jurist"), town="Visby")  # a new role alone
    assert offered("yrkesroll") == ["Alla yrkesroller", "Jurist", "Utredare"]
    utredare.title = "Försäkringsutredare"
    utredare.save()
    assert offered("yrkesroll") == ["Alla yrkesroller", "Försäkringsutredare", "Jurist"]


def test_no_hits_says_so_and_offers_all_jobs(client, ads):
    page = main(client.get("/lediga-jobb/?q=astronaut"))
    assert "0 lediga jobb" in text(page)
    assert "Inga lediga jobb passar det du har valt" in text(page)
    assert link(page, "Visa alla lediga jobb")["href"] == "/lediga-jobb/"


@pytest.mark.parametrize(("query", "message"), [
    ("?yrkesroll=astronaut", "Den yrkesrollen finns inte. Välj en yrkesroll i listan."),
    ("?ort=Kiruna", "Det finns inga lediga jobb på den orten just nu. Välj en ort i listan."),
    ("?q=" + "x" * 10_000, "Skriv högst 100 tecken."),
    ("?yrkesroll=" + "å" * 5_000 + "&ort[]=1", "Den yrkesrollen finns inte."),
])
def test_garbage_in_a_filter_gives_a_normal_page_with_a_message_and_all_jobs(client, ads, query, message):
    response = client.get("/lediga-jobb/" + query)
    assert response.status_code == 200
    page = main(response)
    assert message in text(page)
    assert page.select('[aria-invalid="true"]')  # the field that is wrong says so to a screen reader
    assert "4 lediga jobb" in text(page)


def test_a_bad_filter_is_dropped_but_the_good_ones_still_apply(client, ads):
    found = ad_titles(client.get("/lediga-jobb/?yrkesroll=it&ort=Kiruna"))
    assert set(found) == {"Systemutvecklare Java", "Testledare"}


def test_the_filter_fields_are_drawn_once_per_value_of_the_forms_own_fields(rf, ads):
    # The view itself, without the page cache in front: the bound is the store's own.
    OnceNode.clear()

    def entries_after(url):
        request = rf.get(url)
        request.user = AnonymousUser()
        JobListView.as_view()(request).render()
        return sum(len(node.store) for node in OnceNode.nodes if node.origin.template_name == "careers/jobad_list.html")

    fields = len(JobFilterForm.base_fields)
    assert entries_after("/lediga-jobb/?q=java") == fields
    for number in range(1500):  # a campaign link's click id, or a parameter no field reads
        assert entries_after(f"/lediga-jobb/?q=java&fbclid=IwAR{number}&utm_source=nyhetsbrev&gissa={number}") == fields
    # A new search word draws the search field anew, and none of the lists beside it.
    assert entries_after("/lediga-jobb/?q=system") == fields + 1
    assert entries_after("/lediga-jobb/?q=system&distans=delvis") == fields + 2


def test_queries_per_list_page_do_not_grow_with_the_number_of_ads(client, django_assert_max_num_queries):
    def count(url):
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        cache.clear()
        return len(queries)

    role = make_role("It", slug="it")
    for number in range(3):
        make_job(f"Annons {number}", role=role, town=f"Ort {number}")
    few = count("/lediga-jobb/?yrkesroll=it&q=annons")
    for number in range(3, 30):
        make_job(f"Annons {number}", role=role, town=f"Ort {number}")
    many = count("/lediga-jobb/?yrkesroll=it&q=annons")
    assert few == many
    # Roles, places, count, the page of ads, and the page cache's look at the next publication time;
    # and, the cache being empty, its content version (read from the database once per lease, issue 15).
    with django_assert_max_num_queries(6):
        client.get("/lediga-jobb/?yrkesroll=it&q=annons&page=2")


def test_the_list_links_its_feed_with_the_same_filters(client, ads):
    page = parse(client.get("/lediga-jobb/?yrkesroll=it&ort=Kiruna"))
    feed = one(page, 'link[rel="alternate"][type="application/atom+xml"]')
    assert (feed["type"], feed["title"], feed["href"]) == (
        "application/atom+xml", "Lediga jobb på Försäkringskassan", "/lediga-jobb/feed/?yrkesroll=it")
    assert link(page, "Bevaka de här jobben i en flödesläsare (Atom)")["href"] == "/lediga-jobb/feed/?yrkesroll=it"


def test_the_list_is_cached_for_anonymous_visitors_and_a_new_ad_shows_at_once(client, ads):
    client.get("/lediga-jobb/")
    make_job("Ny annons")
    assert "Ny annons" in ad_titles(client.get("/lediga-jobb/"))


def test_the_ad_list_and_robots_answer_head_requests_too(client):
    job = make_job()
    for url in (job.get_absolute_url(), "/lediga-jobb/", "/lediga-jobb/feed/", "/robots.txt", "/sitemap.xml"):
        assert client.head(url).status_code == 200, url
    assert client.post(job.get_absolute_url()).status_code == 405
