"""A full-page cache that every worker process and every instance shares.

Django's own cache middleware keys pages by the whole Cookie header (Vary:
Cookie), which would give every visitor a cache of their own. Here the key is
the path, the query string and the visitor's consent state, so the pages with
and without the cookie banner are each cached once.

The cache knows no app by name. Each app says in its `AppConfig.ready()`
which of its models change what pages show (`invalidate_on_change`) and which
query parameters its forms read (`cache_query_params`); every other model and
every other query string leaves the cache alone.

- `generation`: the shared generation every key holds; a save starts a new one.
- `expiry`: how long a page may be kept (local midnight, publication times).
- `invalidation`: the models that change pages, and what a save does.
- `middleware`: serving and storing pages.
"""

from careers.pagecache.generation import new_generation
from careers.pagecache.invalidation import cache_query_params, invalidate, invalidate_on_change

__all__ = ["cache_query_params", "invalidate", "invalidate_on_change", "new_generation"]
