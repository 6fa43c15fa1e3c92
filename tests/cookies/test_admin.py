"""The admin: HR keeps the register and the policy version, and can only read consent records."""

import pytest
from django.conf import settings

from cookies.models import ConsentRecord, Cookie, CookiePolicy
from tests.editors import log_in
from tests.factories import make_hr_editor

pytestmark = pytest.mark.django_db


@pytest.fixture
def hr(client):
    return log_in(client, make_hr_editor())


def admin_url(path):
    return f"/{settings.ADMIN_URL}cookies/{path}"


def test_hr_can_read_consent_records_but_not_add_change_or_delete_them(hr):
    record = ConsentRecord.objects.create(choice="yes", policy_version="1.1")
    listing = hr.get(admin_url("consentrecord/"))
    assert listing.status_code == 200
    assert str(record.consent_id) in listing.content.decode()
    detail = hr.get(admin_url(f"consentrecord/{record.pk}/change/"))
    assert detail.status_code == 200
    assert 'name="_save"' not in detail.content.decode()
    assert hr.post(admin_url(f"consentrecord/{record.pk}/change/"), {"choice": "no"}).status_code == 403
    assert hr.get(admin_url("consentrecord/add/")).status_code == 403
    assert hr.post(admin_url(f"consentrecord/{record.pk}/delete/"), {"post": "yes"}).status_code == 403
    record.refresh_from_db()
    assert record.choice == "yes"


def test_hr_can_add_a_cookie_to_the_register(hr, client):
    response = hr.post(admin_url("cookie/add/"), {
        "name": "_pk_hsr.*", "purpose": "Matomo.", "category": "webbanalys", "lifetime": "30 minuter", "order": 9,
    })
    assert response.status_code == 302
    assert Cookie.objects.analytics().filter(name="_pk_hsr.*").exists()


def test_hr_raises_the_policy_version_but_cannot_add_a_second_one_or_delete_it(hr):
    policy = CookiePolicy.objects.get()
    assert hr.get(admin_url("cookiepolicy/add/")).status_code == 403
    assert hr.post(admin_url(f"cookiepolicy/{policy.pk}/delete/"), {"post": "yes"}).status_code == 403
    assert hr.post(admin_url(f"cookiepolicy/{policy.pk}/change/"), {"version": 2}).status_code == 302
    assert CookiePolicy.current_version() == "1.2"
