"""Login throttling glue for django-axes: whose address a request comes from, and when to count.

The rules themselves (5 failures per user name and address, 15 minutes' wait)
are settings; see AXES_* in settings.py.
"""

import ipaddress

from axes.backends import AxesStandaloneBackend
from django.conf import settings
from django.contrib import admin
from django.shortcuts import render

from careers import metrics


def client_ip(request):
    """The visitor's address: REMOTE_ADDR, or the one a trusted proxy reports when one is configured.

    Behind a proxy every request comes from the proxy's address, so all
    visitors would share one lockout. DJANGO_CLIENT_IP_HEADER names the header
    that the proxy writes (e.g. X-Forwarded-For). Each proxy appends the
    address it received from, so the visitor's address is the
    DJANGO_PROXY_COUNT-th from the right; anything further left was written by
    the client and may be forged, so it is never read.
    """
    remote = request.META.get("REMOTE_ADDR") or None
    if not settings.CLIENT_IP_HEADER:
        return remote
    hops = [hop.strip() for hop in request.META.get(settings.CLIENT_IP_HEADER, "").split(",")]
    if len(hops) < settings.PROXY_COUNT:
        return remote
    candidate = hops[-settings.PROXY_COUNT]
    try:
        return str(ipaddress.ip_address(candidate))
    except ValueError:
        return remote


class LoginThrottleBackend(AxesStandaloneBackend):
    """Axes' lockout check for every login made over HTTP.

    Axes refuses to authenticate without a request, but only code on the
    server (the shell, management commands, the test client's `login()`)
    authenticates without one, and nothing there can be guessed from outside:
    those calls go straight on to the next backend.
    """

    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)


def lockout_response(request, original_response=None, credentials=None):
    """The page a locked-out login gets: in Swedish, in the admin's layout, with status 429."""
    metrics.LOGIN_LOCKOUTS.inc()
    minutes = max(1, round(settings.AXES_COOLOFF_TIME.total_seconds() / 60))
    context = {**admin.site.each_context(request), "title": "För många försök", "minutes": minutes}
    return render(request, "admin/lockout.html", context, status=429)
