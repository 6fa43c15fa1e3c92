"""The page cache expires at the next dated change, by the site's own clock.

Dated content (a benefit amount coming into force, an ad's last day, the
year the vacation calculator counts from) changes at local midnight, and a
page can be set to publish at a given time.
"""

import re

import pytest
from django.urls import reverse

from benefits.models import Amount
from careers.pagecache import expiry as page_cache
from tests.clock import utc
from tests.factories import make_page
from tests.parse import get, lines

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("now", "seconds"),
    [
        # 23:30 on New Year's Eve in Stockholm (CET, UTC+1): half an hour to the new year.
        ("2025-12-31 22:30", 30 * 60),
        # 00:30 on 1 January in Stockholm although still 31 December in UTC: to the next midnight.
        ("2025-12-31 23:30", 23 * 3600 + 30 * 60),
        # The night summer time starts (02:00 becomes 03:00) has a 23-hour day.
        ("2026-03-28 23:00", 23 * 3600),
        # Summer (CEST, UTC+2): midnight is 22:00 UTC.
        ("2026-06-30 21:59", 60),
    ],
)
def test_a_page_lives_until_the_next_local_midnight(settings, now, seconds):
    settings.PAGE_CACHE_SECONDS = 2 * 24 * 3600
    assert page_cache.seconds_to_live(utc(now)) == seconds


def test_a_page_lives_no_longer_than_the_configured_time(settings):
    settings.PAGE_CACHE_SECONDS = 600
    assert page_cache.seconds_to_live(utc("2026-06-30 10:00")) == 600


def test_a_page_lives_until_the_next_page_is_published(settings):
    settings.PAGE_CACHE_SECONDS = 2 * 24 * 3600
    make_page(slug="snart", publish_from=utc("2026-06-30 10:05"))
    make_page(slug="redan", publish_from=utc("2026-06-30 09:00"))
    assert page_cache.seconds_to_live(utc("2026-06-30 10:00")) == 300


def test_the_next_publication_is_asked_once_per_content_version(settings, django_assert_num_queries):
    settings.PAGE_CACHE_SECONDS = 2 * 24 * 3600
    make_page(slug="snart", publish_from=utc("2026-06-30 10:05"))
    make_page(slug="senare", publish_from=utc("2026-06-30 10:30"))
    assert page_cache.seconds_to_live(utc("2026-06-30 10:00")) == 300
    with django_assert_num_queries(0):
        assert page_cache.seconds_to_live(utc("2026-06-30 10:01")) == 240
    # Once that page is out, the next one counts.
    assert page_cache.seconds_to_live(utc("2026-06-30 10:06")) == 24 * 60


@pytest.fixture
def clock(time_machine):
    """`clock(moment)` stops every clock at a UTC moment, the cache backend's too."""
    return lambda moment: time_machine.move_to(utc(moment), tick=False)


def current_amount(client, url):
    """The amount in force: a line of its own (a coming one is announced in a sentence)."""
    return next(line for line in lines(get(client, url)) if re.fullmatch(r"[\d\xa0]+ (kr|kronor) .+", line))


def test_a_page_cached_before_midnight_is_not_served_after_it(client, content, settings, clock):
    """An amount that comes into force at midnight shows at once, although nothing was saved."""
    settings.PAGE_CACHE_SECONDS = 3600
    url = reverse("careers:home")
    clock("2025-12-31 22:59:30")  # 23:59:30 in Stockholm
    before = current_amount(client, url)
    # A change behind the models' back is not seen: the page really is cached until midnight.
    Amount.objects.filter(amount=4000).update(unit="kronor om året")
    clock("2025-12-31 22:59:59")
    assert current_amount(client, url) == before
    clock("2025-12-31 23:00:01")
    after = current_amount(client, url)
    assert before.replace("\xa0", " ") == "4 000 kr per år"
    assert after.replace("\xa0", " ") == "5 000 kr per år"


def test_a_page_expires_by_the_sites_clock_to_the_second(client, content, clock):
    """Half a second before midnight the backend's timeout rounds up to a second; the page must not."""
    url = reverse("careers:home")
    clock("2025-12-31 22:59:59.500")
    before = current_amount(client, url)
    clock("2025-12-31 23:00:00.200")
    after = current_amount(client, url)
    assert before.replace("\xa0", " ") == "4 000 kr per år"
    assert after.replace("\xa0", " ") == "5 000 kr per år"
