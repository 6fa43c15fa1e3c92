"""ConsentMiddleware: the visitor's choice on the request, and no analytics cookie without a yes."""

import time
import uuid
from datetime import timedelta

import pytest
from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.test import RequestFactory
from django.utils import timezone

from careers.pagecache.middleware import PageCacheMiddleware
from careers.pagecache.version import content_version
from cookies.middleware import ConsentMiddleware
from cookies.models import CookiePolicy
from tests.consent import consent_value, give_consent
from tests.faults import RETRY

pytestmark = pytest.mark.django_db

QUESTION = "Får vi också använda kakor för webbanalys?"


def run(cookie=None, headers=None, response=None):
    """The middleware around a view that returns `response`; gives (request, response)."""
    request = RequestFactory().get("/", headers=headers or {})
    if cookie is not None:
        request.COOKIES[settings.CONSENT_COOKIE_NAME] = cookie
    response = ConsentMiddleware(lambda request: response or HttpResponse())(request)
    return request, response


def test_without_a_cookie_the_question_is_open_and_the_banner_shows(client, home):
    request, _ = run()
    assert (request.consent, request.consent_id) == ("", "")
    html = client.get("/").content.decode()
    assert "Kakor på Försäkringskassan" in html
    assert QUESTION in html


@pytest.mark.parametrize("choice", ["yes", "no"])
def test_a_current_cookie_gives_the_choice_and_hides_the_banner(client, home, choice):
    consent_id = uuid.uuid4().hex
    request, _ = run(consent_value(choice, consent_id))
    assert (request.consent, request.consent_id) == (choice, consent_id)
    give_consent(client, choice)
    assert QUESTION not in client.get("/").content.decode()


def test_raising_the_version_setting_asks_again(client, home, settings):
    give_consent(client, "yes")
    settings.CONSENT_POLICY_VERSION += 1
    assert run(client.cookies[settings.CONSENT_COOKIE_NAME].value)[0].consent == ""
    assert QUESTION in client.get("/").content.decode()


def test_raising_the_version_in_the_admin_asks_again(client, home):
    give_consent(client, "no")
    assert QUESTION not in client.get("/").content.decode()
    policy = CookiePolicy.objects.get()
    policy.version += 1
    policy.save()
    assert QUESTION in client.get("/").content.decode()


@pytest.mark.parametrize("fault", ["stop", "pause"])
def test_a_version_raised_while_the_cache_is_down_asks_again_once_it_is_back(
    client, home, redis, fault, django_capture_on_commit_callbacks
):
    give_consent(client, "yes")
    old = CookiePolicy.current_version()
    assert QUESTION not in client.get("/").content.decode()  # the version is in the cache now
    getattr(redis, fault)()
    try:
        policy = CookiePolicy.objects.get()
        policy.version += 1
        with django_capture_on_commit_callbacks(execute=True):
            policy.save()  # the cache does not answer: nothing in it can be changed
    finally:
        redis.start() if fault == "stop" else redis.resume()
    time.sleep(RETRY)  # the breaker lets the next call through: the cache is used again
    assert CookiePolicy.current_version() == f"{settings.CONSENT_POLICY_VERSION}.{policy.version}" != old
    assert QUESTION in client.get("/").content.decode()


@pytest.mark.parametrize("cookie", [
    "", "yes", "1.1:yes", "1.1:maybe:" + "a" * 32, "1.1:YES:" + "a" * 32, "1.1:yes:x:y", "::",
])
def test_a_malformed_cookie_asks_again(cookie, settings):
    cookie = cookie.replace("1.1", CookiePolicy.current_version())
    assert run(cookie)[0].consent == ""


def test_a_consent_id_that_is_not_a_random_id_is_dropped():
    request, _ = run(consent_value("yes", consent_id="<script>"))
    assert (request.consent, request.consent_id) == ("yes", "")


def test_global_privacy_control_counts_as_no_until_the_visitor_chooses(client, home):
    request, _ = run(headers={"Sec-GPC": "1"})
    assert request.consent == "no"
    assert QUESTION not in client.get("/", headers={"Sec-GPC": "1"}).content.decode()
    # A choice of the visitor's own wins over the signal.
    assert run(consent_value("yes"), headers={"Sec-GPC": "1"})[0].consent == "yes"
    # An answer to an older policy is no answer: the signal counts again.
    assert run(consent_value("yes", version="0.0"), headers={"Sec-GPC": "1"})[0].consent == "no"


def response_setting(*names, expire=()):
    response = HttpResponse()
    for name in names:
        response.set_cookie(name, "value")
    for name in expire:
        response.delete_cookie(name)
    return response


NECESSARY = ["fk_kakval", "csrftoken", "sessionid", "messages"]
ANALYTICS = ["_pk_id.1.abcd", "_pk_ses.1.abcd", "_pk_ref.1.abcd"]


@pytest.mark.parametrize("cookie", [None, consent_value("no", version="0.0")])
def test_without_a_yes_analytics_cookies_are_stripped_and_necessary_ones_pass(cookie):
    _, response = run(cookie, response=response_setting(*NECESSARY, *ANALYTICS))
    assert sorted(response.cookies) == sorted(NECESSARY)


def test_after_a_no_analytics_cookies_are_stripped():
    _, response = run(consent_value("no"), response=response_setting(*ANALYTICS, "sessionid"))
    assert list(response.cookies) == ["sessionid"]


def test_with_a_yes_analytics_cookies_pass():
    _, response = run(consent_value("yes"), response=response_setting(*ANALYTICS))
    assert sorted(response.cookies) == sorted(ANALYTICS)


def test_expiring_an_analytics_cookie_is_always_allowed():
    _, response = run(response=response_setting(expire=["_pk_id.1.abcd"]))
    assert response.cookies["_pk_id.1.abcd"]["max-age"] == 0


def test_a_cookie_that_only_looks_like_a_registered_one_passes():
    # "_pk_id.*" is a family; "_pk_idx" and "pk_id" are not in it.
    _, response = run(response=response_setting("_pk_idx", "pk_id.1"))
    assert sorted(response.cookies) == ["_pk_idx", "pk_id.1"]


def test_the_filter_also_covers_responses_from_the_page_cache(client, home):
    # A cached response can never carry a cookie (the cache refuses those), but
    # the rule must not depend on that: put one there behind its back.
    request = RequestFactory().get("/")
    request.consent = ""
    planted = response_setting("_pk_id.1.abcd", "fk_kakval")
    # As the cache stores a page: of the current content version, fresh for a minute.
    planted.page_cache_version = content_version()
    planted.page_cache_span = (timezone.now(), timezone.now() + timedelta(minutes=1))
    planted.page_cache_address = PageCacheMiddleware(None).address(request)
    cache.set(PageCacheMiddleware(None).key(request), planted, 60)
    response = client.get("/")
    assert "fk_kakval" in response.cookies
    assert "_pk_id.1.abcd" not in response.cookies
