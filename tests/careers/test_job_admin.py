"""HR editors write, preview and publish job ads in the admin; hiding after the last day is automatic."""

from datetime import date, timedelta

import pytest
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from django.utils import timezone

from careers.jobads_translation import TRANSLATED
from careers.models import JobAd
from careers.permissions import HR_EDITOR_GROUP
from tests.factories import make_job, make_role
from tests.parse import one, parse

pytestmark = pytest.mark.django_db


def form_data(role, **fields):
    today = timezone.localdate()
    data = {
        "title_sv": "Systemutvecklare", "slug": "systemutvecklare", "role": str(role.pk), "town": "Sundsvall",
        "employment_form": JobAd.EmploymentForm.PERMANENT, "extent": JobAd.Extent.FULL_TIME,
        "reference": "FK 2025/014518", "status": JobAd.Status.DRAFT, "published_on": today.isoformat(),
        "last_day": (today + timedelta(days=14)).isoformat(), "apply_url": "https://rekrytering.example/1",
        "duties_sv": "Du utvecklar system.", "qualifications_sv": "- erfarenhet av Java",
        "pay": "Individuell lönesättning", "openings": "1", "remote": JobAd.Remote.ON_SITE,
        "recruitment_status": JobAd.RecruitmentStatus.CLOSED, "decision_appealable": "on",
    }
    return data | inlines() | fields


def inlines(contacts=(), unions=()):
    """The management forms of the two inlines, with these people in them."""
    data = {}
    for prefix, rows in (("contacts", contacts), ("union_representatives", unions)):
        data |= {f"{prefix}-TOTAL_FORMS": str(len(rows)), f"{prefix}-INITIAL_FORMS": "0",
                 f"{prefix}-MIN_NUM_FORMS": "0", f"{prefix}-MAX_NUM_FORMS": "1000"}
        for number, row in enumerate(rows):
            data |= {f"{prefix}-{number}-{name}": value for name, value in row.items()}
    return data


def test_an_editor_saves_a_draft_previews_it_and_publishes_it(client, editor):
    role = make_role("It", slug="it")
    response = client.post(reverse("admin:careers_jobad_add"), form_data(role))
    assert response.status_code == 302
    job = JobAd.objects.get()
    assert job.status == JobAd.Status.DRAFT
    assert client.get("/lediga-jobb/").content.decode().count("Systemutvecklare") == 0

    change = client.get(reverse("admin:careers_jobad_change", args=[job.pk])).content.decode()
    content_type = ContentType.objects.get_for_model(JobAd)
    view_on_site = reverse("admin:view_on_site", args=[content_type.pk, job.pk])
    assert view_on_site in change and "Visa på webbplatsen" in change
    preview = client.get(view_on_site, follow=True)
    assert preview.status_code == 200 and "Förhandsvisning." in preview.content.decode()

    response = client.post(reverse("admin:careers_jobad_change", args=[job.pk]),
                           form_data(role, status=JobAd.Status.PUBLISHED))
    assert response.status_code == 302
    client.logout()
    assert "Systemutvecklare" in client.get("/lediga-jobb/").content.decode()


def test_publishing_a_second_ad_with_the_same_reference_number_is_refused_in_swedish(client, editor):
    role = make_role("It", slug="it")
    make_job(role=role, reference="FK 2025/014518")
    response = client.post(reverse("admin:careers_jobad_add"),
                           form_data(role, status=JobAd.Status.PUBLISHED, slug="kopia"))
    assert response.status_code == 200
    assert "En publicerad annons har redan det här diarienumret." in response.content.decode()
    response = client.post(reverse("admin:careers_jobad_add"), form_data(role, slug="kopia"))
    assert response.status_code == 302  # as a draft it may wait for the other to close


