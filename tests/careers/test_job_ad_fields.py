"""What a state ad carries: its fields on the page and in the feed, the rules editors are held to,
the people in the ad and when they go, the migration of today's ads and the example ads."""

import io
import json
from datetime import timedelta
from xml.etree import ElementTree

import pytest
from django.contrib.admin.models import LogEntry
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.urls import reverse
from django.utils import timezone
from reversion.models import Revision, Version

from careers.models import Contact, JobAd, UnionRepresentative
from careers.permissions import HR_EDITOR_GROUP
from tests.careers.test_job_admin import form_data, inlines
from tests.careers.test_job_posting import make_full_ad
from tests.clock import at
from tests.editors import form_data as shown_form
from tests.editors import log_in
from tests.factories import day, make_hr_editor, make_job, make_role
from tests.parse import headings, lines, links, main, one, parse, terms, text

ATOM = "{http://www.w3.org/2005/Atom}"


def with_people(job):
    job.contacts.create(name="Exempel Anna Lind", job_title="Enhetschef", phone="070-174 06 05",
                        email="anna.lind@example.com")
    job.union_representatives.create(union=UnionRepresentative.Union.ST, name="Exempel Olle Berg",
                                     phone="070-174 06 08")
    return job


# The page and the feed

@pytest.mark.django_db
def test_the_page_shows_every_field_of_the_ad(client):
    today = timezone.localdate()
    job = with_people(make_job(
        "Webbredaktör", role=make_role("Kommunikation", slug="kommunikation"), town="Luleå",
        employment_form=JobAd.EmploymentForm.FIXED_TERM, ends_on=day("2027-03-31"),
        duration="Med möjlighet till förlängning.", extent=JobAd.Extent.PART_TIME, working_hours="75 procent",
        starts_on=None, pay="Månadslön", openings=3, remote=JobAd.Remote.PARTLY, probation=False,
        security_vetting=JobAd.SecurityVetting.NONE, duties="Du skriver **klarspråk**.",
        qualifications="- journalistexamen", merits="- erfarenhet av webben", last_day=today + timedelta(days=5)))
    page = main(client.get(job.get_absolute_url()))
    assert terms(page).items() >= {
        "Ort": "Luleå", "Anställningsform": "Tidsbegränsad anställning",
        "Varaktighet": "till och med 31 mars 2027. Med möjlighet till förlängning.",
        "Provanställning": "Nej", "Omfattning": "Deltid", "Arbetstid": "75 procent",
        "Tillträde": "Enligt överenskommelse", "Lön": "Månadslön", "Antal tjänster": "3",
        "Distansarbete": "Delvis på distans", "Säkerhetsprövning": "Ingen säkerhetsprövning",
    }.items()
    assert {"Arbetsuppgifter", "Kvalifikationer", "Meriterande", "Kontaktpersoner",
            "Fackliga företrädare"} <= set(headings(page))
    assert text(one(page, "strong:-soup-contains('klarspråk')")) == "klarspråk"
    assert {"journalistexamen", "erfarenhet av webben"} <= set(lines(page))
    assert "Exempel Anna Lind, Enhetschef" in text(page) and "Exempel Olle Berg, ST (OFR/S)" in text(page)
    assert ("tel:0701740605", "070-174 06 05") in links(page)


@pytest.mark.django_db
def test_vetting_citizenship_and_probation_are_said_in_words(client):
    job = make_job(security_vetting=JobAd.SecurityVetting.REGISTER_CHECK, citizenship_required=True,
                   probation=True, starts_on=day("2030-01-07"))
    html = client.get(job.get_absolute_url()).content.decode()
    facts = terms(main(html))
    assert facts["Säkerhetsprövning"] == ("Säkerhetsprövning med registerkontroll enligt säkerhetsskyddslagen "
                                          "(2018:585). Svenskt medborgarskap krävs.")
    assert facts["Provanställning"] == "Ja, anställningen inleds med provanställning"
    assert '<time datetime="2030-01-07">7 januari 2030</time>' in html


@pytest.mark.django_db
def test_the_feed_entry_carries_the_fields_and_the_people_of_open_ads_only(client):
    with_people(make_job("Öppen", duties="Du utreder.", qualifications="- juristexamen", merits="- förvaltningsrätt",
                         working_hours="Dagtid"))
    with_people(make_job("Stängd", last_day=timezone.localdate() - timedelta(days=1)))
    feed = ElementTree.fromstring(client.get("/lediga-jobb/feed/").content)
    entries = feed.findall(f"{ATOM}entry")
    assert [entry.findtext(f"{ATOM}title") for entry in entries] == ["Öppen, Östersund"]
    summary = entries[0].findtext(f"{ATOM}summary")
    for fact in ["Arbetsuppgifter", "Du utreder.", "Kvalifikationer", "juristexamen", "Meriterande",
                 "förvaltningsrätt", "Arbetstid", "Dagtid", "Tillträde", "Enligt överenskommelse",
                 "Individuell lönesättning", "Exempel Anna Lind", "Exempel Olle Berg"]:
        assert fact in summary, fact


