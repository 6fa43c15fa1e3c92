"""The decision to employ: the last day to appeal it, /lediga-jobb/beslut/, its feed and the appeal page."""

import io
import xml.etree.ElementTree as ET

import pytest
from django.core.management import call_command
from django.urls import reverse

from careers.appeals import last_day_to_appeal
from careers.models import JobAd, Page
from tests.clock import at
from tests.editors import form_data
from tests.factories import day, make_job
from tests.parse import headings, link, main, main_text, terms

pytestmark = pytest.mark.django_db

DECISIONS = "/lediga-jobb/beslut/"
ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.mark.parametrize(("posted", "last_day"), [
    ("2026-12-03", "2026-12-28"),  # Christmas Eve, Christmas Day, a Saturday and a Sunday
    ("2026-12-10", "2027-01-04"),  # New Year's Eve, New Year's Day and a weekend
    ("2027-03-05", "2027-03-30"),  # Easter: Good Friday, Saturday, Easter Sunday and Easter Monday
    ("2027-06-04", "2027-06-28"),  # Midsummer Eve, Midsummer Day and a Sunday
    ("2026-12-14", "2027-01-04"),  # a Monday: no move
    ("2026-03-13", "2026-04-07"),  # Easter 2026: from Good Friday 3 April to the Tuesday
    ("2026-05-29", "2026-06-22"),  # Midsummer 2026: Eve on Friday 19 June
    ("2027-12-03", "2027-12-27"),  # Christmas 2027: Eve on a Friday, Christmas Day on a Saturday
    ("2027-12-10", "2028-01-03"),  # New Year 2027-2028: Eve on a Friday
    ("2027-01-09", "2027-02-01"),  # posted on a Saturday, three weeks on is a Saturday
    ("2027-01-13", "2027-02-03"),  # an ordinary Wednesday
])
def test_the_last_day_to_appeal_is_three_weeks_moved_past_weekends_holidays_and_eves(posted, last_day):
    assert last_day_to_appeal(day(posted)) == day(last_day)


def test_ascension_day_moves_the_last_day_to_the_friday():
    assert last_day_to_appeal(day("2027-04-15")) == day("2027-05-07")


def make_decision(posted="2026-12-03", appealable=True, **fields):
    """A filled recruitment whose decision was posted on the notice board on `posted`."""
    fields.setdefault("published_on", day("2026-10-01"))
    fields.setdefault("last_day", day("2026-10-31"))
    return make_job(recruitment_status=JobAd.RecruitmentStatus.FILLED, recruitment_status_set_on=day(posted),
                    decision_posted_on=day(posted), decision_reference=fields.pop("decision_reference", "FK 2026/7"),
                    decision_appealable=appealable, **fields)


def test_saving_the_decision_keeps_its_last_day_to_appeal(time_machine):
    at(time_machine, 2026, 12, 7, 12, 0)
    job = make_decision("2026-12-03")
    assert job.decision_appeal_until == day("2026-12-28")
    job.decision_appealable = False
    job.save(update_fields=["decision_appealable"])
    job.refresh_from_db()
    assert job.decision_appeal_until is None


def test_the_decisions_page_lists_a_decision_through_its_last_day_then_drops_it(client, time_machine):
    at(time_machine, 2026, 12, 7, 12, 0)
    job = make_decision("2026-12-03", title="Controller", town="Sundsvall", reference="FK 2026/000400",
                        decision_reference="FK 2026/000555")
    make_decision("2026-12-03", appealable=False, title="Utan överklagande")
    make_decision("2026-12-09", title="Anslås på onsdag")  # not on the notice board yet
    make_decision("2026-11-01", title="Tiden har gått ut")  # last day 23 November
    make_job("Öppen annons")

    at(time_machine, 2026, 12, 28, 22, 59)  # 23:59 on 28 December in Stockholm: the last day
    response = client.get(DECISIONS)
    assert response.status_code == 200
    page = main(response)
    assert headings(page, "h3") == ["Anslås på onsdag, Östersund", "Controller, Sundsvall"]  # newest first
    facts = terms(page.select("li.card")[1])
    assert facts == {"Anslaget på anslagstavlan": "3 december 2026", "Beslutets diarienummer": "FK 2026/000555",
                     "Överklagande": "Ditt överklagande ska ha kommit fram till oss senast 28 december 2026."}
    assert link(page.select("li.card")[1], "FK 2026/000400")["href"] == job.get_absolute_url()
    assert link(page.select("li.card")[1], "Så överklagar du ett anställningsbeslut")["href"] == (
        "/overklaga-anstallningsbeslut/")
    assert "allmän handling" in main_text(response)

    at(time_machine, 2026, 12, 28, 23, 0)  # midnight in Stockholm: 29 December
    response = client.get(DECISIONS)
    assert headings(main(response), "h3") == ["Anslås på onsdag, Östersund"]


def test_no_decision_to_appeal_says_so(client):
    html = main_text(client.get(DECISIONS))
    assert "Just nu finns det inget beslut som går att överklaga." in html


