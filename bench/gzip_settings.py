"""The site's settings plus GZipMiddleware just inside the page cache: `BENCH_GZIP=1 make bench`.

To measure a recommendation before making it: pages are then compressed once,
when they are rendered, and cached compressed (the page cache keys by whether
the client accepts gzip, so a client that does not gets its own copy).
"""

from careers.settings import *  # noqa: F403
from careers.settings import MIDDLEWARE

MIDDLEWARE = list(MIDDLEWARE)
MIDDLEWARE.insert(MIDDLEWARE.index("careers.pagecache.middleware.PageCacheMiddleware") + 1,
                  "django.middleware.gzip.GZipMiddleware")
