"""Every content model keeps its versions with its inlines; any version can be restored, a deleted object recovered."""

import io
from datetime import date, timedelta

import pytest
import reversion
from django.contrib import admin
from django.core.management import call_command
from django.forms.models import _get_foreign_key
from django.urls import reverse
from django.utils import timezone
from reversion.models import Revision, Version

from benefits.models import Amount, VacationTier
from careers.models import Contact, JobAd, Link, Section, UnionRepresentative
from careers.models import Testimonial as Colleague  # "Test…" would look like a test class to pytest
from cookies.models import Cookie, CookiePolicy
from tests.editors import form_data
from tests.factories import make_benefit, make_home, make_job, make_page, make_role

pytestmark = pytest.mark.django_db


def first_version(make):
    """The object's first version, with its inline rows in it only if the version follows them.

    The rows are made before the revision, and only the object is saved in it:
    rows saved inside a revision would be kept by themselves, following or not.
    """
    obj = make()
    with reversion.create_revision():
        obj.save()
    return obj


def make_page_with_sections():
    page = make_page(slug="om-oss", title="Om oss", body="Första texten.")
    Section.objects.create(page=page, heading="Vad vi gör", body="Vi utreder.", order=1)
    Section.objects.create(page=page, heading="Hur vi arbetar", body="Sakligt.", order=2)
    return page


def make_benefit_with_amounts():
    return make_benefit(amounts=[(4000, "2025-07-01"), (5000, "2026-01-01")])


def make_cookie():
    return Cookie.objects.create(name="fk_test", purpose="Kommer ihåg ett val.", category="nodvandig",
                                 lifetime="12 månader")


def make_job_with_people():
    job = make_job("Statistiker")
    Contact.objects.create(job=job, name="Exempel Eva Holm", job_title="Enhetschef", phone="070-174 06 09",
                           email="eva.holm@example.se")
    UnionRepresentative.objects.create(job=job, union=UnionRepresentative.Union.ST, name="Exempel Per Ek",
                                       phone="010-116 00 00")
    UnionRepresentative.objects.create(job=job, union=UnionRepresentative.Union.SACO_S, name="Exempel Lisa Berg")
    return job


def make_policy():
    policy = CookiePolicy.objects.get()
    policy.save()
    return policy


# (how the first version is made, what the editor changes in the change form)
CASES = {
    "page": (make_page_with_sections, {"title_sv": "Om oss, ändrad", "sections-0-body_sv": "Ändrad.",
                                       "sections-1-DELETE": "on"}),
    "role": (lambda: make_role("Utredare"), {"title_sv": "Utredare, ändrad", "summary_en": "New."}),
    "testimonial": (lambda: Colleague.objects.create(name="Anna", quote="Bra jobb."), {"quote_sv": "Ändrat."}),
    "link": (lambda: Link.objects.create(title="Om oss", url="/om-oss/"), {"title_en": "Changed link"}),
    "benefit": (make_benefit_with_amounts, {"title_sv": "Ändrad förmån", "amounts-1-amount": "5500",
                                            "amounts-0-DELETE": "on"}),
    "vacationtier": (lambda: VacationTier.objects.create(from_age=30, days=31), {"days": "32"}),
    # A contact renamed and a union representative's row deleted: both come back with the ad.
    "jobad": (make_job_with_people, {"title": "Statistiker, ändrad", "town": "Visby",
                                     "contacts-0-name": "Exempel Eva Lind",
                                     "union_representatives-0-DELETE": "on"}),
    "cookie": (make_cookie, {"purpose_sv": "Ändrat syfte.", "purpose_en": "Changed purpose."}),
    "cookiepolicy": (make_policy, {"version": "2"}),
}


def admin_of(obj):
    return admin.site._registry[type(obj)]


def url(obj, view, *args):
    return reverse(f"admin:{obj._meta.app_label}_{obj._meta.model_name}_{view}", args=args)


def value(obj, field):
    """A field's value; an empty text in another language (title_en) is empty whether NULL or ''."""
    found = getattr(obj, field.attname)
    return "" if found is None and hasattr(field, "translated_field") else found


def state(obj):
    """The object's own fields and its inline rows, without keys and automatic times."""
    obj = type(obj).objects.get(pk=obj.pk)
    skip = {"id", "updated_at", "search_text"}
    own = {f.name: value(obj, f) for f in obj._meta.concrete_fields if f.name not in skip}
    rows = []
    for inline in admin_of(obj).inlines:
        fk = _get_foreign_key(type(obj), inline.model, inline.fk_name)
        rows.append(sorted(
            tuple((f.name, value(row, f)) for f in inline.model._meta.concrete_fields
                  if f.name not in skip and f is not fk)
            for row in inline.model.objects.filter(**{fk.name: obj})
        ))
    return own, rows


def change(client, obj, changes):
    data = form_data(client.get(url(obj, "change", obj.pk)).content.decode(), f"{obj._meta.model_name}_form")
    data.update({name: [value] for name, value in changes.items()})
    response = client.post(url(obj, "change", obj.pk), {**data, "_save": "Spara"})
    assert response.status_code == 302, response.content.decode()[:4000]


