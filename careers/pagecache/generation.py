"""The shared generation: part of every page's key, so that one write empties the cache everywhere."""

import uuid

from django.core.cache import cache

GENERATION_KEY = "page-cache:generation"


def generation():
    gen = cache.get(GENERATION_KEY)
    if gen is None:
        cache.add(GENERATION_KEY, uuid.uuid4().hex, None)
        gen = cache.get(GENERATION_KEY)
    return gen


def new_generation():
    """Every process and instance misses every page stored before this call."""
    cache.set(GENERATION_KEY, uuid.uuid4().hex, None)
