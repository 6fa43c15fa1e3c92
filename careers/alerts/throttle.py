"""Limits on the sign-up form, so that it cannot be used to fill a stranger's inbox.

Counted in the shared cache, so every worker and instance counts together. The
address is counted by a keyed digest (HMAC with SECRET_KEY), never in clear:
the cache holds no address, and a digest found there cannot be reversed by
trying a list of addresses without the key. While the cache cannot be reached
(Redis down or hanging) nothing is counted and every sign-up is let through.
"""

from django.core.cache import cache
from django.utils.crypto import salted_hmac

from careers.security import client_ip

# Confirmation e-mails to one address a day: enough to retry a lost e-mail or
# watch two kinds of jobs, too few to be a nuisance.
PER_ADDRESS, ADDRESS_SECONDS = 3, 24 * 60 * 60
# Sign-ups from one client an hour, whatever the addresses.
PER_CLIENT, CLIENT_SECONDS = 10, 60 * 60


def _count(key, seconds):
    """This sign-up's number within the key's period, or None while the cache cannot count."""
    cache.add(key, 0, seconds)
    try:
        return cache.incr(key)  # None while the cache is unreachable (pagecache/backend.py)
    except ValueError:  # expired between add() and incr()
        cache.set(key, 1, seconds)
        return 1


def _within(key, limit, seconds):
    count = _count(key, seconds)
    # An uncounted sign-up is let through: the limit is not worth a lost
    # sign-up. Turned away, a job seeker loses the alert; let through during
    # the minutes of an outage, a stranger can at worst be sent more
    # confirmation e-mails, which start nothing unless clicked.
    return count is None or count <= limit


def allow(request, email):
    """Count one sign-up; False when the client or the address has had its share, True while uncounted."""
    if not _within(f"alerts:signup:client:{client_ip(request)}", PER_CLIENT, CLIENT_SECONDS):
        return False
    digest = salted_hmac("careers.alerts.throttle", email.casefold(), algorithm="sha256").hexdigest()
    return _within(f"alerts:signup:address:{digest}", PER_ADDRESS, ADDRESS_SECONDS)