def test_the_closed_ads_page_shows_its_decision_without_names(client, time_machine):
    at(time_machine, 2026, 12, 7, 12, 0)
    job = make_decision("2026-12-03", decision_reference="FK 2026/000555")
    job.contacts.create(name="Exempel Anna Lind", job_title="Chef")
    response = client.get(job.get_absolute_url())
    assert response.status_code == 410
    html = main_text(response)
    assert "Tjänsten är tillsatt (3 december 2026)." in html
    assert terms(main(response))["Överklagande"] == (
        "Ditt överklagande ska ha kommit fram till oss senast 28 december 2026.")
    assert "Beslutet" in headings(main(response), "h3")
    assert "allmän handling" in html and "registratur" in html and "Exempel Anna Lind" not in html
    assert link(main(response), "Så överklagar du ett anställningsbeslut")


def test_a_decision_that_cannot_be_appealed_says_so(client, time_machine):
    at(time_machine, 2026, 12, 7, 12, 0)
    job = make_decision("2026-12-03", appealable=False)
    response = client.get(job.get_absolute_url())
    assert terms(main(response))["Överklagande"] == "Det här beslutet går inte att överklaga."


def test_hr_records_a_decision_only_on_a_filled_recruitment_after_the_last_day(client, editor, time_machine):
    at(time_machine, 2026, 12, 7, 9, 0)
    job = make_job(published_on=day("2026-10-01"), last_day=day("2026-10-31"))
    url = reverse("admin:careers_jobad_change", args=[job.pk])
    data = form_data(client.get(url).content.decode(), "jobad_form")
    data |= {"decision_posted_on": ["2026-12-03"], "decision_reference": [""]}
    response = client.post(url, {**data, "_save": "Spara"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Ett anställningsbeslut kräver statusen ”Tjänsten är tillsatt”." in html
    assert "Skriv beslutets diarienummer." in html
    data |= {"recruitment_status": ["tillsatt"], "decision_reference": ["FK 2026/000555"],
             "decision_posted_on": ["2026-10-31"]}
    response = client.post(url, {**data, "_save": "Spara"})
    assert "Beslutet kan inte sättas upp förrän sista ansökningsdagen har passerat." in response.content.decode()
    data |= {"decision_posted_on": ["2026-12-03"]}
    assert client.post(url, {**data, "_save": "Spara"}).status_code == 302
    job.refresh_from_db()
    assert (job.decision_appeal_until, job.recruitment_status_set_on) == (day("2026-12-28"), day("2026-12-07"))


def test_the_decisions_feed_is_atom_with_the_same_decisions(client, time_machine):
    at(time_machine, 2026, 12, 7, 12, 0)
    make_decision("2026-12-03", title="Controller", town="Sundsvall", decision_reference="FK 2026/000555")
    make_decision("2026-11-01", title="Tiden har gått ut")
    response = client.get(reverse("careers:decision-feed"))
    assert response.status_code == 200 and response["Content-Type"].startswith("application/atom+xml")
    feed = ET.fromstring(response.content)
    entries = feed.findall(f"{ATOM}entry")
    assert [entry.findtext(f"{ATOM}title") for entry in entries] == [
        "Beslut FK 2026/000555: Controller, Sundsvall"]
    assert "28 december 2026" in entries[0].findtext(f"{ATOM}summary")
    page = client.get(DECISIONS).content.decode()
    assert 'type="application/atom+xml"' in page and reverse("careers:decision-feed") in page


def test_the_appeal_page_says_what_to_write_where_by_when_and_what_the_board_does(client, time_machine):
    at(time_machine, 2026, 12, 7, 12, 0)
    call_command("loadcontent", stdout=io.StringIO(), stderr=io.StringIO())
    page = Page.objects.get(slug="overklaga-anstallningsbeslut")
    assert page.title == "Så överklagar du ett anställningsbeslut"
    html = main_text(client.get(page.get_absolute_url()))
    for fact in ("diarienummer", "varför du tycker att beslutet är fel", "vilken ändring du vill ha",
                 "inte till Statens överklagandenämnd", "registratur@example.com", "inom tre veckor",
                 "midsommarafton, julafton eller nyårsafton", "Kammarkollegiet",
                 "Nämndens beslut går inte att överklaga", "allmän handling"):
        assert fact in html, fact
    assert "Senast uppdaterad 7 december 2026" in html  # written after the brief's 25 June 2025


def test_the_decisions_feed_links_to_the_site_url_whatever_host_was_asked(client, settings, time_machine):
    at(time_machine, 2026, 12, 7, 12, 0)
    make_decision("2026-12-03")
    settings.SITE_URL = "https://jobba.example.se"
    settings.ALLOWED_HOSTS = ["jobba.example.se", "instans-2.internal"]
    response = client.get(reverse("careers:decision-feed"), headers={"host": "instans-2.internal"})
    root = ET.fromstring(response.content)
    links = [element.get("href") for element in root.iter(f"{ATOM}link")]
    ids = [element.text for element in root.iter(f"{ATOM}id")]
    assert len(links) == 3 and len(ids) == 2
    assert all(address.startswith("https://jobba.example.se/lediga-jobb/beslut/") for address in links + ids)
