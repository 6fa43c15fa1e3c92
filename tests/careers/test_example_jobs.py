"""The example ads that `loadcontent --examples` makes, so that `make run` shows a real-looking list."""

import io
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.db import connection
from django.utils import timezone

from careers import example_jobs
from careers.models import Contact, JobAd, Link, UnionRepresentative

pytestmark = pytest.mark.django_db


def test_loadcontent_with_examples_loads_a_dozen_ads_around_today_once(db):
    out = io.StringIO()
    call_command("loadcontent", stdout=out, stderr=io.StringIO())
    assert not JobAd.objects.exists()  # never made-up ads on a real site by default
    call_command("loadcontent", "--examples", stdout=out, stderr=io.StringIO())
    today = timezone.localdate()
    ads = JobAd.objects.all()
    assert 12 <= ads.count() <= 17
    assert JobAd.objects.open(today).count() >= 10
    assert JobAd.objects.closed(today).exists() and ads.filter(status=JobAd.Status.DRAFT).exists()
    assert ads.filter(last_day=today).exists()
    assert len(set(ads.values_list("role", flat=True))) >= 10 and len(set(ads.values_list("town", flat=True))) >= 8
    call_command("loadcontent", "--examples", stdout=out, stderr=io.StringIO())
    assert JobAd.objects.count() == ads.count()
    assert Link.objects.get(title="Lediga jobb").get_absolute_url() == "/lediga-jobb/"


def test_the_example_ads_fill_every_field_in_at_least_one_ad():
    call_command("loadcontent", "--examples", stdout=io.StringIO(), stderr=io.StringIO())
    jobs = list(JobAd.objects.prefetch_related("contacts", "union_representatives"))
    assert len(jobs) == len(example_jobs.JOBS)
    defaults = {"probation": False, "citizenship_required": False, "openings": 1}
    for field in JobAd._meta.concrete_fields:
        if field.name in ("search_document", "search_document_en") and connection.vendor != "postgresql":
            continue  # written by PostgreSQL's triggers (migrations 0012, 0014); SQLite leaves them empty
        if field.name == "duration_en":
            continue  # the one ad in English is a permanent employment: no duration
        filled = [job for job in jobs if getattr(job, field.attname) not in (None, "", defaults.get(field.name))]
        assert filled, field.name
    for choice_field, choices in (("remote", JobAd.Remote), ("security_vetting", JobAd.SecurityVetting),
                                  ("employment_form", JobAd.EmploymentForm), ("extent", JobAd.Extent)):
        assert {getattr(job, choice_field) for job in jobs} == set(choices.values), choice_field
    people = [*Contact.objects.all(), *UnionRepresentative.objects.all()]
    assert {u.union for u in UnionRepresentative.objects.all()} == set(UnionRepresentative.Union.values)
    for person in people:
        assert person.name.startswith("Exempel ")
        number = int(person.phone.replace("070-174 06 ", "").replace(" ", ""))
        assert person.phone.startswith("070-174 06 ") and 5 <= number <= 99  # PTS's range for fiction
    assert all(contact.email.endswith("@example.com") for contact in Contact.objects.all())
    for job in jobs:
        job.full_clean()  # every example obeys the rules an editor is held to


def test_the_examples_show_a_closed_ad_in_each_status_and_a_decision_to_appeal_today(client, content):
    call_command("loadcontent", "--examples", stdout=io.StringIO(), stderr=io.StringIO())
    today = timezone.localdate()
    closed = JobAd.objects.closed(today)
    assert set(closed.values_list("recruitment_status", flat=True)) == set(JobAd.RecruitmentStatus.values)
    [decision] = JobAd.objects.appealable(today)
    assert decision.decision_appeal_until >= today + timedelta(days=14)  # still open for a fortnight at least
    page = client.get("/lediga-jobb/beslut/").content.decode()
    assert decision.decision_reference in page
    assert decision.reference in client.get("/lediga-jobb/status/").content.decode()


def test_one_example_ad_is_in_english_too_and_found_by_english_words(client):
    call_command("loadcontent", "--examples", stdout=io.StringIO(), stderr=io.StringIO())
    english = JobAd.objects.exclude(title_en=None)
    assert [(job.title_sv, job.title_en) for job in english] == [("Systemutvecklare Java", "Java developer")]
    job = english.get()
    assert job.in_english and job.duties_en and job.qualifications_en and job.merits_en and job.working_hours_en
    # English stems: "developers" finds the "developer" ad (and the business development role's ads).
    assert job in JobAd.objects.search("developers", "en")
    assert not JobAd.objects.search("developers", "sv").exists()  # the Swedish search reads Swedish only
