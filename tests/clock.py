"""The clock, pinned for a test one way throughout: with time-machine's `time_machine` fixture.

time-machine moves every clock that tells the date and time (datetime.now,
date.today, time.time, so also Django's timezone.now and localdate, and the
file cache's expiry), so the site, its cache and the test agree on the
moment. Moments are written in UTC, with a comment that says what time it is
in Stockholm where that matters: the site's days begin at Stockholm midnight.
"""

from datetime import UTC, datetime


def utc(text):
    """A UTC moment from its ISO form: `utc("2025-12-31 23:00:01")`."""
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def at(time_machine, *moment):
    """Stop the clock at a UTC moment, `at(time_machine, 2025, 7, 10, 21, 59)`, until the test ends or moves it."""
    moment = datetime(*moment, tzinfo=UTC)
    time_machine.move_to(moment, tick=False)
    return moment