@pytest.mark.django_db
def test_the_feed_entry_of_a_complete_ad_carries_every_fact_of_its_page(client, time_machine):
    job = make_full_ad()
    at(time_machine, 2025, 7, 1, 10)  # open, and not its last day (the page would say "i dag")
    facts = terms(main(client.get(job.get_absolute_url())))
    feed = ElementTree.fromstring(client.get("/lediga-jobb/feed/").content)
    (entry,) = feed.findall(f"{ATOM}entry")
    assert terms(entry.findtext(f"{ATOM}summary")) == facts
    assert {"Yrkeskod (SSYK 2012)", "Varaktighet", "Arbetstid", "Lön", "Antal tjänster", "Säkerhetsprövning",
            "Provanställning", "Distansarbete", "Tillträde", "Diarienummer", "Sista ansökningsdag"} <= set(facts)
    assert facts["Lön"] == "Individuell lönesättning, 38\u00a0000–45\u00a0500 kronor per månad"


UNSAFE = "<script>alert(1)</script>\n\n[x](javascript:alert(1))\n\n<img src=x onerror=alert(1)>"


def assert_harmless(html, *kept):
    """Nothing of UNSAFE that could run is left in `html`; the editor's own words are."""
    tree = parse(html)
    assert "alert" not in str(tree) and "javascript:" not in str(tree)
    assert not tree.find_all(["script", "img"])
    assert not [name for element in tree.find_all(True) for name in element.attrs if name.startswith("on")]
    for words in kept:
        assert words in text(tree), words


@pytest.mark.django_db
def test_script_event_handlers_and_javascript_links_in_the_texts_never_reach_a_reader(client):
    job = make_job("Utredare", duties=f"Du utreder.\n\n{UNSAFE}", qualifications=f"- juristexamen\n\n{UNSAFE}",
                   merits=f"- förvaltningsrätt\n\n{UNSAFE}")
    kept = ("Du utreder.", "juristexamen", "förvaltningsrätt")
    page = parse(client.get(job.get_absolute_url()))
    posting = json.loads(one(page, 'script[type="application/ld+json"]').string)
    assert_harmless(posting["description"], *kept)
    one(page, 'script[type="application/ld+json"]').decompose()  # the markup, checked above
    assert_harmless(str(main(page)), *kept)
    assert "alert" not in str(page)
    feed = ElementTree.fromstring(client.get("/lediga-jobb/feed/").content)
    (entry,) = feed.findall(f"{ATOM}entry")
    assert_harmless(entry.findtext(f"{ATOM}summary"), *kept)


# The rules an editor is held to, in Swedish

@pytest.mark.django_db
@pytest.mark.parametrize(("fields", "field", "message"), [
    ({"employment_form": "visstid"}, "duration_sv",
     "En tidsbegränsad anställning måste ha en varaktighet. Ange ett slutdatum eller beskriv den."),
    ({"published_on": day("2025-07-10"), "last_day": day("2025-07-09")}, "last_day",
     "Sista ansökningsdagen kan inte vara före publiceringsdatumet."),
    ({"pay_min": 45000, "pay_max": 38000}, "pay_min", "Lägsta lön kan inte vara högre än högsta lön."),
    ({"pay_min": 38000}, "pay_max", "Ange både lägsta och högsta månadslön, eller ingen av dem."),
    ({"qualifications": "  "}, "qualifications_sv",
     "Skriv vilka kvalifikationer som krävs för jobbet. Alla statliga annonser måste ange dem."),
    ({"starts_on": day("2026-02-01"), "ends_on": day("2026-01-31"), "employment_form": "visstid"}, "ends_on",
     "Anställningen kan inte sluta innan den börjar."),
])
def test_a_broken_ad_is_refused_with_a_swedish_message(fields, field, message):
    job = make_job()
    for name, value in fields.items():
        setattr(job, name, value)
    with pytest.raises(ValidationError) as error:
        job.full_clean()
    assert error.value.message_dict[field] == [message]


@pytest.mark.django_db
@pytest.mark.parametrize("fields", [{"employment_form": "visstid", "ends_on": day("2026-12-31")},
                                    {"employment_form": "visstid", "duration": "Ett år"},
                                    {"pay_min": 38000, "pay_max": 38000}])
def test_a_complete_ad_passes(fields):
    job = make_job(**fields)
    job.full_clean()


