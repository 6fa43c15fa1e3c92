"""Similar jobs after every ad, open or closed: the order, one query, and the alert for them."""

from datetime import timedelta

import pytest
from django.utils import timezone

from careers.models import JobAd
from tests.factories import make_job, make_role
from tests.parse import headings, lines, link, links, main, main_text, one, parse

pytestmark = pytest.mark.django_db


def similar_titles(page):
    """The titles of the ads in the section "Liknande jobb", in order."""
    section = one(page, "section[aria-labelledby=liknande-jobb]")
    return [name for href, name in links(section) if href.startswith("/lediga-jobb/") and href[13:14].isdigit()]


@pytest.fixture
def ads():
    """An ad (Handläggare in Östersund, SSYK 3353) and other ads that share something with it, or nothing."""
    today = timezone.localdate()
    handlaggare = make_role("Handläggare", slug="handlaggare", ssyk_code="3353")
    utredare = make_role("Försäkringsutredare", slug="forsakringsutredare", ssyk_code="3353")
    it = make_role("It", slug="it", ssyk_code="2512")
    jurist = make_role("Jurist", slug="jurist")

    def ad(title, role, town, days_ago, **fields):
        return make_job(title, role=role, town=town, published_on=today - timedelta(days=days_ago), **fields)

    job = ad("Handläggare i Östersund", handlaggare, "Östersund", 3)
    ad("Samma roll, annan ort, äldre", handlaggare, "Malmö", 9)
    ad("Samma roll, annan ort, nyare", handlaggare, "Umeå", 2)
    ad("Samma roll och ort", handlaggare, "Östersund", 20)
    ad("Samma ort och yrkesgrupp", utredare, "Östersund", 30)
    ad("Samma ort", it, "Östersund", 1)
    ad("Samma yrkesgrupp", utredare, "Luleå", 1)
    ad("Inget gemensamt", jurist, "Visby", 1)
    ad("Samma roll men stängd", handlaggare, "Östersund", 40, last_day=today - timedelta(days=1))
    ad("Samma roll men utkast", handlaggare, "Östersund", 1, status=JobAd.Status.DRAFT)
    return job


def test_similar_jobs_come_by_role_then_town_then_ssyk_group_newest_first_among_equals(ads):
    today = timezone.localdate()
    found = [job.title for job in JobAd.objects.similar_to(ads, today, count=20)]
    assert found == [
        "Samma roll och ort",
        "Samma roll, annan ort, nyare", "Samma roll, annan ort, äldre",
        "Samma ort och yrkesgrupp",
        "Samma ort",
        "Samma yrkesgrupp",
    ]  # never the ad itself, a closed ad, a draft, or one with nothing in common


def test_the_similar_jobs_are_one_query(ads, django_assert_num_queries):
    with django_assert_num_queries(1):
        jobs = list(JobAd.objects.similar_to(ads, timezone.localdate()))
        assert [job.role.title for job in jobs]  # the cards show the role: fetched in the same query
    assert len(jobs) == 4


def test_a_role_without_ssyk_code_matches_no_group_by_its_empty_code():
    today = timezone.localdate()
    chef, analys = make_role("Chef", slug="chef"), make_role("Analytiker", slug="analys")
    job = make_job("Chef i Umeå", role=chef, town="Umeå")
    make_job("Analytiker i Gävle", role=analys, town="Gävle")
    assert list(JobAd.objects.similar_to(job, today)) == []


def test_an_open_ad_shows_four_similar_jobs_and_an_alert_for_its_role(client, ads):
    response = client.get(ads.get_absolute_url())
    assert response.status_code == 200
    assert "Liknande jobb" in headings(main(response), "h2")
    assert similar_titles(response) == [
        "Samma roll och ort", "Samma roll, annan ort, nyare", "Samma roll, annan ort, äldre",
        "Samma ort och yrkesgrupp"]
    assert link(main(response), "Bevaka liknande jobb")["href"] == "/lediga-jobb/bevakning/?yrkesroll=handlaggare"


def test_a_closed_ad_shows_the_similar_open_jobs_and_the_alert_link(client, ads):
    closed = JobAd.objects.get(title="Samma roll men stängd")
    response = client.get(closed.get_absolute_url())
    assert response.status_code == 410
    assert similar_titles(response)[:2] == ["Handläggare i Östersund", "Samma roll och ort"]
    assert link(main(response), "Bevaka liknande jobb")["href"] == "/lediga-jobb/bevakning/?yrkesroll=handlaggare"


def test_a_closed_ads_page_is_cached_with_its_similar_jobs_until_the_content_changes(
    client, ads, django_assert_num_queries
):
    closed = JobAd.objects.get(title="Samma roll men stängd")
    first = client.get(closed.get_absolute_url())
    with django_assert_num_queries(0):
        second = client.get(closed.get_absolute_url())
    assert second.status_code == 410 and second.content == first.content
    make_job("Samma roll, ny", role=ads.role, town="Östersund")  # a save: the page shows it at once
    assert "Samma roll, ny" in similar_titles(client.get(closed.get_absolute_url()))


def test_without_similar_jobs_the_page_says_so_and_still_offers_the_alert(client):
    job = make_job("Ensam annons", role=make_role("Jurist", slug="jurist"))
    html = main_text(client.get(job.get_absolute_url()))
    assert "Just nu finns det inga liknande lediga jobb." in html
    assert "Bevaka liknande jobb" in html


def test_the_alert_link_opens_the_sign_up_with_the_role_chosen(client, ads):
    href = link(main(client.get(ads.get_absolute_url())), "Bevaka liknande jobb")["href"]
    response = client.get(href)
    assert response.status_code == 200
    page = main(response)
    shown = lines(page)
    assert shown[shown.index("Jobb du får veta om") + 1] == "Handläggare"  # the filter in words, not "all jobs"
    assert one(page, "form.alert-form")["action"] == "/lediga-jobb/bevakning/?yrkesroll=handlaggare"
    assert parse(response).find("a", href="/lediga-jobb/?yrkesroll=handlaggare")
