"""A full-page cache that every worker process and every instance shares.

Django's own cache middleware keys pages by the whole Cookie header (Vary:
Cookie), which would give every visitor a cache of their own. Here the key is
the path, the query string and the visitor's consent state, so the pages with
and without the cookie banner are each cached once.

The cache knows no app by name. Each app says in its `AppConfig.ready()`
which of its models change what pages show (`invalidate_on_change`), when its
content changes without a save (`expire_at`) and which query parameters its
forms read (`cache_query_params`); every other model and every other query
string leaves the cache alone.

- `version`: the version of the content, which every cached page holds; a save
  starts a new one, in the database with the save (`models.ContentVersion`), so
  that no save depends on the cache and none is lost while the cache is down.
  Anything else cached under the content's version (the cookie policy's) uses it too.
- `expiry`: how long a page may be kept (local midnight, what the apps name).
- `invalidation`: what the apps register, and what a save does.
- `middleware`: serving pages from the cache, rendering and storing them, and
  the last good copy while the database is down; `lock`: one render at a time.
- `backend`: Django's Redis cache made to answer "not cached" while Redis is
  down or hangs, with the breaker (careers/breaker.py) that stops asking it
  for a few seconds after a failure.
"""

from careers.pagecache.invalidation import cache_query_params, expire_at, invalidate, invalidate_on_change
from careers.pagecache.version import content_version, new_content_version

__all__ = ["cache_query_params", "content_version", "expire_at", "invalidate", "invalidate_on_change",
           "new_content_version"]
