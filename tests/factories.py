"""Small `make_*` helpers that create content for a test, with defaults a test can override.

They live here, not in a conftest: a conftest holds fixtures, which pytest finds
by itself, while these are imported by name.
"""

import itertools
from datetime import date, timedelta

from django.contrib.auth.models import Group, User
from django.utils import timezone
from django.utils.text import slugify

from benefits.models import Amount, Benefit, VacationTier
from careers.models import JobAd, Page, Role, Section
from careers.permissions import HR_EDITOR_GROUP

_numbers = itertools.count(1)

PASSWORD = "Ett-långt-lösenord-för-test-42"


def day(text):
    """A date from its ISO form: `day("2025-07-10")`."""
    return date.fromisoformat(text)


def make_page(slug="en-sida", title="En sida", body="Text.", **fields):
    return Page.objects.create(slug=slug, title=title, body=body, is_published=True, **fields)


def make_home(**fields):
    return make_page(slug=Page.HOME_SLUG, title="Jobba på Försäkringskassan", **fields)


def make_section(page, heading="Rubrik", listing="", **fields):
    return Section.objects.create(page=page, heading=heading, listing=listing, **fields)


def make_role(title="Handläggare", slug=None, **fields):
    fields.setdefault("summary", f"Om {title}.")
    return Role.objects.create(title=title, slug=slug or slugify(title), **fields)


def make_benefit(title="Friskvårdsbidrag", amounts=(), **fields):
    """A benefit with its amounts, given as (amount, "YYYY-MM-DD" it is valid from)."""
    benefit = Benefit.objects.create(title=title, **fields)
    for amount, valid_from in amounts:
        Amount.objects.create(benefit=benefit, amount=amount, unit="kr per år", valid_from=day(valid_from))
    return benefit


def make_tiers(*tiers):
    """Vacation tiers, given as (from age, days)."""
    return [VacationTier.objects.create(from_age=age, days=days) for age, days in tiers]


def make_hr_editor(username="hr", password=PASSWORD):
    """A staff account in the HR editors' group, as createhreditor makes one."""
    user = User.objects.create_user(username, password=password, is_staff=True)
    user.groups.add(Group.objects.get(name=HR_EDITOR_GROUP))
    return user


def copy_of(instance, **changes):
    """An unsaved copy of a row, every column but the key, with `changes` by column name (for bulk_create)."""
    fields = {f.attname: getattr(instance, f.attname) for f in instance._meta.concrete_fields if not f.primary_key}
    return type(instance)(**fields | changes)


def make_job(title="Handläggare till sjukförsäkringen", role=None, town="Östersund", last_day=None,
             published_on=None, status=JobAd.Status.PUBLISHED, **fields):
    """A published ad, open from ten days ago until ten days from today unless told otherwise."""
    today = timezone.localdate()
    number = next(_numbers)
    fields.setdefault("reference", f"FK 2025/{number:06d}")
    fields.setdefault("slug", f"annons-{number}")
    fields.setdefault("apply_url", f"https://rekrytering.example/annons/{number}")
    fields.setdefault("duties", "Du utreder rätten till ersättning.")
    fields.setdefault("qualifications", "- en akademisk examen")
    return JobAd.objects.create(
        title=title, role=role or make_role(title=f"Roll {number}", slug=f"roll-{number}"), town=town,
        published_on=published_on or today - timedelta(days=10), last_day=last_day or today + timedelta(days=10),
        status=status, **fields,
    )


def make_jobs_in_two_roles():
    """Four open ads, two in each of the roles It and HR, one of each in Sundsvall and Östersund:
    what the list's and the feed's filters are tried on. Returns the two roles."""
    it = make_role("It", slug="it")
    hr = make_role("HR", slug="hr")
    make_job("Systemutvecklare Java", role=it, town="Sundsvall", duties="Java och tester.")
    make_job("Testledare", role=it, town="Östersund", duties="Du leder testarbetet.")
    make_job("HR-specialist", role=hr, town="Sundsvall", duties="Arbetsmiljö och rehabilitering.")
    make_job("Lönespecialist", role=hr, town="Östersund", duties="Du arbetar med löner i Östersund.")
    return it, hr
