"""The ad's JSON-LD JobPosting: what Google for Jobs reads, each value also shown on the page."""

import html as html_module
import json
import re
from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from careers import siteurl
from careers.models import JobAd
from tests.clock import at
from tests.factories import day, make_job, make_role
from tests.parse import terms

pytestmark = pytest.mark.django_db


def page(response):
    text = response.content.decode()
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', text, re.DOTALL)
    assert len(blocks) == 1
    return json.loads(blocks[0]), text[text.index("<main"):text.index("</main>")]


def visible(html):
    """The page's text as a reader sees it: no tags, entities decoded, spaces collapsed."""
    return " ".join(html_module.unescape(re.sub(r"<[^>]+>", " ", html)).split())


@pytest.fixture
def full_ad():
    return make_full_ad()


def make_full_ad():
    """An ad with every field set, a contact person and a union representative, open 25 June–10 July 2025."""
    role = make_role("Ekonomi", slug="ekonomi", ssyk_code="2412")
    job = make_job(
        "Controller", role=role, town="Stockholm", reference="FK 2025/013519",
        published_on=day("2025-06-25"), last_day=day("2025-07-10"),
        employment_form=JobAd.EmploymentForm.FIXED_TERM, extent=JobAd.Extent.PART_TIME,
        ends_on=day("2026-06-30"), duration="Med möjlighet till förlängning.", working_hours="75 procent, dagtid",
        starts_on=day("2025-09-01"), pay_min=38000, pay_max=45500, openings=2, remote=JobAd.Remote.FULLY,
        security_vetting=JobAd.SecurityVetting.REGISTER_CHECK, citizenship_required=True, probation=True,
        duties="Du arbetar med *budget*.", qualifications="- civilekonomexamen", merits="- erfarenhet av staten",
    )
    job.contacts.create(name="Exempel Anna Lind", job_title="Enhetschef", phone="070-174 06 05",
                        email="anna.lind@example.com")
    job.union_representatives.create(union="saco-s", name="Exempel Maja Ek", phone="070-174 06 07")
    return job


def get_on(client, time_machine, job, *moment):
    at(time_machine, *moment)
    return page(client.get(job.get_absolute_url()))


def test_every_property_google_reads_is_there_and_shown_on_the_page(client, time_machine, full_ad):
    data, html = get_on(client, time_machine, full_ad, 2025, 7, 1, 10)
    text = visible(html)
    assert data["@context"] == ["https://schema.org", {"@language": "sv"}] and data["@type"] == "JobPosting"
    assert data["url"] == siteurl.absolute(full_ad.get_absolute_url())
    assert data["title"] == "Controller" and "<h1>Controller</h1>" in html
    # The description is the page's own sections, heading and text.
    assert data["description"] == (
        "<h2>Arbetsuppgifter</h2><p>Du arbetar med <em>budget</em>.</p>"
        "<h2>Kvalifikationer</h2><ul>\n<li>civilekonomexamen</li>\n</ul>"
        "<h2>Meriterande</h2><ul>\n<li>erfarenhet av staten</li>\n</ul>")
    for heading, body in re.findall(r"<h2>(.*?)</h2>(.*?)(?=<h2>|$)", data["description"], re.DOTALL):
        assert f">{heading}</h2>" in html and body in html, heading
    assert data["datePosted"] == "2025-06-25" and "Publicerad 25 juni 2025" in text
    assert data["validThrough"] == "2025-07-10T23:59:59+02:00"  # Stockholm summer time
    assert "Sista ansökningsdag 10 juli 2025" in text
    assert data["hiringOrganization"] == {
        "@type": "Organization", "name": "Försäkringskassan",
        "identifier": {"@type": "PropertyValue", "propertyID": "organisationsnummer", "value": "202100-5521"}}
    assert "Arbetsgivare Försäkringskassan, organisationsnummer 202100-5521" in text
    assert data["jobLocation"] == {"@type": "Place", "address": {
        "@type": "PostalAddress", "addressLocality": "Stockholm", "addressCountry": "SE"}}
    assert "Ort Stockholm" in text
    assert data["employmentType"] == ["PART_TIME", "TEMPORARY"]
    assert "Omfattning Deltid" in text and "Anställningsform Tidsbegränsad anställning" in text
    assert data["identifier"] == {"@type": "PropertyValue", "name": "Försäkringskassan", "value": "FK 2025/013519"}
    assert "Diarienummer FK 2025/013519" in text
    assert data["jobStartDate"] == "2025-09-01" and "Tillträde 1 september 2025" in text
    assert data["totalJobOpenings"] == 2 and "Antal tjänster 2" in text
    assert data["baseSalary"] == {"@type": "MonetaryAmount", "currency": "SEK", "value": {
        "@type": "QuantitativeValue", "minValue": 38000, "maxValue": 45500, "unitText": "MONTH"}}
    assert terms(html)["Lön"] == "Individuell lönesättning, 38\u00a0000–45\u00a0500 kronor per månad"
    assert data["jobLocationType"] == "TELECOMMUTE"
    assert data["applicantLocationRequirements"] == {"@type": "Country", "name": "Sverige"}
    assert "Distansarbete Helt på distans, var som helst i Sverige" in text
    assert data["occupationalCategory"] == {"@type": "CategoryCode", "codeValue": "2412", "inCodeSet": "SSYK 2012"}
    assert "Yrkeskod (SSYK 2012) 2412" in text
    assert data["directApply"] is False and "Du söker jobbet i vårt rekryteringssystem" in text
    assert data["applicationContact"] == [{"@type": "ContactPoint", "name": "Exempel Anna Lind",
                                           "contactType": "Enhetschef", "telephone": "070-174 06 05",
                                           "email": "anna.lind@example.com"}]
    assert "Exempel Anna Lind , Enhetschef" in text and "Telefon: 070-174 06 05" in text
    assert 'href="mailto:anna.lind@example.com"' in html


