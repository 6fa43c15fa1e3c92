"""A full-page cache that every worker process and every instance shares.

Django's own cache middleware keys pages by the whole Cookie header (Vary:
Cookie), which would give every visitor a cache of their own. Here the key is
the path, the query string and the visitor's consent state, so the pages with
and without the cookie banner are each cached once.

The cache knows no app by name. Each app says in its `AppConfig.ready()`
which of its models change what pages show (`invalidate_on_change`) and which
query parameters its forms read (`cache_query_params`); every other model and
every other query string leaves the cache alone.

- `generation`: the shared generation every entry holds; a save starts a new one,
  in the database with the save (`models.Generation`), so that no save depends
  on the cache and none is lost while the cache is down.
- `expiry`: how long a page may be kept (local midnight, publication times).
- `invalidation`: the models that change pages, and what a save does.
- `middleware`: serving and storing pages, and the last good copy while the database is down.
- `backend`, `breaker`: Django's Redis cache made to answer "not cached" while Redis
  is down or hangs, and to stop asking it for a few seconds after a failure.
"""

from careers.pagecache.generation import new_generation
from careers.pagecache.invalidation import cache_query_params, invalidate, invalidate_on_change

__all__ = ["cache_query_params", "invalidate", "invalidate_on_change", "new_generation"]
