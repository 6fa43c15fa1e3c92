"""The request ID: one per request, on every log line written while it is answered, and in its response.

nginx (deploy/nginx.conf) sends one in X-Request-ID, its own or the one a
load balancer in front of it sent, and logs it too, so one request can be
followed from the proxy to the app. A request that comes without one (straight
to gunicorn) gets one made here; a header that does not look like an ID (too
long, or with characters a log line should not carry) is replaced, never logged.
"""

import re
import uuid
from contextvars import ContextVar

from django.core.signals import request_finished
from django.dispatch import receiver

VALID = re.compile(r"[A-Za-z0-9._:-]{1,128}")  # the same rule as nginx's map
current = ContextVar("request_id", default="")


class RequestIDMiddleware:
    """Take the request's X-Request-ID (or make one), keep it for the log while the request runs, and answer with it."""

    header = "X-Request-ID"

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        given = request.headers.get(self.header, "")
        request.id = given if VALID.fullmatch(given) else uuid.uuid4().hex
        # Kept until the response is closed, not only while the middleware
        # runs: Django logs a 4xx or 5xx after the middleware has returned.
        current.set(request.id)
        response = self.get_response(request)
        response.headers[self.header] = request.id
        return response


@receiver(request_finished)
def _forget(**kwargs):
    """The response is closed: lines the thread writes from now on belong to no request."""
    current.set("")