def test_the_list_is_searchable_and_filters_by_what_visitors_see_today(client, editor):
    make_job("Öppen annons", reference="FK 2025/000100")
    make_job("Stängd annons", last_day=timezone.localdate() - timedelta(days=1))
    make_job("Utkastet", status=JobAd.Status.DRAFT)
    url = reverse("admin:careers_jobad_changelist")
    listing = client.get(url).content.decode()
    for heading in ["Diarienummer", "Yrkesroll", "Ort", "På webbplatsen", "Publiceringsdatum", "Sista ansökningsdag"]:
        assert heading in listing, heading
    assert "visas på webbplatsen" in listing and "Ja, öppen nu" in listing
    shown = client.get(url, {"visas": "ja"}).content.decode()
    assert "Öppen annons" in shown and "Stängd annons" not in shown and "Utkastet" not in shown
    hidden = client.get(url, {"visas": "nej"}).content.decode()
    assert "Öppen annons" not in hidden and "Stängd annons" in hidden and "Utkastet" in hidden
    found = client.get(url, {"q": "FK 2025/000100"}).content.decode()
    assert "Öppen annons" in found and "Stängd annons" not in found


def test_the_hr_editor_group_may_manage_job_ads():
    group = Group.objects.get(name=HR_EDITOR_GROUP)
    codenames = set(group.permissions.filter(content_type__model="jobad").values_list("codename", flat=True))
    assert codenames == {"add_jobad", "change_jobad", "delete_jobad", "view_jobad"}


def test_the_list_says_which_ads_are_live_scheduled_closed_or_drafts(client, editor):
    today = timezone.localdate()
    make_job("Öppen annons")
    make_job("Kommande annons", published_on=today + timedelta(days=3), last_day=today + timedelta(days=20))
    make_job("Stängd annons", last_day=today - timedelta(days=1))
    make_job("Utkastet", status=JobAd.Status.DRAFT)
    listing = client.get(reverse("admin:careers_jobad_changelist")).content.decode()
    for title, shown in [("Öppen annons", "Visas nu"), ("Stängd annons", "Stängd"), ("Utkastet", "Utkast, visas inte"),
                         ("Kommande annons", "Visas från ")]:
        row = listing[listing.index(f">{title}<"):]
        row = row[:row.index("</tr>")]
        assert shown in row, title
    scheduled = client.get(reverse("admin:careers_jobad_changelist"), {"visas": "planerad"}).content.decode()
    assert "Kommande annons" in scheduled and "Öppen annons" not in scheduled


def test_close_now_ends_an_open_ad_yesterday_and_visitors_are_told_it_is_closed(client, editor):
    job = make_job("Öppen annons")
    response = client.post(reverse("admin:careers_jobad_changelist"),
                           {"action": "close_now", "_selected_action": [job.pk]}, follow=True)
    assert "1 annons stängdes." in response.content.decode()
    job.refresh_from_db()
    assert job.last_day == timezone.localdate() - timedelta(days=1)
    assert job.published_on <= job.last_day
    client.logout()
    assert client.get(job.get_absolute_url()).status_code == 410


def test_close_now_leaves_drafts_alone_and_says_so(client, editor):
    job = make_job(status=JobAd.Status.DRAFT)
    last_day = job.last_day
    response = client.post(reverse("admin:careers_jobad_changelist"),
                           {"action": "close_now", "_selected_action": [job.pk]}, follow=True)
    assert "inget ändrades" in response.content.decode()
    job.refresh_from_db()
    assert job.last_day == last_day


