"""The site's metrics for Prometheus, with its official client, and `/metrics` that serves them.

Under gunicorn every worker is a process of its own: the client's
multiprocess mode keeps each one's figures in files under
PROMETHEUS_MULTIPROC_DIR (gunicorn.conf.py sets it per instance, under
DJANGO_DATA_DIR, and clears it when the instance starts), and `/metrics`
adds them up, so a worker that answered and then died still counts. Without
that variable (runserver, the tests) the figures are this process's.

`sendjobalerts` runs as a process of its own that ends: its last run's
figures are written as a text file (the client's `write_to_textfile`, the
form node_exporter's textfile collector reads) and `/metrics` adds it.
"""

import functools
import os
import time
from pathlib import Path

from django.conf import settings
from django.contrib.auth.signals import user_login_failed
from django.dispatch import receiver
from django.http import Http404, HttpResponse
from django.urls import Resolver404, resolve
from django.utils import translation
from django.utils.crypto import constant_time_compare
from django.utils.translation import gettext
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET
from prometheus_client import (
    CONTENT_TYPE_LATEST,
    REGISTRY,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    generate_latest,
    multiprocess,
    write_to_textfile,
)

REQUEST_DURATION = Histogram("http_request_duration_seconds", "Time to answer a request, by URL pattern.",
                             ["route", "method", "status"])
PAGE_CACHE = Counter("jobba_page_cache_requests_total",
                     "Cacheable requests by how the page cache answered: hit, miss, stale (a last good copy).",
                     ["result"])
BREAKER_OPEN = Gauge("jobba_breaker_open", "1 while a process goes without the service after it failed.",
                     ["service"], multiprocess_mode="livemax")
LOGIN_FAILURES = Counter("jobba_login_failures_total", "Failed admin logins (wrong password or code).")
LOGIN_LOCKOUTS = Counter("jobba_login_lockouts_total", "Admin logins refused because of a lockout.")
ALERTS_TEXTFILE = "sendjobalerts.prom"

METHODS = {"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"}


@functools.cache
def _static_prefix():
    """The path where WhiteNoise answers ("/static/"), above every URL pattern; never matches a STATIC_URL elsewhere."""
    url = settings.STATIC_URL
    return "/" + url.lstrip("/") if "://" not in url and not url.startswith("//") else "\0"


def route(request):
    """The URL pattern's name ("careers:home"), never the path: addresses must not multiply the label set.

    A page from the page cache is answered before Django resolves the address, so it is resolved here.
    """
    match = request.resolver_match
    if match is None and request.path_info.startswith(_static_prefix()):
        return "static"  # WhiteNoise answered it: no pattern names it, and resolving costs more than the answer
    if match is None and settings.MEDIA_URL.startswith("/") and request.path_info.startswith(settings.MEDIA_URL):
        return "media"  # uploaded files (careers/media/serve.py), likewise
    if match is None:
        try:
            # In the address's language, as the request was answered: /en/… resolves in English only.
            language = translation.get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
            with translation.override(language):
                match = resolve(request.path_info)
        except Resolver404:
            return "unmatched"
    return match.view_name or "unnamed"


class MetricsMiddleware:
    """Time every request and count it by route, method and status."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        started = time.perf_counter()
        response = self.get_response(request)
        method = request.method if request.method in METHODS else "other"  # any word may be sent as a method
        REQUEST_DURATION.labels(route(request), method, str(response.status_code)).observe(
            time.perf_counter() - started)
        return response


@receiver(user_login_failed)
def _count_login_failure(**kwargs):
    LOGIN_FAILURES.inc()


def registry():
    """Every worker's figures under gunicorn, this process's otherwise."""
    if "PROMETHEUS_MULTIPROC_DIR" not in os.environ:
        return REGISTRY
    collected = CollectorRegistry()
    multiprocess.MultiProcessCollector(collected)
    return collected


def textfile_folder():
    return Path(settings.DATA_DIR) / "metrics"


def write_alert_run(report):
    """The figures of a sendjobalerts run, for /metrics (and node_exporter's textfile collector)."""
    run = CollectorRegistry()
    emails = Gauge("jobba_alert_emails_last_run", "Alert e-mails of the last sendjobalerts run, by outcome.",
                   ["result"], registry=run)
    emails.labels("sent").set(report.sent)
    emails.labels("failed").set(report.failed)  # given back, the unbuilt too: the next run tries again
    emails.labels("uncertain").set(report.uncertain + report.abandoned)
    Gauge("jobba_alert_emails_last_run_timestamp_seconds", "When the last sendjobalerts run ended.",
          registry=run).set_to_current_time()
    textfile_folder().mkdir(parents=True, exist_ok=True)
    write_to_textfile(str(textfile_folder() / ALERTS_TEXTFILE), run)


@never_cache
@require_GET
def metrics(request):
    """Prometheus' text format, only for `Authorization: Bearer <METRICS_TOKEN>`; without the setting, no page."""
    if not settings.METRICS_TOKEN:
        raise Http404
    given = request.headers.get("Authorization", "")
    if not constant_time_compare(given, f"Bearer {settings.METRICS_TOKEN}"):
        response = HttpResponse(gettext("The key is missing or wrong.") + "\n", status=401,
                                content_type="text/plain; charset=utf-8")
        response["WWW-Authenticate"] = 'Bearer realm="metrics"'
        return response
    body = generate_latest(registry())
    alerts = textfile_folder() / ALERTS_TEXTFILE
    if alerts.exists():
        body += alerts.read_bytes()
    return HttpResponse(body, content_type=CONTENT_TYPE_LATEST)