@pytest.mark.django_db
def test_the_admin_saves_contact_persons_and_union_representatives_inline(client):
    log_in(client, make_hr_editor())
    role = make_role("It", slug="it")
    response = client.post(reverse("admin:careers_jobad_add"), form_data(role) | inlines(
        contacts=[{"name": "Exempel Jonas Ström", "job_title": "Gruppchef", "phone": "070-174 06 12",
                   "email": "jonas.strom@example.com"}],
        unions=[{"union": "saco-s", "name": "Exempel Nils Falk", "phone": "070-174 06 14"},
                {"union": "seko", "name": "Exempel Bo Rask", "phone": ""}]))
    assert response.status_code == 302
    job = JobAd.objects.get()
    assert [c.name for c in job.contacts.all()] == ["Exempel Jonas Ström"]
    assert [(u.union, u.name) for u in job.union_representatives.all()] == [
        ("saco-s", "Exempel Nils Falk"), ("seko", "Exempel Bo Rask")]
    response = client.post(reverse("admin:careers_jobad_add"), form_data(
        role, slug="utan", reference="FK 2025/1", employment_form="visstid", qualifications_sv=""))
    html = response.content.decode()
    assert response.status_code == 200
    assert "En tidsbegränsad anställning måste ha en varaktighet." in html
    assert "Skriv vilka kvalifikationer som krävs för jobbet." in html


@pytest.mark.django_db
def test_the_hr_editor_group_may_manage_the_people_of_an_ad():
    group = Group.objects.get(name=HR_EDITOR_GROUP)
    codenames = set(group.permissions.filter(
        content_type__model__in=["contact", "unionrepresentative"]).values_list("codename", flat=True))
    assert codenames == {f"{action}_{model}" for model in ("contact", "unionrepresentative")
                         for action in ("add", "change", "delete", "view")}


# Personal data once the ad has closed

@pytest.mark.django_db
def test_the_command_deletes_the_people_of_ads_closed_longer_than_the_days_given():
    today = timezone.localdate()
    old = with_people(make_job("Gammal", published_on=today - timedelta(days=60), last_day=today - timedelta(days=31)))
    recent = with_people(make_job("Nyss", published_on=today - timedelta(days=60), last_day=today - timedelta(days=30)))
    open_ad = with_people(make_job("Öppen"))
    out = io.StringIO()
    call_command("clearjobcontacts", "--days", "30", stdout=out)
    assert "1 kontaktpersoner och 1 fackliga företrädare togs bort" in out.getvalue()
    assert not old.contacts.exists() and not old.union_representatives.exists()
    assert recent.contacts.exists() and open_ad.contacts.exists()
    assert JobAd.objects.filter(pk=old.pk).exists()  # the ad itself is kept
    call_command("clearjobcontacts", stdout=io.StringIO())  # JOB_CONTACTS_RETENTION_DAYS, 30 by default
    assert recent.contacts.exists()
    call_command("clearjobcontacts", "--days", "0", stdout=io.StringIO())
    assert not recent.contacts.exists() and open_ad.contacts.exists()
    assert Contact.objects.count() == UnionRepresentative.objects.count() == 1


def save_in_the_admin(client, job, **changes):
    """Save the ad's change form as shown, with these fields changed: a version of its own in the history."""
    url = reverse("admin:careers_jobad_change", args=[job.pk])
    data = shown_form(client.get(url).content.decode(), "jobad_form") | {name: [v] for name, v in changes.items()}
    response = client.post(url, {**data, "_save": "Spara"})
    assert response.status_code == 302, response.content.decode()[:4000]


