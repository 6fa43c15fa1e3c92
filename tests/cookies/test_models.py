"""The cookie register, the policy version and the consent records."""

from datetime import timedelta

import pytest
from django.contrib.auth.models import Group
from django.db import DatabaseError
from django.utils import timezone

from careers.permissions import HR_EDITOR_GROUP
from cookies.models import ConsentRecord, Cookie, CookiePolicy

pytestmark = pytest.mark.django_db


def test_a_name_ending_in_a_star_is_a_family_of_cookies():
    family = Cookie(name="_pk_id.*")
    assert family.matches("_pk_id.1.abcd")
    assert not family.matches("_pk_idx") and not family.matches("_pk_ses.1.abcd")
    exact = Cookie(name="sessionid")
    assert exact.matches("sessionid") and not exact.matches("sessionid2")


def test_the_register_holds_the_cookies_the_site_really_sets():
    register = {cookie.name: cookie for cookie in Cookie.objects.all()}
    assert {name for name, cookie in register.items() if cookie.category == "nodvandig"} == {
        "fk_kakval", "csrftoken", "sessionid", "messages"}
    assert set(Cookie.objects.analytics().values_list("name", flat=True)) == {"_pk_id.*", "_pk_ses.*", "_pk_ref.*"}
    # Matomo's script sets its cookies on this site's own domain.
    assert not any(cookie.third_party for cookie in register.values())
    assert register["fk_kakval"].lifetime == "12 månader"
    assert all(cookie.purpose and cookie.lifetime for cookie in register.values())


def test_necessary_cookies_are_listed_first():
    categories = list(Cookie.objects.values_list("category", flat=True))
    assert categories == sorted(categories) and categories[0] == Cookie.Category.NECESSARY


def test_the_policy_version_joins_the_setting_and_the_admin_value(settings):
    assert CookiePolicy.current_version() == "1.1"
    settings.CONSENT_POLICY_VERSION = 3
    assert CookiePolicy.current_version() == "3.1"
    policy = CookiePolicy.objects.get()
    policy.version = 2
    policy.save()  # a new content version of the page cache: the cached value is left behind at once
    assert CookiePolicy.current_version() == "3.2"


def test_the_policy_version_is_unknown_while_the_database_is_down(monkeypatch):
    def broken(*args, **kwargs):
        raise DatabaseError("connection refused")

    monkeypatch.setattr("django.db.models.query.QuerySet.first", broken)
    assert CookiePolicy.current_version() is None


def test_records_older_than_the_retention_period_are_expired(settings):
    settings.CONSENT_RETENTION_DAYS = 30
    now = timezone.now()
    old = ConsentRecord.objects.create(choice="yes", policy_version="1.1", created_at=now - timedelta(days=31))
    ConsentRecord.objects.create(choice="no", policy_version="1.1", created_at=now - timedelta(days=29))
    assert list(ConsentRecord.objects.expired(now)) == [old]


def test_each_record_gets_a_random_consent_id():
    first = ConsentRecord.objects.create(choice="yes", policy_version="1.1")
    second = ConsentRecord.objects.create(choice="yes", policy_version="1.1")
    assert first.consent_id != second.consent_id


def test_a_record_names_the_choice_in_swedish():
    record = ConsentRecord.objects.create(choice="yes", policy_version="1.1")
    assert str(record) == f"{record.consent_id} alla kakor (1.1)"  # the admin's titles and history show it
    record.choice = "no"
    assert str(record) == f"{record.consent_id} bara nödvändiga kakor (1.1)"


def test_hr_editors_keep_the_register_and_may_only_read_the_consent_records():
    codenames = set(Group.objects.get(name=HR_EDITOR_GROUP).permissions
                    .filter(content_type__app_label="cookies").values_list("codename", flat=True))
    assert codenames == {
        f"{action}_{model}" for model in ("cookie", "cookiepolicy")
        for action in ("add", "change", "delete", "view")
    } | {"view_consentrecord"}
