"""Where a recruitment stands after the last day: the status HR sets, the closed ad's page and /lediga-jobb/status/."""

from datetime import timedelta

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.urls import reverse
from django.utils import timezone

from careers.models import JobAd
from tests.clock import at
from tests.editors import form_data, log_in
from tests.factories import day, make_job
from tests.parse import headings, link, links, main, main_text, one, rows, text

pytestmark = pytest.mark.django_db

STATUS = "/lediga-jobb/status/"
STATUS_WORDS = {
    JobAd.RecruitmentStatus.CLOSED: ("Ansökningstiden har gått ut", "Vi går nu igenom ansökningarna."),
    JobAd.RecruitmentStatus.INTERVIEWS: ("Intervjuer pågår", "Vi intervjuar nu några av de sökande."),
    JobAd.RecruitmentStatus.FILLED: ("Tjänsten är tillsatt", "Vi har bestämt vem vi anställer."),
    JobAd.RecruitmentStatus.CANCELLED: ("Rekryteringen är avbruten", "Vi har avslutat rekryteringen"),
}


def closed_job(days_ago=1, **fields):
    today = timezone.localdate()
    return make_job(published_on=today - timedelta(days=days_ago + 20), last_day=today - timedelta(days=days_ago),
                    **fields)


def test_the_statuses_have_exactly_the_agreed_values():
    assert set(JobAd.RecruitmentStatus.values) == {"ansokningstiden-har-gatt-ut", "intervjuer", "tillsatt", "avbruten"}
    assert JobAd._meta.get_field("recruitment_status").default == "ansokningstiden-har-gatt-ut"


@pytest.mark.parametrize("status", list(JobAd.RecruitmentStatus))
def test_the_closed_ads_page_says_when_it_closed_and_where_the_recruitment_stands(client, time_machine, status):
    at(time_machine, 2026, 12, 7, 12, 0)
    job = make_job("Controller", town="Sundsvall", reference="FK 2026/000123", published_on=day("2026-11-01"),
                   last_day=day("2026-11-20"), recruitment_status=status,
                   recruitment_status_set_on=None if status == JobAd.RecruitmentStatus.CLOSED else day("2026-12-02"))
    response = client.get(job.get_absolute_url())
    assert response.status_code == 410
    html = main_text(response)
    assert "Sista ansökningsdag för Controller i Sundsvall var 20 november 2026." in html
    assert "Status för rekryteringen" in headings(main(response), "h2")
    label, words = STATUS_WORDS[status]
    # The default status dates from the day after the last day; the others from the day HR set them.
    set_on = "21 november 2026" if status == JobAd.RecruitmentStatus.CLOSED else "2 december 2026"
    assert f"{label} ({set_on})." in html and words in html
    assert "Diarienummer: FK 2026/000123" in html
    assert link(main(response), "Alla rekryteringar och var de står")["href"] == STATUS


def test_hr_sets_the_status_on_a_closed_ad_and_the_date_is_set_by_itself(client, editor, time_machine):
    at(time_machine, 2026, 12, 7, 9, 0)
    job = make_job(published_on=day("2026-11-01"), last_day=day("2026-11-20"))
    url = reverse("admin:careers_jobad_change", args=[job.pk])
    data = form_data(client.get(url).content.decode(), "jobad_form")
    assert data["recruitment_status"] == ["ansokningstiden-har-gatt-ut"]
    data["recruitment_status"] = ["intervjuer"]
    assert client.post(url, {**data, "_save": "Spara"}).status_code == 302
    job.refresh_from_db()
    assert (job.recruitment_status, job.recruitment_status_set_on) == ("intervjuer", day("2026-12-07"))

    at(time_machine, 2026, 12, 9, 9, 0)  # a later save that leaves the status alone keeps its date
    log_in(client, editor)  # (an editor's login lasts at most a working day)
    data = form_data(client.get(url).content.decode(), "jobad_form")
    data["town"] = ["Kiruna"]
    assert client.post(url, {**data, "_save": "Spara"}).status_code == 302
    job.refresh_from_db()
    assert (job.town, job.recruitment_status_set_on) == ("Kiruna", day("2026-12-07"))


def test_the_status_of_an_open_ad_cannot_be_changed(client, editor):
    job = make_job()
    url = reverse("admin:careers_jobad_change", args=[job.pk])
    data = form_data(client.get(url).content.decode(), "jobad_form")
    data["recruitment_status"] = ["tillsatt"]
    response = client.post(url, {**data, "_save": "Spara"})
    assert response.status_code == 200
    assert "Statusen kan ändras först efter sista ansökningsdagen." in text(response)
    job.refresh_from_db()
    assert job.recruitment_status == JobAd.RecruitmentStatus.CLOSED


