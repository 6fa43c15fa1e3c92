"""Helpers for the tests of job ads (a module of its own, so that several test modules share them)."""

import itertools
from datetime import UTC, date, datetime, timedelta

from django.utils import timezone

from careers.models import JobAd
from tests.conftest import make_role

_numbers = itertools.count(1)


def at(monkeypatch, *args):
    """Pin the clock to a UTC moment."""
    moment = datetime(*args, tzinfo=UTC)
    monkeypatch.setattr(timezone, "now", lambda: moment)
    return moment


def make_job(title="Handläggare till sjukförsäkringen", role=None, town="Östersund", last_day=None,
             published_on=None, status=JobAd.Status.PUBLISHED, **fields):
    """A published ad, open from ten days ago until ten days from today unless told otherwise."""
    today = timezone.localdate()
    number = next(_numbers)
    fields.setdefault("reference", f"FK 2025/{number:06d}")
    fields.setdefault("slug", f"annons-{number}")
    fields.setdefault("apply_url", f"https://rekrytering.example/annons/{number}")
    fields.setdefault("description", "Du utreder rätten till ersättning.")
    return JobAd.objects.create(
        title=title, role=role or make_role(title=f"Roll {number}", slug=f"roll-{number}"), town=town,
        published_on=published_on or today - timedelta(days=10), last_day=last_day or today + timedelta(days=10),
        status=status, **fields,
    )


def day(text):
    return date.fromisoformat(text)