@pytest.mark.parametrize("name", CASES)
def test_a_version_is_restored_with_its_inlines(client, editor, name):
    make, changes = CASES[name]
    obj = first_version(make)
    before = state(obj)
    change(client, obj, changes)
    assert state(obj) != before
    if any("-" in field for field in changes):  # the inline rows changed too: what the restore must bring back
        assert state(obj)[1] != before[1]
    versions = Version.objects.get_for_object(obj)  # newest first
    assert len(versions) == 2 and versions[0].revision.user == editor

    history = client.get(url(obj, "history", obj.pk)).content.decode()
    assert "Historik" in history and editor.username in history
    restore_url = url(obj, "revision", obj.pk, versions[1].pk)
    form = client.get(restore_url)
    assert form.status_code == 200
    assert "Tryck på spara här nedan för att återställa den här versionen." in form.content.decode()
    assert state(obj) != before  # looking at an old version changes nothing
    data = form_data(form.content.decode(), f"{obj._meta.model_name}_form")
    response = client.post(restore_url, {**data, "_save": "Spara"})
    assert response.status_code == 302, response.content.decode()[:4000]
    assert state(obj) == before
    assert Version.objects.get_for_object(obj).count() == 3  # the restore is a version of its own


@pytest.mark.parametrize("name", [name for name in CASES if name != "cookiepolicy"])  # the policy is never deleted
def test_a_deleted_object_is_recovered_with_its_inlines(client, editor, name):
    make, _ = CASES[name]
    obj = first_version(make)
    before = state(obj)
    model = type(obj)
    assert client.post(url(obj, "delete", obj.pk), {"post": "yes"}).status_code == 302
    assert not model.objects.filter(pk=obj.pk).exists()

    listing = client.get(url(obj, "changelist")).content.decode()
    assert url(obj, "recoverlist") in listing and "Återskapa borttagna" in listing
    deleted = Version.objects.get_deleted(model).get()
    assert str(obj) in client.get(url(obj, "recoverlist")).content.decode()
    form = client.get(url(obj, "recover", deleted.pk)).content.decode()
    response = client.post(url(obj, "recover", deleted.pk),
                           {**form_data(form, f"{obj._meta.model_name}_form"), "_save": "Spara"})
    assert response.status_code == 302, response.content.decode()[:4000]
    assert state(obj) == before


def test_a_restore_clears_the_page_cache(client, editor):
    home = first_version(lambda: make_home(body="Den första texten."))
    change(client, home, {"body_sv": "Den andra texten."})
    visitor = type(client)()
    assert "Den andra texten." in visitor.get("/").content.decode()  # now cached
    old = Version.objects.get_for_object(home)[1]
    restore_url = url(home, "revision", home.pk, old.pk)
    data = form_data(client.get(restore_url).content.decode(), "page_form")
    assert client.post(restore_url, {**data, "_save": "Spara"}).status_code == 302
    assert "Den första texten." in visitor.get("/").content.decode()


def test_a_version_of_another_model_cannot_be_restored_through_this_one(client, editor):
    role = first_version(lambda: make_role("Utredare"))
    page = first_version(lambda: make_page(slug="sida"))
    role_version = Version.objects.get_for_object(role).get()
    assert client.get(url(page, "revision", page.pk, role_version.pk)).status_code == 404


def test_deleterevisions_keeps_a_year(editor):
    old = first_version(lambda: make_role("Gammal"))
    new = first_version(lambda: make_role("Ny"))
    Revision.objects.filter(version__object_id=str(old.pk), version__content_type__model="role").update(
        date_created=timezone.now() - timedelta(days=366))
    Revision.objects.filter(version__object_id=str(new.pk), version__content_type__model="role").update(
        date_created=timezone.now() - timedelta(days=364))
    call_command("deleterevisions", stdout=io.StringIO())
    assert not Version.objects.get_for_object(old).exists()
    assert Version.objects.get_for_object(new).exists()


def test_amounts_are_kept_with_their_benefit(editor):
    benefit = first_version(make_benefit_with_amounts)
    version = Version.objects.get_for_object(benefit).get()
    amounts = version.revision.version_set.filter(content_type__model="amount")
    assert sorted(v.field_dict["valid_from"] for v in amounts) == [date(2025, 7, 1), date(2026, 1, 1)]
    assert Amount.objects.count() == 2


def test_close_now_closes_a_scheduled_ad_and_the_history_can_undo_it(client, editor):
    today = timezone.localdate()
    job = first_version(lambda: make_job("Kommande annons", published_on=today + timedelta(days=5),
                                         last_day=today + timedelta(days=15)))
    before = state(job)
    visitor = type(client)()
    assert visitor.get(job.get_absolute_url()).status_code == 404  # not shown yet

    response = client.post(url(job, "changelist"), {"action": "close_now", "_selected_action": [job.pk]},
                           follow=True)
    assert "1 annons stängdes." in response.content.decode()
    job.refresh_from_db()
    assert job.last_day == today - timedelta(days=1) and job.published_on <= job.last_day
    assert job.visibility(today) == JobAd.Visibility.CLOSED
    listing = client.get(url(job, "changelist")).content.decode()
    row = listing[listing.index(">Kommande annons<"):]
    assert "Stängd" in row[:row.index("</tr>")] and "Visas från" not in row[:row.index("</tr>")]
    assert visitor.get(job.get_absolute_url()).status_code == 410
    versions = Version.objects.get_for_object(job)  # the action's save is a version of its own
    assert len(versions) == 2 and versions[0].revision.user == editor
    assert "Stängde annonsen." in client.get(url(job, "history", job.pk)).content.decode()

    restore_url = url(job, "revision", job.pk, versions[1].pk)
    data = form_data(client.get(restore_url).content.decode(), "jobad_form")
    assert client.post(restore_url, {**data, "_save": "Spara"}).status_code == 302
    assert state(job) == before
    assert visitor.get(job.get_absolute_url()).status_code == 404  # scheduled again
