"""Security: headers, HTTPS, the Host check, bad input, login throttling and error logs."""

import io
import logging
from datetime import timedelta

import pytest
from axes.models import AccessAttempt
from django.contrib.auth.models import User
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import path, reverse

from careers import urls as site_urls
from careers.logformat import OneLineFormatter
from tests.careers.test_settings import run_manage
from tests.editors import backup_code, log_in
from tests.factories import PASSWORD, make_home, make_hr_editor

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fast_hashing")]

SWEDISH_400 = "Det gick inte att hantera begäran"


@pytest.fixture
def home(db):
    return make_home()


@pytest.fixture
def editor(db):
    return make_hr_editor()


def csp_directives(response):
    policy = response.headers["Content-Security-Policy"]
    return {part.split()[0]: part.split()[1:] for part in policy.split(";") if part.strip()}


# Headers ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("cached", [False, True])
def test_public_pages_carry_the_strict_policy_and_the_other_security_headers(client, home, cached):
    client.get("/")
    response = client.get("/") if cached else Client().get("/kakor/")
    csp = csp_directives(response)
    assert csp["default-src"] == ["'self'"]
    assert csp["frame-ancestors"] == ["'none'"]
    assert csp["form-action"] == ["'self'"]
    assert csp["object-src"] == ["'none'"]
    assert "'unsafe-inline'" not in response.headers["Content-Security-Policy"]
    assert "'unsafe-eval'" not in response.headers["Content-Security-Policy"]
    assert response.headers["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Cross-Origin-Opener-Policy"] == "same-origin"
    assert response.headers["X-Frame-Options"] == "DENY"
    assert "camera=()" in response.headers["Permissions-Policy"]
    assert "geolocation=()" in response.headers["Permissions-Policy"]


def test_the_admin_login_page_has_the_same_headers(client):
    response = client.get(reverse("admin:login"))
    assert response.status_code == 200
    assert csp_directives(response)["script-src"] == ["'self'"]
    assert response.headers["X-Frame-Options"] == "DENY"
    assert "Permissions-Policy" in response.headers


