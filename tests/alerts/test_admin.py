"""HR sees how many alerts each filter has, never an address; the HR group gets only that."""

import pytest
from django.contrib.auth.models import Group

from careers.permissions import HR_EDITOR_GROUP
from tests.alerts.alerts import make_subscription
from tests.editors import log_in
from tests.factories import make_hr_editor, make_job

pytestmark = pytest.mark.django_db


def test_hr_sees_counts_per_filter_and_no_address(client):
    make_job(town="Östersund")
    make_subscription(email="anna@example.se", query="ort=%C3%96stersund")
    make_subscription(email="bo@example.se", query="ort=%C3%96stersund", frequency="vecka")
    make_subscription(email="cecilia@example.se")
    log_in(client, make_hr_editor())
    response = client.get("/admin/alerts/subscription/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "3 jobbevakningar totalt" in html
    assert "<td>Östersund</td><td>1</td><td>1</td><td>2</td>" in html
    assert "<td>Alla lediga jobb</td><td>1</td><td>0</td><td>1</td>" in html
    assert "@example.se" not in html


def test_no_way_to_a_single_alert_or_its_address(client, admin_client, admin_user):
    subscription = make_subscription()
    log_in(admin_client, admin_user)  # a superuser, with a code
    log_in(client, make_hr_editor())
    for who in (client, admin_client):
        for path in (f"/admin/alerts/subscription/{subscription.pk}/change/",
                     f"/admin/alerts/subscription/{subscription.pk}/delete/", "/admin/alerts/subscription/add/"):
            response = who.get(path, follow=True)
            assert "anna@example.se" not in response.content.decode()
            assert response.status_code in (403, 404) or response.redirect_chain


def test_the_hr_group_may_only_view_alerts():
    permissions = Group.objects.get(name=HR_EDITOR_GROUP).permissions.filter(content_type__app_label="alerts")
    assert list(permissions.values_list("codename", flat=True)) == ["view_subscription"]
