import io
from datetime import date

import pytest
from django.core.management import call_command
from django.utils.text import slugify

from benefits.models import Amount, Benefit, VacationTier
from careers.models import Page, Role, Section


@pytest.fixture
def content(db):
    """The site's real first content, as `make run` loads it."""
    call_command("loadcontent", stdout=io.StringIO(), stderr=io.StringIO())


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
    benefit = Benefit.objects.create(title=title, **fields)
    for amount, valid_from in amounts:
        Amount.objects.create(benefit=benefit, amount=amount, unit="kr per år",
                              valid_from=date.fromisoformat(valid_from))
    return benefit


def make_tiers(*tiers):
    return [VacationTier.objects.create(from_age=age, days=days) for age, days in tiers]


def make_hr_editor(username="hr", password="Ett-långt-lösenord-för-test-42"):
    """A staff account in the HR editors' group, as createhreditor makes one."""
    from django.contrib.auth.models import Group, User

    from careers.permissions import HR_EDITOR_GROUP

    user = User.objects.create_user(username, password=password, is_staff=True)
    user.groups.add(Group.objects.get(name=HR_EDITOR_GROUP))
    return user
