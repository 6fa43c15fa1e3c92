"""How long a page may be kept: never past the next moment it may change by itself."""

import math
from datetime import datetime, time, timedelta

from django.conf import settings
from django.core.cache import cache
from django.utils import timezone

from careers.pagecache.invalidation import changes_at
from careers.pagecache.version import content_version

NO_CHANGE = "none"
READ = object()  # the content version: read it from the cache


def seconds_to_live(now=None):
    """Whole seconds until `expires_at(now)`, for the cache backend's own timeout."""
    now = now or timezone.now()
    return max(1, math.ceil((expires_at(now) - now).total_seconds()))


def expires_at(now, version=READ):
    """The next moment a page may change by itself.

    Dated content (benefit amounts, job ads' last days, the year that the
    vacation calculator counts from) changes at local midnight, and an app's
    content may change at a time it names (`changes_at`: a page set to
    publish later); a cached page must not outlive either.
    """
    local = timezone.localtime(now)
    midnight = timezone.make_aware(
        datetime.combine(local.date() + timedelta(days=1), time.min), local.tzinfo
    )
    deadlines = [midnight, now + timedelta(seconds=settings.PAGE_CACHE_SECONDS)]
    if upcoming := next_change(now, version):
        deadlines.append(upcoming)
    return min(deadlines)


def next_change(now, version=READ):
    """The first moment after `now` that some app's content changes by itself, or None.

    Asked once per content version (every save starts one) and then shared
    through the cache, so that each page a miss renders does not pay a query for it.
    """
    if version is READ:
        version = content_version()
    if version is None:  # the cache is down: nothing to share it through
        return ask_apps(now)
    key = f"page-cache:next-change:{version}"
    upcoming = cache.get(key)
    if upcoming is None or (upcoming != NO_CHANGE and upcoming <= now):
        upcoming = ask_apps(now) or NO_CHANGE
        cache.set(key, upcoming, settings.PAGE_CACHE_SECONDS)
    return None if upcoming == NO_CHANGE else upcoming


def ask_apps(now):
    return min(filter(None, (when(now) for when in changes_at)), default=None)
