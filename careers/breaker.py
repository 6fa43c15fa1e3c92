"""A circuit breaker, one per process and service: after a failure, stop asking for a few seconds.

Used by the cache backend (careers/pagecache/backend.py) and the database
backend (careers/database/base.py); it knows neither.
"""

import logging
import threading
import time

from careers.metrics import BREAKER_OPEN

logger = logging.getLogger("careers.breaker")


class Breaker:
    """Whether to try a service now, and one warning in the log per outage.

    After a failure the breaker opens: for `retry_after` seconds nobody tries,
    so a dead or hanging service costs a request nothing instead of a timeout.
    Then one caller at a time tries again; a success closes it. Each process
    logs one line when the outage starts and one when it ends, never a
    traceback per request.
    """

    def __init__(self, name, retry_after, quiet=False, service=""):
        self.name = name
        self.service = service  # its label in /metrics (careers/metrics.py): a kind, never an address
        self.quiet = quiet  # for a caller that logs the outage itself
        self.retry_after = retry_after
        self.down = False
        self.outages = 0  # how many began in this process: readers may distrust what they had before
        self.retry_at = 0.0
        self.lock = threading.Lock()

    def allows(self):
        if not self.down:
            return True
        with self.lock:
            now = time.monotonic()
            if now < self.retry_at:
                return False
            # This caller tries; the others wait out another round meanwhile.
            self.retry_at = now + self.retry_after
            return True

    def failed(self, error):
        with self.lock:
            first = not self.down
            self.down = True
            self.outages += first
            self.retry_at = time.monotonic() + self.retry_after
        BREAKER_OPEN.labels(self.service).set(1)
        if first and not self.quiet:
            logger.warning("%s does not answer (%s: %s); going on without it, trying again every %s s",
                           self.name, type(error).__name__, error, self.retry_after)

    def succeeded(self):
        if self.down:
            with self.lock:
                was_down, self.down = self.down, False
            BREAKER_OPEN.labels(self.service).set(0)
            if was_down and not self.quiet:
                logger.warning("%s answers again", self.name)