def show(expression, env, tmp_path):
    code = f"from django.conf import settings; print({expression})"
    result = run_manage("shell", "--no-imports", "-c", code, env={"DJANGO_SECRET_KEY": "x" * 60, **env},
                        tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_the_analytics_host_is_allowed_only_when_analytics_is_configured(tmp_path):
    expression = "settings.SECURE_CSP['script-src'], settings.SECURE_CSP['connect-src']"
    without = show(expression, {}, tmp_path)
    with_matomo = show(expression, {"MATOMO_URL": "https://statistik.example.se/", "MATOMO_SITE_ID": "3"}, tmp_path)
    assert "example" not in without
    assert with_matomo.count("'https://statistik.example.se/'") == 2
    under_a_path = show(expression, {"MATOMO_URL": "https://example.se/matomo", "MATOMO_SITE_ID": "3"}, tmp_path)
    assert under_a_path.count("'https://example.se/matomo/'") == 2


def test_production_defaults_are_https_with_hsts_and_secure_cookies(tmp_path):
    expression = ("settings.SECURE_SSL_REDIRECT, settings.SESSION_COOKIE_SECURE, settings.CSRF_COOKIE_SECURE, "
                  "settings.SECURE_HSTS_SECONDS, settings.SESSION_COOKIE_HTTPONLY, settings.SESSION_COOKIE_SAMESITE")
    assert show(expression, {}, tmp_path) == "True True True 31536000 True Lax"
    assert show("settings.SECURE_HSTS_SECONDS", {"DJANGO_HSTS_SECONDS": "3600"}, tmp_path) == "3600"
    assert show("settings.SECURE_SSL_REDIRECT, settings.SECURE_HSTS_SECONDS", {"DJANGO_HTTPS": "0"},
                tmp_path) == "False 0"


def test_the_admin_lives_at_the_configured_path(tmp_path):
    code = "__import__('django.urls').urls.reverse('admin:index')"
    assert show(code, {}, tmp_path) == "/admin/"
    assert show(code, {"ADMIN_URL": "redaktion-7f3k"}, tmp_path) == "/redaktion-7f3k/"


def test_plain_http_is_redirected_and_https_behind_the_proxy_gets_hsts(client, home, settings):
    settings.SECURE_SSL_REDIRECT = True
    settings.SECURE_HSTS_SECONDS = 31536000
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    plain = client.get("/")
    assert plain.status_code == 301
    assert plain.headers["Location"] == "https://testserver/"
    secure = client.get("/", headers={"X-Forwarded-Proto": "https"})
    assert secure.status_code == 200
    assert secure.headers["Strict-Transport-Security"].startswith("max-age=31536000")


def test_login_cookies_are_httponly_samesite_lax_and_secure_over_https(client, editor, settings):
    settings.SESSION_COOKIE_SECURE = settings.CSRF_COOKIE_SECURE = True
    client.get(reverse("admin:login"))
    response = client.post(reverse("admin:login"), {"username": "hr", "password": PASSWORD,
                                                    "otp_token": backup_code(editor)})
    session = response.cookies[settings.SESSION_COOKIE_NAME]
    assert session["httponly"] and session["secure"] and session["samesite"] == "Lax"
    csrf = client.cookies[settings.CSRF_COOKIE_NAME]
    assert csrf["secure"] and csrf["samesite"] == "Lax"


# Bad input -------------------------------------------------------------------------------------

def test_an_unknown_host_gets_400_even_for_a_page_in_the_cache(client, home):
    assert client.get("/").status_code == 200
    response = client.get("/", headers={"Host": "elak.example.com"})
    assert response.status_code == 400
    assert SWEDISH_400 in response.content.decode()


@pytest.mark.parametrize("cookie", [
    "a=" + "x" * 100_000,
    "; ".join(f"c{i}=v" for i in range(2000)),
    "sessionid=" + "A" * 5000,
    'sessionid="\\000\\000\\000\\000\\000\\000\\000\\000"',
    "sessionid=\x00\x00\x00\x00\x00\x00\x00\x00",
    "sessionid=ööööööööööö",
    "fk_kakval=1:yes:yes; fk_kakval=99999999999999999999:no",
    "fk_kakval=\x00; messages=inte-signerat",
    "=; ;;; =x; \"\"; \\; ,,,",
    "csrftoken=" + "<script>" * 100,
])
def test_a_huge_or_malformed_cookie_header_never_gives_a_server_error(home, cookie):
    client = Client(raise_request_exception=False)
    for url in ("/", reverse("admin:login")):
        response = client.get(url, headers={"Cookie": cookie})
        assert response.status_code < 500, (url, cookie[:40])


@pytest.mark.parametrize("query", [
    "fodelsear=abc", "fodelsear=99999999999999999999999999", "fodelsear=-1", "fodelsear=1%00",
    "fodelsear=%ff%fe", "fodelsear=1990&fodelsear=2000", "%00=%00", "a[]=1&a[x]=2", "=" * 3000,
    "q=" + "x" * 20_000, "&".join(f"k{i}=v" for i in range(1500)),
])
def test_odd_query_strings_give_a_page_or_a_400_never_a_500(home, query):
    client = Client(raise_request_exception=False)
    for url in ("/", reverse("careers:role-list"), reverse("admin:login")):
        response = client.get(f"{url}?{query}")
        assert response.status_code < 500, (url, query[:40])


def test_too_many_query_fields_get_the_swedish_400_page(home):
    response = Client(raise_request_exception=False).get("/?" + "&".join(f"fodelsear={i}" for i in range(1500)))
    assert response.status_code == 400
    assert SWEDISH_400 in response.content.decode()


@pytest.mark.parametrize("query", ["q=%00", "q=" + "x" * 5000, "o=-999", "p=99999999", "e=1", "is_published__exact=x"])
def test_odd_input_in_the_admin_change_list_gives_no_server_error(editor, query):
    client = log_in(Client(raise_request_exception=False), editor)
    assert client.get(reverse("admin:careers_page_changelist") + "?" + query).status_code < 500


@pytest.mark.parametrize("url, cookie", [
    ("/?fodelsear=19%0090", ""), ("/%00/", ""), ("/yrkesroller/?x=%00", ""),
    ("/", 'sessionid="\\000abcdefgh"'), ("/kakor/", "fk_kakval=1:yes\x00"),
])
def test_nul_characters_in_the_address_or_a_cookie_get_the_swedish_400(home, url, cookie):
    """PostgreSQL cannot compare text with NUL in it: such input must stop before any query."""
    response = Client(raise_request_exception=False).get(url, headers={"Cookie": cookie} if cookie else {})
    assert response.status_code == 400
    assert SWEDISH_400 in response.content.decode()
    assert "Content-Security-Policy" in response.headers


def test_null_characters_in_the_login_form_are_refused_calmly(db):
    response = Client(raise_request_exception=False).post(
        reverse("admin:login"), {"username": "hr\x00", "password": "x\x00"})
    assert response.status_code == 200  # the form again, with an error


# Login throttling ------------------------------------------------------------------------------

def login(client, password, username="hr", ip="203.0.113.7", **headers):
    """A login with a good code (a fresh backup code): only the password decides."""
    code = backup_code(User.objects.get(username=username))
    return client.post(reverse("admin:login"), {"username": username, "password": password, "otp_token": code},
                       REMOTE_ADDR=ip, headers=headers)


def test_five_failures_lock_the_user_name_and_address_out_with_a_swedish_429(client, editor):
    for _ in range(4):
        assert login(client, "fel-lösenord").status_code == 200
    locked = login(client, "fel-lösenord")
    assert locked.status_code == 429
    page = locked.content.decode()
    assert "För många misslyckade inloggningar" in page
    assert "Vänta 15 minuter" in page
    # Now even the right password is refused, and nobody is logged in.
    assert login(client, PASSWORD).status_code == 429
    assert "_auth_user_id" not in client.session


def test_the_lockout_is_per_address_and_per_user_name(client, editor):
    User.objects.create_user("hr2", password=PASSWORD, is_staff=True)
    for _ in range(5):
        login(client, "fel-lösenord")
    assert login(client, PASSWORD).status_code == 429
    # The same person from another address, and another user from this one, can log in.
    assert login(Client(), PASSWORD, ip="198.51.100.2").status_code == 302
    assert login(Client(), PASSWORD, username="hr2").status_code == 302


def test_the_lockout_ends_after_the_cool_off(client, editor):
    for _ in range(5):
        login(client, "fel-lösenord")
    assert login(client, PASSWORD).status_code == 429
    AccessAttempt.objects.update(attempt_time=AccessAttempt.objects.get().attempt_time - timedelta(minutes=16))
    assert login(client, PASSWORD).status_code == 302


def test_a_successful_login_resets_the_count(client, editor):
    for _ in range(4):
        login(client, "fel-lösenord")
    assert login(client, PASSWORD).status_code == 302
    client.logout()
    for _ in range(4):
        assert login(client, "fel-lösenord").status_code == 200


def test_forwarded_for_is_ignored_unless_a_proxy_header_is_configured(client, editor):
    for i in range(5):
        login(client, "fel-lösenord", X_Forwarded_For=f"192.0.2.{i}")
    assert login(client, PASSWORD, X_Forwarded_For="192.0.2.99").status_code == 429


def test_behind_a_proxy_the_address_the_proxy_saw_is_counted_and_forged_ones_are_not(client, editor, settings):
    settings.CLIENT_IP_HEADER = "HTTP_X_FORWARDED_FOR"
    settings.PROXY_COUNT = 1
    proxy = "10.0.0.5"
    # An attacker prepends a new forged address each time; the proxy appends the real one.
    for i in range(5):
        login(client, "fel-lösenord", ip=proxy, X_Forwarded_For=f"192.0.2.{i}, 203.0.113.7")
    assert login(client, PASSWORD, ip=proxy, X_Forwarded_For="198.51.100.1, 203.0.113.7").status_code == 429
    # Other visitors behind the same proxy are not locked out.
    assert login(Client(), PASSWORD, ip=proxy, X_Forwarded_For="203.0.113.8").status_code == 302
    assert AccessAttempt.objects.get().ip_address == "203.0.113.7"


def test_the_test_clients_login_still_works_without_a_request(client, editor):
    assert client.login(username="hr", password=PASSWORD)
    assert not client.login(username="hr", password="fel")


def test_password_validators_refuse_short_and_common_passwords(editor):
    for weak in ("kort", "password1234", "123456789012"):
        with pytest.raises(ValidationError):
            validate_password(weak, editor)
    validate_password(PASSWORD, editor)


# Error logs ------------------------------------------------------------------------------------

def broken(request):
    raise RuntimeError("trasig vy\nmed två rader")


# The site's own URLs too: the 500 page links to them.
urlpatterns = [path("trasig/", broken), *site_urls.urlpatterns]


def test_a_server_error_is_logged_as_one_line_with_the_traceback(client, settings, db):
    settings.ROOT_URLCONF = __name__
    handler = next(h for h in logging.getLogger("django").handlers if isinstance(h.formatter, OneLineFormatter))
    stream = io.StringIO()
    old = handler.setStream(stream)
    try:
        response = Client(raise_request_exception=False).get("/trasig/")
    finally:
        handler.setStream(old)
    assert response.status_code == 500
    lines = stream.getvalue().splitlines()
    assert len(lines) == 1, lines
    line = lines[0]
    assert "ERROR django.request Internal Server Error: /trasig/" in line
    assert "Traceback (most recent call last):" in line
    assert "RuntimeError: trasig vy\\nmed två rader" in line