def test_optional_properties_are_left_out_when_the_ad_has_no_value(client, time_machine):
    job = make_job(published_on=day("2025-12-01"), last_day=day("2025-12-31"))
    data, html = get_on(client, time_machine, job, 2025, 12, 10, 10)
    for name in ("baseSalary", "jobStartDate", "jobLocationType", "applicantLocationRequirements",
                 "occupationalCategory", "applicationContact"):
        assert name not in data, name
    assert data["validThrough"] == "2025-12-31T23:59:59+01:00"  # winter time
    assert data["employmentType"] == ["FULL_TIME"] and data["totalJobOpenings"] == 1
    text = visible(html)
    assert "Tillträde Enligt överenskommelse" in text and "Lön Individuell lönesättning" in text
    assert "Distansarbete På plats" in text and "Säkerhetsprövning Ingen säkerhetsprövning" in text
    assert "Kontaktpersoner" not in text and "Yrkeskod" not in text and "kronor per månad" not in text


@pytest.mark.parametrize("remote", [JobAd.Remote.ON_SITE, JobAd.Remote.PARTLY])
def test_only_a_fully_remote_job_is_telecommute(client, remote):
    data, html = page(client.get(make_job(remote=remote).get_absolute_url()))
    assert "jobLocationType" not in data and "applicantLocationRequirements" not in data
    assert str(JobAd.Remote(remote).label) in visible(html)


def test_a_closed_ad_previewed_by_an_editor_marks_up_and_shows_no_people(admin_client, full_ad):
    full_ad.last_day = timezone.localdate() - timedelta(days=1)
    full_ad.published_on = full_ad.last_day - timedelta(days=10)
    full_ad.save()
    data, html = page(admin_client.get(full_ad.get_absolute_url()))
    assert "applicationContact" not in data
    assert "Exempel" not in html and "070-174" not in html and "example.com" not in html
    assert "Sista ansökningsdagen har passerat" in html


# The role's SSYK code, which occupationalCategory carries

SSYK_MESSAGE = "Skriv yrkesgruppens fyra siffror, till exempel 3353."


@pytest.mark.parametrize(("code", "in_the_admin"), [
    ("335", SSYK_MESSAGE), ("33a3", SSYK_MESSAGE), ("ABCD", SSYK_MESSAGE), ("3 53", SSYK_MESSAGE),
    # The form stops five characters before the model's check, with Django's own Swedish message.
    ("33531", "Säkerställ att detta värde har som mest 4 tecken (den har 5)."),
])
def test_an_ssyk_code_that_is_not_four_digits_is_refused_in_swedish(client, editor, code, in_the_admin):
    role = make_role()
    role.ssyk_code = code
    with pytest.raises(ValidationError) as error:
        role.full_clean()
    assert SSYK_MESSAGE in error.value.message_dict["ssyk_code"]
    data = {"title_sv": role.title, "slug": role.slug, "summary_sv": role.summary, "description_sv": "",
            "requirements_sv": "",
            "ssyk_code": code, "order": 0}
    response = client.post(reverse("admin:careers_role_change", args=[role.pk]), data)
    assert response.status_code == 200
    assert in_the_admin in response.content.decode()
    role.refresh_from_db()
    assert role.ssyk_code == ""


@pytest.mark.parametrize("code", ["3353", "2412", ""])  # none at all is allowed too
def test_a_four_digit_ssyk_code_is_taken(client, editor, code):
    role = make_role()
    role.ssyk_code = code
    role.full_clean()
    data = {"title_sv": role.title, "slug": role.slug, "summary_sv": role.summary, "description_sv": "",
            "requirements_sv": "",
            "ssyk_code": code, "order": 0}
    assert client.post(reverse("admin:careers_role_change", args=[role.pk]), data).status_code == 302
    role.refresh_from_db()
    assert role.ssyk_code == code
