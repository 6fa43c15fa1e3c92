"""The shared content version: part of every page's entry, so that one save empties the cache everywhere.

The content version lives in the database (models.ContentVersion), written in the
save's own transaction. The cache keeps a copy for a short lease, and every
page entry is checked against that copy. A save that cannot reach the cache
(Redis stopped or hanging) therefore loses nothing: the copy in the cache runs
out within the lease, the next reader on any instance reads the database's
value, and no page older than the save is served once the cache is back.

While the database is down the last copy read is used, so that cached pages
keep being served; nothing can be saved meanwhile, so nothing is missed.
"""

import uuid

from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError, transaction

from careers.pagecache.backend import cache_outages, cache_unreachable

VERSION_KEY = "page-cache:content-version"
LAST_READ_KEY = "page-cache:content-version:last-read"
# Outages of the cache this process has seen and read the database after.
seen_outages = [0]


def content_version():
    """The current content version, or None while the cache is down (then nothing is cached or served from it).

    A process that has seen the cache down does not trust the cache's copy
    when it comes back, however young: a save of its own may have failed to
    reach it. It reads the database's first, and puts that in the cache.
    """
    version = cache.get(VERSION_KEY)  # also the call that finds out whether the cache is back
    if cache_unreachable():
        return None
    outages = cache_outages()
    if version is not None and outages == seen_outages[0]:
        return version
    from careers.pagecache.models import ContentVersion

    try:
        version = ContentVersion.current()
    except DatabaseError:
        # The copy last read, leased again: one request per lease asks the
        # database while it is down, not every request.
        if (version := cache.get(LAST_READ_KEY)) is None:
            return None
    else:
        cache.set(LAST_READ_KEY, version, None)
    if outages != seen_outages[0]:
        cache.set(VERSION_KEY, version, settings.PAGE_CACHE_VERSION_LEASE)
        if cache_unreachable():
            return None
        seen_outages[0] = outages
        return version
    # add, not set: a save that committed meanwhile has already put its own.
    cache.add(VERSION_KEY, version, settings.PAGE_CACHE_VERSION_LEASE)
    return cache.get(VERSION_KEY)


def publish(version):
    cache.set(VERSION_KEY, version, settings.PAGE_CACHE_VERSION_LEASE)
    cache.set(LAST_READ_KEY, version, None)


def start(using=None):
    """A new content version: the database's now, the cache's at once and again at the commit.

    Until the commit other processes still read the old rows, so a page one of
    them renders in between is stored under a throwaway content version that
    nobody uses after the commit, and cannot outlive the change.
    """
    from careers.pagecache.models import ContentVersion

    version = ContentVersion.start(using)
    cache.set(VERSION_KEY, uuid.uuid4().hex, settings.PAGE_CACHE_VERSION_LEASE)
    transaction.on_commit(lambda: publish(version), using=using)


def new_content_version():
    """Every process and instance misses every page stored before this call."""
    start()
