"""The example ads that `loadcontent --examples` makes, so that `make run` shows a real-looking list."""

import io

import pytest
from django.core.management import call_command
from django.utils import timezone

from careers.models import JobAd, Link

pytestmark = pytest.mark.django_db


def test_loadcontent_with_examples_loads_a_dozen_ads_around_today_once(db):
    out = io.StringIO()
    call_command("loadcontent", stdout=out, stderr=io.StringIO())
    assert not JobAd.objects.exists()  # never made-up ads on a real site by default
    call_command("loadcontent", "--examples", stdout=out, stderr=io.StringIO())
    today = timezone.localdate()
    ads = JobAd.objects.all()
    assert 12 <= ads.count() <= 15
    assert JobAd.objects.open(today).count() >= 10
    assert JobAd.objects.closed(today).exists() and ads.filter(status=JobAd.Status.DRAFT).exists()
    assert ads.filter(last_day=today).exists()
    assert len(set(ads.values_list("role", flat=True))) >= 10 and len(set(ads.values_list("town", flat=True))) >= 8
    call_command("loadcontent", "--examples", stdout=out, stderr=io.StringIO())
    assert JobAd.objects.count() == ads.count()
    assert Link.objects.get(title="Lediga jobb").get_absolute_url() == "/lediga-jobb/"
