"""How long a page may be kept: never past the next moment it may change by itself."""

import math
from datetime import datetime, time, timedelta

from django.conf import settings
from django.core.cache import cache
from django.utils import timezone

from careers.pagecache.generation import generation

NO_PUBLICATION = "none"
READ = object()  # the generation: read it from the cache


def seconds_to_live(now=None):
    """Whole seconds until `expires_at(now)`, for the cache backend's own timeout."""
    now = now or timezone.now()
    return max(1, math.ceil((expires_at(now) - now).total_seconds()))


def expires_at(now, gen=READ):
    """The next moment a page may change by itself.

    Dated content (benefit amounts, job ads' last days, the year that the
    vacation calculator counts from) changes at local midnight, and a page can
    be set to publish at a given time; a cached page must not outlive either.
    """
    local = timezone.localtime(now)
    midnight = timezone.make_aware(
        datetime.combine(local.date() + timedelta(days=1), time.min), local.tzinfo
    )
    deadlines = [midnight, now + timedelta(seconds=settings.PAGE_CACHE_SECONDS)]
    if upcoming := next_publication(now, gen):
        deadlines.append(upcoming)
    return min(deadlines)


def next_publication(now, gen=READ):
    """When the next page set to publish later goes live, or None.

    Asked once per generation (every save starts one) and then shared through
    the cache, so that each page a miss renders does not pay a query for it.
    """
    from careers.models import Page

    if gen is READ:
        gen = generation()
    if gen is None:  # the cache is down: nothing to share it through
        return Page.objects.next_publication(now)
    key = f"page-cache:next-publication:{gen}"
    upcoming = cache.get(key)
    if upcoming is None or (upcoming != NO_PUBLICATION and upcoming <= now):
        upcoming = Page.objects.next_publication(now) or NO_PUBLICATION
        cache.set(key, upcoming, settings.PAGE_CACHE_SECONDS)
    return None if upcoming == NO_PUBLICATION else upcoming
