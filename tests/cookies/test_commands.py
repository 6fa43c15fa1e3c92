"""clearconsentrecords: consent records are kept for the retention period, then deleted."""

import io
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone

from cookies.models import ConsentRecord

pytestmark = pytest.mark.django_db


def run():
    out = io.StringIO()
    call_command("clearconsentrecords", stdout=out)
    return out.getvalue()


def make_record(days_ago):
    return ConsentRecord.objects.create(
        choice="yes", policy_version="1.1", created_at=timezone.now() - timedelta(days=days_ago))


def test_deletes_records_older_than_the_retention_period_and_keeps_the_rest(settings):
    assert settings.CONSENT_RETENTION_DAYS == 396  # about 13 months, the default
    make_record(400)
    make_record(397)
    kept = [make_record(0), make_record(395)]
    assert run() == "2 samtyckesposter äldre än 396 dagar togs bort.\n"
    assert list(ConsentRecord.objects.order_by("-created_at")) == kept


def test_follows_the_retention_setting(settings):
    settings.CONSENT_RETENTION_DAYS = 10
    make_record(11)
    kept = make_record(9)
    run()
    assert list(ConsentRecord.objects.all()) == [kept]


def test_running_it_again_deletes_nothing_more():
    make_record(500)
    run()
    assert run() == "0 samtyckesposter äldre än 396 dagar togs bort.\n"
