"""/metrics: off without METRICS_TOKEN, only for its bearer, and labels that addresses cannot multiply.

In this process the figures are the default registry's (no
PROMETHEUS_MULTIPROC_DIR); the sums across gunicorn's workers are proved in
tests/e2e/test_metrics.py.
"""

import time

import pytest
from django.urls import URLPattern, URLResolver, get_resolver
from prometheus_client import REGISTRY

from careers.metrics import METHODS
from careers.pagecache import new_content_version
from tests.factories import make_home, make_hr_editor
from tests.faults import RETRY, database_down

TOKEN = "en-lang-hemlig-skrapnyckel"


@pytest.fixture
def token(settings):
    settings.METRICS_TOKEN = TOKEN
    return TOKEN


def scrape(client, authorization):
    return client.get("/metrics", headers={"Authorization": authorization} if authorization else {})


def count(route, method="GET", status="200"):
    labels = {"route": route, "method": method, "status": status}
    return REGISTRY.get_sample_value("http_request_duration_seconds_count", labels) or 0


def test_without_a_token_set_there_is_no_metrics_page(client, db, settings):
    settings.METRICS_TOKEN = ""
    assert scrape(client, "Bearer ").status_code == 404
    assert scrape(client, None).status_code == 404


@pytest.mark.parametrize("authorization", [None, "", "Bearer", "Bearer ", f"Bearer {TOKEN}x", f"Bearer {TOKEN[:-1]}",
                                           f"bearer{TOKEN}", TOKEN, f"Basic {TOKEN}"])
def test_anything_but_the_bearer_token_is_refused_in_swedish(client, db, token, authorization):
    response = scrape(client, authorization)
    assert response.status_code == 401
    assert response["WWW-Authenticate"].startswith("Bearer")
    assert "Nyckel saknas eller är fel" in response.content.decode()


def test_the_bearer_gets_prometheus_text_never_from_a_cache(client, content, token):
    assert client.get("/").status_code == 200
    response = scrape(client, f"Bearer {token}")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain; version=")
    assert 'http_request_duration_seconds_count{method="GET",route="careers:home",status="200"}' in (
        response.content.decode())
    assert "no-store" in response["Cache-Control"]
    assert scrape(client, None).status_code == 401  # the page cache did not keep it


def test_requests_are_counted_by_route_name_cached_pages_too(client, content):
    before = count("careers:home")
    for _ in range(3):
        assert client.get("/").status_code == 200  # the first renders, the others come from the page cache
    assert count("careers:home") == before + 3


def test_made_up_addresses_and_methods_add_no_labels(client, db):
    def samples():
        return [sample for metric in REGISTRY.collect() if metric.name == "http_request_duration_seconds"
                for sample in metric.samples if sample.name.endswith("_count")]

    # The registry is the process's: other tests' own URLconfs have left routes of theirs in it.
    before = {sample.labels["route"] for sample in samples()}
    for number in range(40):
        client.get(f"/finns-inte-{number}/")
        client.get(f"/a/b/{number}/")
        client.generic("BREW", f"/kaffe-{number}/")
    counts = samples()
    routes = {sample.labels["route"] for sample in counts} - before
    assert routes <= {*named_routes(), "unmatched", "static"}, routes - named_routes()
    assert {sample.labels["method"] for sample in counts} <= {*METHODS, "other"}
    assert count("unmatched", status="404") >= 40
    assert count("careers:page-detail", status="404") >= 40
    assert sum(sample.value for sample in counts if sample.labels["method"] == "other") >= 40


def named_routes():
    """Every URL pattern's name, with its namespace, as resolve() gives it."""

    def walk(patterns, prefix):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                yield from walk(pattern.url_patterns, prefix + [pattern.namespace] if pattern.namespace else prefix)
            elif isinstance(pattern, URLPattern) and pattern.name:
                yield ":".join([*prefix, pattern.name])

    return set(walk(get_resolver().url_patterns, []))


def test_failed_logins_and_lockouts_are_counted(client, db, settings):
    make_hr_editor()
    failures = REGISTRY.get_sample_value("jobba_login_failures_total") or 0
    lockouts = REGISTRY.get_sample_value("jobba_login_lockouts_total") or 0
    for _ in range(settings.AXES_FAILURE_LIMIT + 1):
        client.post("/admin/login/", {"username": "hr", "password": "fel-lösenord", "otp_token": "123456"})
    assert REGISTRY.get_sample_value("jobba_login_failures_total") >= failures + settings.AXES_FAILURE_LIMIT
    assert REGISTRY.get_sample_value("jobba_login_lockouts_total") >= lockouts + 2  # the fifth and the sixth


def page_cache(result):
    return REGISTRY.get_sample_value("jobba_page_cache_requests_total", {"result": result}) or 0


def test_the_page_cache_counts_misses_hits_and_last_good_copies(client, db, django_capture_on_commit_callbacks):
    make_home()
    before = {result: page_cache(result) for result in ("miss", "hit", "stale")}
    client.get("/")  # rendered
    client.get("/")  # from the cache
    with django_capture_on_commit_callbacks(execute=True):
        new_content_version()  # a save: the page is only its last good copy now
    with database_down():
        assert client.get("/").status_code == 200  # rendering fails: the last good copy
    assert {result: page_cache(result) - before[result] for result in before} == {"miss": 2, "hit": 1, "stale": 1}


def test_a_breaker_is_open_in_metrics_while_its_service_fails(client, db, redis):
    def cache_breaker():
        return REGISTRY.get_sample_value("jobba_breaker_open", {"service": "cache"})

    redis.stop()
    client.get("/robots.txt")
    assert cache_breaker() == 1
    redis.start()
    time.sleep(RETRY)
    client.get("/robots.txt")
    assert cache_breaker() == 0


def test_static_files_are_counted_as_static_without_resolving_their_address(client, db, monkeypatch):
    import careers.metrics

    def resolve_must_not_be_called(path):
        raise AssertionError(f"{path} was resolved")

    monkeypatch.setattr(careers.metrics, "resolve", resolve_must_not_be_called)
    before, missing = count("static"), count("static", status="404")
    assert client.get("/static/css/site.css").status_code == 200
    assert client.get("/static/finns-inte.css").status_code == 404
    assert (count("static"), count("static", status="404")) == (before + 1, missing + 1)