def test_copy_makes_a_new_draft_with_the_same_facts_and_opens_it(client, editor):
    job = make_job("Statistiker", town="Visby", reference="FK 2025/000777", merits="- SAS")
    job.contacts.create(name="Exempel Eva Holm", job_title="Enhetschef", phone="070-174 06 09")
    JobAd.objects.filter(pk=job.pk).update(first_shown_on=job.published_on)  # shown ten days ago
    response = client.post(reverse("admin:careers_jobad_changelist"),
                           {"action": "copy", "_selected_action": [job.pk]})
    copy = JobAd.objects.exclude(pk=job.pk).get()
    assert copy.first_shown_on is None  # job alerts will send the copy when it is published
    assert response.status_code == 302 and response["Location"] == reverse("admin:careers_jobad_change",
                                                                           args=[copy.pk])
    assert copy.status == JobAd.Status.DRAFT
    for field in ["title", "town", "reference", "role_id", "duties", "qualifications", "merits", "apply_url",
                  "last_day", "extent"]:
        assert getattr(copy, field) == getattr(job, field), field
    assert [person.name for person in copy.contacts.all()] == ["Exempel Eva Holm"]  # the inline rows too
    page = client.get(response["Location"]).content.decode()
    assert "1 annons kopierades. Kopian är ett utkast." in page
    assert "Stäng annonsen nu" in page and "Kopiera annonsen" in page  # on the change form too


def editable_fields():
    """What an editor sets: each text in Swedish and in English (careers/jobads_translation.py)
    instead of its untranslated column, which JobAd.save() keeps as the Swedish text."""
    return {field.name for field in JobAd._meta.concrete_fields
            if field.editable and not field.primary_key and field.name not in TRANSLATED}


def test_the_add_form_offers_every_field_of_the_ad(client, editor):
    # Every field an editor can set is in JobAdAdmin.fieldsets; what is left out is not editable
    # at all (the search copies, the first day shown, the time of the last update).
    editable = editable_fields()
    form = one(parse(client.get(reverse("admin:careers_jobad_add"))), "form#jobad_form")
    offered = {field["name"] for field in form.find_all(["input", "select", "textarea"]) if field.get("name")}
    assert editable - offered == set()
    assert {"probation", "pay_min", "pay_max", "remote", "security_vetting", "citizenship_required"} <= editable


def test_a_complete_ad_posted_in_the_admin_keeps_every_value(client, editor):
    role = make_role("Ekonomi", slug="ekonomi")
    complete = {
        "title_sv": "Controller", "title_en": "Financial controller", "slug": "controller", "role": role.pk,
        "town": "Stockholm",
        "reference": "FK 2025/013519", "status": JobAd.Status.PUBLISHED, "published_on": date(2030, 6, 25),
        "last_day": date(2030, 7, 10), "apply_url": "https://rekrytering.example/controller",
        "duties_sv": "Du arbetar med *budget*.", "qualifications_sv": "- civilekonomexamen",
        "merits_sv": "- erfarenhet av staten", "employment_form": JobAd.EmploymentForm.FIXED_TERM, "probation": True,
        "ends_on": date(2031, 6, 30), "duration_sv": "Med möjlighet till förlängning.",
        "extent": JobAd.Extent.PART_TIME, "working_hours_sv": "75 procent, dagtid", "starts_on": date(2030, 9, 1),
        # The English version, optional, beside the Swedish ad.
        "duties_en": "You work with *budgets*.", "qualifications_en": "- a degree in business",
        "merits_en": "- experience of the state", "duration_en": "With a possible extension.",
        "working_hours_en": "75 percent, daytime",
        "pay": "Månadslön", "pay_min": 38000, "pay_max": 45500, "openings": 3, "remote": JobAd.Remote.FULLY,
        "security_vetting": JobAd.SecurityVetting.REGISTER_CHECK, "citizenship_required": True,
        # An open ad has no decision yet (test_recruitment.py tries them on a closed one).
        "recruitment_status": JobAd.RecruitmentStatus.CLOSED, "decision_posted_on": None,
        "decision_reference": "", "decision_appealable": True,
    }
    assert set(complete) == editable_fields()  # every field is tried

    def posted(value):
        if value is None:
            return ""
        return "on" if value is True else value.isoformat() if isinstance(value, date) else str(value)

    response = client.post(reverse("admin:careers_jobad_add"),
                           form_data(role) | {name: posted(value) for name, value in complete.items()})
    assert response.status_code == 302, response.content.decode()[:4000]
    job = JobAd.objects.get()
    saved = {name: getattr(job, JobAd._meta.get_field(name).attname) for name in complete}
    assert saved == complete