def test_copying_an_ad_starts_the_next_recruitment_afresh(client, editor):
    job = closed_job(recruitment_status="tillsatt", recruitment_status_set_on=day("2026-01-02"),
                     decision_posted_on=timezone.localdate(), decision_reference="FK 2026/9")
    client.post(reverse("admin:careers_jobad_changelist"), {"action": "copy", "_selected_action": [job.pk]})
    copy = JobAd.objects.exclude(pk=job.pk).get()
    assert (copy.recruitment_status, copy.recruitment_status_set_on, copy.decision_posted_on,
            copy.decision_reference) == ("ansokningstiden-har-gatt-ut", None, None, "")


# /lediga-jobb/status/

def table_rows(response):
    return rows(one(main(response), "table"))[1:]


def test_the_status_page_lists_the_last_90_days_newest_first_with_links(client):
    today = timezone.localdate()
    newest = closed_job(1, title="Controller", town="Stockholm", reference="FK 2026/000301",
                        recruitment_status="intervjuer", recruitment_status_set_on=today)
    oldest = closed_job(90, title="Jurist", town="Malmö", reference="FK 2026/000302")
    closed_job(91, title="För gammal")
    make_job("Öppen")
    closed_job(3, title="Utkast", status=JobAd.Status.DRAFT)
    response = client.get(STATUS)
    assert response.status_code == 200
    found = table_rows(response)
    assert [row[1] for row in found] == ["Controller, Stockholm", "Jurist, Malmö"]
    assert found[0][0] == "FK 2026/000301" and found[0][3].startswith("Intervjuer pågår, ")
    assert found[1][3].startswith("Ansökningstiden har gått ut, ")
    assert [href for href, name in links(one(main(response), "table"))] == [
        newest.get_absolute_url(), oldest.get_absolute_url()]
    assert "2 rekryteringar" in headings(main(response), "h2")


def test_the_status_page_finds_a_recruitment_by_its_reference_number(client):
    closed_job(reference="FK 2026/000301", title="Controller")
    closed_job(reference="FK 2026/000999", title="Jurist")
    for query in ("FK 2026/000301", "fk  2026/000301", "000301", " 301 "):
        response = client.get(STATUS, {"q": query})
        assert response.status_code == 200, query
        assert [row[1].split(",")[0] for row in table_rows(response)] == ["Controller"], query
    response = client.get(STATUS, {"q": "FK 2024/1"})
    assert response.status_code == 200
    assert "Ingen rekrytering under de senaste 90 dagarna har ett diarienummer med ”FK 2024/1”." in main_text(response)


@pytest.mark.parametrize("query", ["x" * 51, "<script>", "FK 2026/1; DROP TABLE", "%%%"])
def test_a_bad_search_gets_a_clear_swedish_message_and_400(client, query):
    closed_job(reference="FK 2026/000301")
    response = client.get(STATUS, {"q": query})
    assert response.status_code == 400
    html = main_text(response)
    assert "Sökningen kunde inte användas" in html
    assert ("Skriv högst 50 tecken." in html) or ("Ett diarienummer har bara bokstäver, siffror" in html)
    assert not main(response).select("table")  # nothing listed, not even a count, for a search that was not made
    assert not [h for h in headings(main(response), "h2") if "rekrytering" in h]


def test_the_status_page_is_reached_from_the_decisions_page_and_back(client):
    assert link(main(client.get(STATUS)), "Anställningsbeslut som går att överklaga")["href"] == "/lediga-jobb/beslut/"


def test_an_instance_still_on_the_code_before_the_migration_can_go_on_adding_ads():
    """Migration 0013 only adds columns, each with a database default: the old model's INSERT still works."""
    state = MigrationExecutor(connection).loader.project_state([("careers", "0012_jobad_search_document")])
    OldRole, OldJobAd = state.apps.get_model("careers", "Role"), state.apps.get_model("careers", "JobAd")
    role = OldRole.objects.create(title="Handläggare", slug="handlaggare", summary="Om.")
    old = OldJobAd.objects.create(
        title="Handläggare", slug="handlaggare", role=role, town="Östersund", duties="Du utreder.",
        qualifications="- examen", reference="FK 2026/1", last_day=day("2030-01-01"),
        apply_url="https://rekrytering.example/1", status="publicerad")
    job = JobAd.objects.get(pk=old.pk)
    assert (job.recruitment_status, job.decision_reference, job.decision_appealable) == (
        "ansokningstiden-har-gatt-ut", "", True)
    assert job.recruitment_status_set_on is job.decision_posted_on is job.decision_appeal_until is None
