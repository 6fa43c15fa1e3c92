"""The windows of publication time an alert e-mail covers.

A window is a closed run of whole Stockholm days: it ends with a day that is
over, so no ad can still be published into it, and the next window starts the
day after it. A subscription remembers the last day it has covered
(`sent_through`); a run that comes late, or a day with no run at all, only
makes the next window longer. Nothing depends on the hour a run starts.
"""

from datetime import timedelta

DAILY, WEEKLY = "dag", "vecka"


def last_closed_day(frequency, today):
    """The last day a window may cover on `today` (a Stockholm date): yesterday, or last Sunday."""
    if frequency == WEEKLY:
        # ISO weeks end on Sunday: on a Monday that is yesterday, on a Sunday a week ago.
        return today - timedelta(days=today.isoweekday())
    return today - timedelta(days=1)


def window(sent_through, frequency, today):
    """(first day, last day) of the next window, or None when no whole period has passed."""
    end = last_closed_day(frequency, today)
    if sent_through >= end:
        return None
    return sent_through + timedelta(days=1), end


def before_first(confirmed_on):
    """`sent_through` for a new subscription: its first e-mail covers the day of confirmation on."""
    return confirmed_on - timedelta(days=1)
