"""A job ad's state: one rule, asked of one ad (`visibility`) or of many (the QuerySet)."""

from datetime import timedelta

import pytest
from django.utils import timezone

from careers.models import JobAd
from tests.factories import make_job

State = JobAd.Visibility


@pytest.fixture
def ads(db):
    today = timezone.localdate()
    return {
        State.DRAFT: make_job(status=JobAd.Status.DRAFT),
        State.SCHEDULED: make_job(published_on=today + timedelta(days=1)),
        State.OPEN: make_job(published_on=today, last_day=today),
        State.CLOSED: make_job(last_day=today - timedelta(days=1)),
    }


def test_each_ad_knows_its_own_state(ads):
    today = timezone.localdate()
    assert {state: ad.visibility(today) for state, ad in ads.items()} == {state: state for state in ads}


@pytest.mark.parametrize(("method", "state"), [
    ("open", State.OPEN), ("closed", State.CLOSED), ("scheduled", State.SCHEDULED),
])
def test_the_queryset_and_the_ad_agree(ads, method, state):
    today = timezone.localdate()
    assert list(getattr(JobAd.objects, method)(today)) == [ads[state]]
    assert [ad for ad in JobAd.objects.all() if ad.visibility(today) == state] == [ads[state]]
