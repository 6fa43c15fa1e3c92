"""The site's clock, pinned for a test."""

from datetime import UTC, datetime

from django.utils import timezone


def at(monkeypatch, *args):
    """Pin the clock to a UTC moment."""
    moment = datetime(*args, tzinfo=UTC)
    monkeypatch.setattr(timezone, "now", lambda: moment)
    return moment
