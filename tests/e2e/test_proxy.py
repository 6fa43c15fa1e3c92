"""The production layout: Debian's nginx with deploy/nginx.conf in front of two gunicorn instances.

The deploy is conftest.py's `proxied`: nginx ends TLS with a certificate the
test makes, as the operator's would, and the instances run as in production
behind it: https on, the scheme and the client's address read from the
headers nginx sets. Clients connect from
different loopback addresses (all of 127.0.0.0/8 is this machine), so nginx
sees different clients, as it would on the internet.
"""

import re
import time

import pytest
from django.conf import settings

from careers.alerts import throttle
from tests.instances import Browser
from tests.parse import one, submitted

ADMIN = "/" + settings.ADMIN_URL
SIGNUP = "/lediga-jobb/bevakning/"


def test_behind_tls_the_app_knows_the_scheme_no_redirect_loop_secure_cookies_and_hsts(proxied):
    status, headers, _ = Browser(proxied.https).get(ADMIN + "login/")
    assert status == 200, proxied.nginx.access_log.read_text()
    assert "secure" in headers["Set-Cookie"].lower()  # the CSRF cookie, never sent over plain http
    assert headers["Strict-Transport-Security"].startswith("max-age=31536000")  # the app's, not nginx's
    # Plain http through the same nginx: one redirect, to https.
    status, headers, _ = Browser(proxied.nginx.url).get("/")
    assert status == 301 and headers["Location"] == f"https://127.0.0.1:{proxied.nginx.port}/"


def failed_login(browser, headers=None):
    status, _, _ = browser.submit(ADMIN + "login/", {
        "username": ["redaktor"], "password": ["fel-lösenord"], "otp_token": ["123456"]}, headers)
    return status


def test_the_login_lockout_counts_each_client_apart_not_the_proxy(proxied):
    mallory = Browser(proxied.https, source="127.0.0.2")
    statuses = [failed_login(mallory) for _ in range(settings.AXES_FAILURE_LIMIT)]
    assert statuses == [200] * (settings.AXES_FAILURE_LIMIT - 1) + [429]
    # Writing another address into X-Forwarded-For does not make mallory someone else.
    assert failed_login(mallory, {"X-Forwarded-For": "192.0.2.9"}) == 429
    # The editor, from another address through the same nginx, is not locked out.
    assert failed_login(Browser(proxied.https, source="127.0.0.3")) == 200


def sign_up(browser, email):
    _, _, html = browser.get(SIGNUP)
    fields = submitted(one(html, 'form:has(input[name="epost"])'))  # not the cookie banner's
    fields.update({"epost": [email], "frekvens": ["dag"]})
    status, _, _ = browser.post(SIGNUP, fields)
    return status


def test_the_alert_sign_up_throttle_counts_each_client_apart_not_the_proxy(proxied):
    busy = Browser(proxied.https, source="127.0.0.4")
    statuses = [sign_up(busy, f"person{number}@example.se") for number in range(throttle.PER_CLIENT + 1)]
    assert statuses == [302] * throttle.PER_CLIENT + [429]
    assert sign_up(Browser(proxied.https, source="127.0.0.5"), "annan@example.se") == 302


def lines_with(text, needle):
    return [line for line in text.splitlines() if needle in line]


def logged(read, needle, last, seconds=5):
    """The lines of read() with `needle`, once one of them has `last` too: gunicorn and nginx
    write their access lines after the answer has left, so they may come a moment later."""
    deadline = time.monotonic() + seconds
    while True:
        found = lines_with(read(), needle)
        if any(last in line for line in found) or time.monotonic() > deadline:
            return found
        time.sleep(0.05)


@pytest.mark.parametrize("given", [None, "lastbalanserare-7f3a"])
def test_one_request_id_from_nginx_through_the_app_log_and_back(proxied, given):
    """nginx makes the ID (or passes on a load balancer's); the app logs it and answers with it."""
    path = f"/finns-inte-{given or 'alls'}/"
    status, headers, _ = Browser(proxied.https).get(path, headers={"X-Request-ID": given} if given else {})
    assert status == 404
    request_id = headers["X-Request-ID"]
    assert request_id == given if given else re.fullmatch(r"[0-9a-f]{32}", request_id)  # nginx's $request_id
    app_lines = logged(lambda: "\n".join(i.log.read_text() for i in (proxied.a, proxied.b)),
                       f"request_id={request_id}", "gunicorn.access")
    assert any(f"WARNING django.request Not Found: {path}" in line for line in app_lines), app_lines
    assert any("gunicorn.access" in line and path in line for line in app_lines), app_lines
    nginx_lines = logged(proxied.nginx.access_log.read_text, path, f"request_id={request_id}")
    assert [line for line in nginx_lines if line.endswith(f"request_id={request_id}")], nginx_lines


def test_a_body_larger_than_django_takes_is_refused_by_nginx_before_it_reaches_an_instance(proxied):
    browser = Browser(proxied.https)
    status, _, _ = browser.request("POST", ADMIN + "login/", b"x" * (4 * 1024 * 1024))
    assert status == 413
    # One Django would take still reaches the app (which refuses it for its own reason: no CSRF token).
    status, _, _ = browser.request("POST", ADMIN + "login/", b"x" * (2 * 1024 * 1024))
    assert status == 403
