"""Helpers for the job alert tests: subscriptions as a confirmation makes them, and links read from e-mails."""

import re
from datetime import timedelta

from django.utils import timezone

from careers.alerts import periods, tokens
from careers.alerts.models import CONSENT_TEXT_VERSION, Subscription


def make_subscription(email="anna@example.se", query="", frequency="dag", confirmed_at=None, **fields):
    """A subscription confirmed at `confirmed_at` (now by default), as the confirmation view makes it."""
    confirmed_at = confirmed_at or timezone.now()
    fields.setdefault("sent_through", periods.before_first(timezone.localdate(confirmed_at)))
    fields.setdefault("kept_at", confirmed_at)
    return Subscription.objects.create(email=email, query=query, frequency=frequency, confirmed_at=confirmed_at,
                                       consent_version=CONSENT_TEXT_VERSION, **fields)


def text_of(message):
    return message.get_body(("plain",)).get_content()


def html_of(message):
    return message.get_body(("html",)).get_content()


def link(message, name):
    """The path of the first link to the route `name` (bekrafta, hantera, avsluta) in the plain text."""
    found = re.search(rf"https://jobba\.example\.se(/lediga-jobb/bevakning/{name}/[^/\s]+/)", text_of(message))
    assert found, text_of(message)
    return found.group(1)


def manage_path(subscription):
    return f"/lediga-jobb/bevakning/hantera/{tokens.for_subscription(subscription, tokens.MANAGE)}/"


def unsubscribe_path(subscription):
    return f"/lediga-jobb/bevakning/avsluta/{tokens.for_subscription(subscription, tokens.UNSUBSCRIBE)}/"


def days(n):
    return timedelta(days=n)