@pytest.mark.django_db
def test_the_command_deletes_the_people_from_the_history_and_a_restore_does_not_bring_them_back(client, editor):
    role = make_role("It", slug="it")
    lind = {"name": "Exempel Anna Lind", "job_title": "Enhetschef", "phone": "070-174 06 05",
            "email": "anna.lind@example.com"}
    falk = {"union": "saco-s", "name": "Exempel Nils Falk", "phone": "070-174 06 14"}
    holm = {"name": "Exempel Eva Holm", "job_title": "Gruppchef", "phone": "070-174 06 09",
            "email": "eva.holm@example.com"}
    ostrom = {"name": "Exempel Jonas Ström", "job_title": "Rekryterare", "phone": "070-174 06 12",
              "email": "jonas.strom@example.com"}
    assert client.post(reverse("admin:careers_jobad_add"), form_data(role, status="publicerad") | inlines(
        contacts=[lind], unions=[falk])).status_code == 302
    job = JobAd.objects.get()
    # Holm is added, then removed again: after that she lives on only in the ad's history.
    save_in_the_admin(client, job, **{f"contacts-1-{name}": value for name, value in holm.items()})
    save_in_the_admin(client, job, **{"contacts-1-DELETE": "on"})
    # Another ad, still open: its people and their history are not touched.
    assert client.post(reverse("admin:careers_jobad_add"), form_data(
        role, slug="oppen", reference="FK 2025/000001", status="publicerad") | inlines(
        contacts=[ostrom])).status_code == 302
    assert client.post(reverse("admin:careers_jobad_changelist"),
                       {"action": "close_now", "_selected_action": [job.pk]}).status_code == 302
    personal = [value for person in (lind, falk, holm) for key, value in person.items() if key != "job_title"
                and key != "union"]

    def stored():
        """Every text the history holds: the versions' data and names, and the change messages."""
        return ([version.serialized_data for version in Version.objects.all()]
                + [version.object_repr for version in Version.objects.all()]
                + [revision.get_comment() for revision in Revision.objects.all()]
                + [entry.get_change_message() for entry in LogEntry.objects.all()])

    assert {value for value in personal if any(value in text for text in stored())} == set(personal)
    versions = Version.objects.get_for_object(job)
    assert len(versions) == 4  # added, Holm added, Holm removed, closed

    out = io.StringIO()
    call_command("clearjobcontacts", "--days", "0", stdout=out)
    assert "1 kontaktpersoner och 1 fackliga företrädare togs bort" in out.getvalue()
    assert [value for value in personal if any(value in text for text in stored())] == []
    assert any("Exempel Jonas Ström" in version.serialized_data for version in Version.objects.all())
    assert "Lade till kontaktperson “(borttagen)”." in [revision.get_comment() for revision in Revision.objects.all()]

    history = client.get(reverse("admin:careers_jobad_history", args=[job.pk])).content.decode()
    for version in Version.objects.get_for_object(job):  # each version still restores the ad itself
        form = client.get(reverse("admin:careers_jobad_revision", args=[job.pk, version.pk]))
        assert form.status_code == 200
        assert not [value for value in personal if value in form.content.decode() + history]
    first = Version.objects.get_for_object(job).last()
    restore_url = reverse("admin:careers_jobad_revision", args=[job.pk, first.pk])
    data = shown_form(client.get(restore_url).content.decode(), "jobad_form")
    assert client.post(restore_url, {**data, "_save": "Spara"}).status_code == 302
    job.refresh_from_db()
    assert job.last_day > timezone.localdate()  # the first version, restored
    assert not job.contacts.exists() and not job.union_representatives.exists()
    for version in Version.objects.get_for_object(job):
        version.revision.revert(delete=True)
        assert not job.contacts.exists() and not job.union_representatives.exists()
    assert [c.name for c in Contact.objects.all()] == ["Exempel Jonas Ström"]


# Today's ads, migrated

@pytest.mark.django_db(transaction=True)
def test_the_migration_moves_the_description_into_the_duties_with_nothing_lost():
    executor = MigrationExecutor(connection)
    executor.migrate([("careers", "0004_hr_editor_jobads")])
    apps = executor.loader.project_state([("careers", "0004_hr_editor_jobads")]).apps
    Role, OldJobAd = apps.get_model("careers", "Role"), apps.get_model("careers", "JobAd")
    role = Role.objects.create(title="Handläggare", slug="handlaggare", summary="Om.")
    text = "Vi söker dig.\n\n### Arbetsuppgifter\n\nDu utreder *föräldrapenning*.\n\n- punkt ett\n- punkt två"
    common = {"role": role, "town": "Östersund", "last_day": day("2030-01-01"), "extent": "heltid",
              "apply_url": "https://rekrytering.example/1", "status": "publicerad"}
    OldJobAd.objects.create(title="Handläggare inom föräldraförsäkringen", slug="a", reference="FK 1",
                            employment_form="provanstallning", description=text, **common)
    OldJobAd.objects.create(title="Utredare", slug="b", reference="FK 2", employment_form="visstid",
                            description="Kort.", **common | {"role": Role.objects.create(
                                title="Utredare", slug="utredare", summary="Om.")})

    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(executor.loader.graph.leaf_nodes())
    first, second = JobAd.objects.order_by("reference")
    assert first.duties == text and second.duties == "Kort."
    assert (first.employment_form, first.probation) == ("tillsvidare", True)
    assert (second.employment_form, second.probation) == ("visstid", False)
    assert first.pay == "Individuell lönesättning" and first.openings == 1
    assert first.role.ssyk_code == "3353"  # Socialförsäkringshandläggare
    assert first.search_role == "Handläggare"
    assert list(JobAd.objects.search("handläggaren")) == [first]
    assert list(JobAd.objects.search("föräldrapenningen")) == [first]


def test_a_contact_address_no_mail_program_would_send_to_still_gives_a_page_and_a_feed(client, db):
    """The editor's form takes what Django's EmailField takes; nothing is sent to it, so nothing can fail."""
    job = make_job()
    job.contacts.create(name="Anna Exempel", job_title="Chef", phone="070-174 06 05", email="=?utf-8?q?x?=@b.se")
    assert client.get(job.get_absolute_url()).status_code == 200
    assert client.get("/lediga-jobb/feed/").status_code == 200
