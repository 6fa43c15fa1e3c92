"""Django's Redis cache, made to answer "not cached" while Redis cannot be reached.

A cache is only a cache: while Redis is stopped, paused or cut off, every
read is a miss and every write is dropped, so pages are rendered from the
database and saves go through. Short socket timeouts (settings.py) bound what
the first failure costs; the breaker spares the requests after it.
"""

import fcntl
import os
import threading

from django.conf import settings
from django.core.cache import DEFAULT_CACHE_ALIAS, caches
from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.filebased import FileBasedCache
from django.core.cache.backends.redis import RedisCache, RedisCacheClient
from redis.exceptions import RedisError

from careers.breaker import Breaker

# Django makes one cache object per thread; the breaker is one per process and server.
breakers = {}
breakers_lock = threading.Lock()


def breaker_for(server):
    with breakers_lock:
        if server not in breakers:
            breakers[server] = Breaker(f"The cache ({server})", settings.CACHE_RETRY_SECONDS, service="cache")
        return breakers[server]


class ReusedRedisClient(RedisCacheClient):
    """Django's Redis client with one redis-py client per connection pool, kept.

    Django builds a new redis-py client for every command, and redis-py fills a
    fresh table of some 170 response callbacks each time: a fifth of a
    millisecond of CPU per command, several times per request. A redis-py client
    is safe to share between threads (each command takes a connection from
    the pool), so one is made per pool and kept.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        if (client := self._clients.get(id(pool))) is None:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client


class ResilientRedisCache(RedisCache):
    """Every call that Redis fails, or that the breaker holds back, returns what a miss returns.

    incr() (and decr(), which is an incr()) returns None then: a count that
    cannot be had, which a caller that counts must decide about (the job
    alerts' throttle lets the sign-up through). clear() is left as it is: an
    operator's `clearpagecache` must fail loudly.
    """

    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = ReusedRedisClient
        self.breaker = breaker_for(server)

    def attempt(self, method, fallback, *args):
        if not self.breaker.allows():
            return fallback
        try:
            result = method(*args)
        except RedisError as error:
            self.breaker.failed(error)
            return fallback
        self.breaker.succeeded()
        return result

    def reachable(self):
        """Whether the cache answers now (the breaker, or a real round trip when it lets one through)."""
        self.attempt(super().has_key, False, "page-cache:healthz")
        return not self.breaker.down

    def get(self, key, default=None, version=None):
        return self.attempt(super().get, default, key, default, version)

    def get_many(self, keys, version=None):
        return self.attempt(super().get_many, {}, keys, version)

    def has_key(self, key, version=None):
        return self.attempt(super().has_key, False, key, version)

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self.attempt(super().add, False, key, value, timeout, version)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self.attempt(super().set, None, key, value, timeout, version)

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        return self.attempt(super().set_many, list(data), data, timeout, version)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self.attempt(super().touch, False, key, timeout, version)

    def delete(self, key, version=None):
        return self.attempt(super().delete, False, key, version)

    def delete_many(self, keys, version=None):
        return self.attempt(super().delete_many, None, keys, version)

    def incr(self, key, delta=1, version=None):
        return self.attempt(super().incr, None, key, delta, version)


class FileCache(FileBasedCache):
    """Django's file cache with an add() that two processes or threads cannot both win.

    Django's checks for the key and then writes it, so two requests could
    both take the page cache's render lock (lock.py). Adds are rare (one per
    missed page), so one lock file for the whole cache is enough.
    """

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        self._createdir()
        with open(os.path.join(self._dir, "add.lock"), "a") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes
            return super().add(key, value, timeout, version)


def cache_unreachable():
    """Whether the default cache is known to be down now; never asks it."""
    breaker = getattr(caches[DEFAULT_CACHE_ALIAS], "breaker", None)
    return breaker is not None and breaker.down


def cache_outages():
    """How many outages of the default cache this process has seen."""
    breaker = getattr(caches[DEFAULT_CACHE_ALIAS], "breaker", None)
    return breaker.outages if breaker is not None else 0


def cache_reachable():
    """For /healthz: asks the cache (unless its breaker holds back), whatever its backend."""
    cache = caches[DEFAULT_CACHE_ALIAS]
    if isinstance(cache, ResilientRedisCache):
        return cache.reachable()
    try:
        cache.has_key("page-cache:healthz")
    except Exception:  # any other backend: whatever it raises means it does not answer
        return False
    return True
