"""The last day an appeal against a decision to employ must reach the agency.

Three weeks from the day the decision was posted on the notice board. A last
day that falls on a Saturday, a Sunday, a public holiday, Midsummer Eve,
Christmas Eve or New Year's Eve moves to the next weekday that is none of
them (lagen (1930:173) om beräkning av lagstadgad tid, 2 §).

The days come from the maintained `holidays` library: its Swedish public
holidays, and its "de facto" category, which holds exactly Midsummer Eve,
Christmas Eve and New Year's Eve (the days the law treats as holidays).
"""

from datetime import timedelta

import holidays

APPEAL_TIME = timedelta(weeks=3)


def days_off(years):
    return holidays.country_holidays("SE", years=years, categories=(holidays.PUBLIC, holidays.DE_FACTO))


def last_day_to_appeal(posted_on):
    day = posted_on + APPEAL_TIME
    off = days_off(range(day.year, day.year + 2))
    while day.weekday() >= 5 or day in off:
        day += timedelta(days=1)
    return day
