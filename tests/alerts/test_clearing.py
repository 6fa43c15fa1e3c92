"""clearjobalerts with a moved clock: ask once after a year, delete a month after asking, forget used links."""

from datetime import UTC, datetime, timedelta

import pytest
import time_machine
from django.core.management import call_command
from django.utils import timezone

from careers.alerts import tokens
from careers.alerts.models import SpentToken, Subscription
from tests.alerts.alerts import link, make_subscription, text_of

pytestmark = pytest.mark.django_db
START = datetime(2026, 1, 15, 9, tzinfo=UTC)


def clear(moment):
    with time_machine.travel(moment, tick=False):
        call_command("clearjobalerts", stdout=open("/dev/null", "w"))


def test_a_year_without_keep_asks_once_then_deletes_a_month_later(inbox):
    with time_machine.travel(START, tick=False):
        subscription = make_subscription()
        fresh = make_subscription(email="ny@example.se", confirmed_at=START + timedelta(days=200))
    clear(START + timedelta(days=364))
    assert inbox.messages == []
    clear(START + timedelta(days=366))
    clear(START + timedelta(days=367))  # asked once only
    [question] = inbox.messages
    assert question["To"] == "anna@example.se" and question["Subject"] == "Vill du behålla din jobbevakning?"
    assert "tas din jobbevakning och din e-postadress bort den 15 februari 2027" in text_of(question)
    assert question["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    clear(START + timedelta(days=366 + 29))
    assert Subscription.objects.filter(pk=subscription.pk).exists()
    clear(START + timedelta(days=366 + 31))
    assert not Subscription.objects.filter(pk=subscription.pk).exists()
    assert Subscription.objects.filter(pk=fresh.pk).exists()


def test_keeping_by_the_emailed_link_starts_a_new_year(client, inbox):
    with time_machine.travel(START, tick=False):
        subscription = make_subscription()
    clear(START + timedelta(days=366))
    with time_machine.travel(START + timedelta(days=370), tick=False):
        path = link(inbox.messages[0], "hantera")
        assert client.post(path, {"atgard": "behall"}).status_code == 302
    clear(START + timedelta(days=366 + 40))
    assert Subscription.objects.filter(pk=subscription.pk).exists()
    clear(START + timedelta(days=370 + 366))
    assert len(inbox.messages) == 2  # asked again a year after keeping


def test_used_confirmation_links_are_forgotten_when_they_would_have_expired(inbox):
    now = timezone.now()
    SpentToken.objects.create(digest="a" * 64, expires_at=now + tokens.CONFIRM_MAX_AGE)
    clear(now + tokens.CONFIRM_MAX_AGE - timedelta(minutes=1))
    assert SpentToken.objects.exists()
    clear(now + tokens.CONFIRM_MAX_AGE + timedelta(minutes=1))
    assert not SpentToken.objects.exists()
