"""The admin: HR keeps the register and the policy version, and can only read consent records."""

import pytest
from django.conf import settings

from cookies.models import ConsentRecord, Cookie, CookiePolicy
from tests.editors import log_in
from tests.factories import make_hr_editor
from tests.parse import parse, text

pytestmark = pytest.mark.django_db


@pytest.fixture
def hr(client):
    return log_in(client, make_hr_editor())


def admin_url(path):
    return f"/{settings.ADMIN_URL}cookies/{path}"


def test_hr_can_read_consent_records_but_not_add_change_or_delete_them(hr):
    record = ConsentRecord.objects.create(choice="yes", policy_version="1.1", language="en")
    listing = hr.get(admin_url("consentrecord/"))
    assert listing.status_code == 200
    assert str(record.consent_id) in listing.content.decode()
    assert text(parse(listing).select_one("#result_list .field-language")) == "English"
    detail = hr.get(admin_url(f"consentrecord/{record.pk}/change/"))
    assert detail.status_code == 200
    assert 'name="_save"' not in detail.content.decode()
    assert hr.post(admin_url(f"consentrecord/{record.pk}/change/"), {"choice": "no"}).status_code == 403
    assert hr.get(admin_url("consentrecord/add/")).status_code == 403
    assert hr.post(admin_url(f"consentrecord/{record.pk}/delete/"), {"post": "yes"}).status_code == 403
    record.refresh_from_db()
    assert record.choice == "yes"


def test_hr_can_add_a_cookie_to_the_register_in_swedish_with_english_optional(hr, client):
    form = hr.get(admin_url("cookie/add/")).content.decode()
    for field in ("purpose_sv", "purpose_en", "lifetime_sv", "lifetime_en"):
        assert f'name="{field}"' in form  # both languages, side by side
    response = hr.post(admin_url("cookie/add/"), {
        "name": "_pk_hsr.*", "purpose_sv": "Matomo.", "category": "webbanalys", "lifetime_sv": "30 minuter",
        "order": 9,
    })
    assert response.status_code == 302
    cookie = Cookie.objects.analytics().get(name="_pk_hsr.*")
    assert cookie.purpose_sv == "Matomo." and not cookie.purpose_en


def test_swedish_is_required_for_a_cookie(hr):
    response = hr.post(admin_url("cookie/add/"), {
        "name": "_pk_hsr.*", "purpose_en": "Matomo.", "category": "webbanalys", "lifetime_en": "30 minutes",
        "order": 9,
    })
    assert response.status_code == 200 and "Detta fält måste fyllas i." in response.content.decode()
    assert not Cookie.objects.filter(name="_pk_hsr.*").exists()


def test_the_register_list_shows_which_cookies_lack_english(hr):
    Cookie.objects.create(name="bara_svenska", purpose_sv="Bara på svenska.", lifetime_sv="1 dag",
                          category="nodvandig")
    page = parse(hr.get(admin_url("cookie/")))
    english = {text(row.select_one(".field-name")): row.select_one(".field-has_english img")["alt"]
               for row in page.select("#result_list tbody tr")}
    assert english["bara_svenska"] == "False"
    assert english["fk_kakval"] == "True"  # the seeded register came with its English


def test_hr_raises_the_policy_version_but_cannot_add_a_second_one_or_delete_it(hr):
    policy = CookiePolicy.objects.get()
    assert hr.get(admin_url("cookiepolicy/add/")).status_code == 403
    assert hr.post(admin_url(f"cookiepolicy/{policy.pk}/delete/"), {"post": "yes"}).status_code == 403
    assert hr.post(admin_url(f"cookiepolicy/{policy.pk}/change/"), {"version": 2}).status_code == 302
    assert CookiePolicy.current_version() == "1.2"
