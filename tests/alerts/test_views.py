"""The visitor's side of job alerts, by form and by mail, against a real SMTP server on loopback."""

import logging
import time

import pytest
import time_machine
from django.test import Client
from django.utils import timezone

from careers.alerts import throttle, tokens
from careers.alerts.models import CONSENT_TEXT_VERSION, Delivery, SpentToken, Subscription
from tests.alerts.alerts import days, link, make_subscription, manage_path, text_of, unsubscribe_path
from tests.factories import make_job
from tests.parse import parse, text

SIGNUP = "/lediga-jobb/bevakning/"


def nothing_stored():
    return not (Subscription.objects.exists() or SpentToken.objects.exists() or Delivery.objects.exists())


def test_the_job_list_links_to_an_alert_for_its_filters(client, db):
    job = make_job(town="Östersund")
    response = client.get("/lediga-jobb/", {"yrkesroll": job.role.slug, "ort": "Östersund", "page": "1"})
    html = response.content.decode()
    assert f'href="{SIGNUP}?yrkesroll={job.role.slug}&amp;ort=%C3%96stersund"' in html
    assert "Bevaka de här jobben" in html


def test_whole_flow_by_form_and_by_mail(client, inbox, db):
    job = make_job(town="Östersund")
    query = f"yrkesroll={job.role.slug}&ort=%C3%96stersund"
    page = client.get(f"{SIGNUP}?{query}")
    html = page.content.decode()
    assert page.status_code == 200
    assert f"{job.role.title}, Östersund" in html  # the filters in words
    assert 'name="epost"' in html and 'name="frekvens"' in html and 'value="dag"' in html and 'value="vecka"' in html
    assert "Vad vi sparar och varför" in html

    response = client.post(f"{SIGNUP}?{query}", {"epost": "Anna.Svensson@Example.SE", "frekvens": "vecka"})
    assert response.status_code == 302 and response["Location"] == "/lediga-jobb/bevakning/skickat/"
    assert nothing_stored()  # an unconfirmed sign-up leaves nothing behind
    [message] = inbox.to("Anna.Svensson@example.se")
    assert message["Subject"] == "Bekräfta din jobbevakning"
    assert f"{job.role.title}, Östersund" in text_of(message)
    confirm = link(message, "bekrafta")

    # A mail scanner that follows the link confirms nothing.
    shown = client.get(confirm)
    assert shown.status_code == 200 and "Starta jobbevakningen" in shown.content.decode()
    assert nothing_stored()

    before = timezone.now()
    confirmed = client.post(confirm)
    subscription = Subscription.objects.get()
    assert (subscription.email, subscription.frequency) == ("Anna.Svensson@example.se", "vecka")
    assert subscription.query == query
    assert subscription.consent_version == CONSENT_TEXT_VERSION
    assert before <= subscription.confirmed_at <= timezone.now()
    assert subscription.sent_through == timezone.localdate() - days(1)  # the first e-mail covers today on
    assert confirmed.status_code == 302
    manage = client.get(confirmed["Location"])
    assert "Din jobbevakning har startat" in manage.content.decode()

    # Change it: another frequency and no place.
    changed = client.post(confirmed["Location"], {"atgard": "spara", "yrkesroll": job.role.slug, "frekvens": "dag"})
    assert changed.status_code == 302
    subscription.refresh_from_db()
    assert (subscription.query, subscription.frequency) == (f"yrkesroll={job.role.slug}", "dag")

    # End it: deleted at once.
    ended = client.post(confirmed["Location"], {"atgard": "avsluta"})
    assert ended.status_code == 200 and "Din jobbevakning har avslutats" in ended.content.decode()
    assert not Subscription.objects.exists()


def test_keep_renews_the_year_and_withdraws_the_question(client, db):
    subscription = make_subscription(confirmed_at=timezone.now() - days(380), asked_to_keep_at=timezone.now())
    response = client.post(manage_path(subscription), {"atgard": "behall"})
    assert response.status_code == 302
    subscription.refresh_from_db()
    assert subscription.asked_to_keep_at is None
    assert timezone.now() - subscription.kept_at < days(1)


def test_malformed_address_gets_a_swedish_400_and_no_mail(client, inbox, db):
    response = client.post(SIGNUP, {"epost": "anna@", "frekvens": "dag"})
    assert response.status_code == 400
    assert "Skriv e-postadressen så här: namn@exempel.se." in response.content.decode()
    assert inbox.messages == []


# Addresses Django's EmailField accepts, some of which its SMTP backend cannot send to.
TRICKY_ADDRESSES = [
    "=?utf-8?q?x?=@b.se", '"=?utf-8?q?x?="@b.se', "=?utf-8?b?eA==?=@b.se", "a=?utf-8?q?x?=@b.se", "=?x?=@b.se",
    "x=?@b.se", '"a b"@b.se', '"a\\"b"@b.se', "a@[127.0.0.1]", "a@bå.se", "o'brien@b.se", "a+b@b.se",
    "a!#$%&*/=?^_`{|}~-@b.se", '"a@b"@c.se', '"a,b"@c.se', "a@b.se.",
]


def test_an_address_the_mail_backend_cannot_send_to_is_refused_in_swedish(client, inbox, db):
    response = client.post(SIGNUP, {"epost": "=?utf-8?q?x?=@b.se", "frekvens": "dag"})
    assert response.status_code == 400
    assert "Vi kan inte skicka e-post till den adressen. Kontrollera den eller skriv en annan." in (
        response.content.decode())
    assert inbox.messages == []


@pytest.mark.parametrize("address", TRICKY_ADDRESSES)
def test_any_address_typed_is_refused_with_a_400_or_sent(address, inbox, db):
    client = Client(raise_request_exception=False)
    response = client.post(SIGNUP, {"epost": address, "frekvens": "dag"})
    assert response.status_code in (302, 400), address
    assert len(inbox.messages) == (response.status_code == 302)


def test_unknown_frequency_and_missing_address_are_400(client, inbox, db):
    response = client.post(SIGNUP, {"epost": "", "frekvens": "varje-timme"})
    html = response.content.decode()
    assert response.status_code == 400
    assert "Fyll i din e-postadress." in html and "Välj en gång om dagen eller en gång i veckan." in html


def test_the_error_box_links_each_error_to_its_field_the_radio_group_to_its_first_button(client, db):
    page = parse(client.post(SIGNUP, {"epost": "", "frekvens": "varje-timme"}).content)
    box = page.select_one(".message-box--error")
    links = [(a["href"], text(a)) for a in box.select("a")]
    assert [href for href, _ in links] == ["#id_epost", "#id_frekvens_0"]
    assert all(page.select_one(href) is not None for href, _ in links)  # each leads somewhere
    assert links[1][1] == "Hur ofta vill du få e-post? Välj en gång om dagen eller en gång i veckan."


def test_unknown_filter_value_gets_a_swedish_400(client, inbox, db):
    make_job(town="Östersund")
    for query in ("ort=Ingenstans", "yrkesroll=finns-inte"):
        get = client.get(f"{SIGNUP}?{query}")
        post = client.post(f"{SIGNUP}?{query}", {"epost": "anna@example.se", "frekvens": "dag"})
        assert get.status_code == post.status_code == 400
        assert "Jobbevakningen kan inte använda de här filtren" in get.content.decode()
    assert inbox.messages == []


def sign_up(client, inbox, email="anna@example.se", query=""):
    client.post(f"{SIGNUP}?{query}" if query else SIGNUP, {"epost": email, "frekvens": "dag"})
    return link(inbox.to(email)[-1], "bekrafta")


def test_forged_confirmation_token_is_400(client, inbox, db):
    confirm = sign_up(client, inbox)
    token = confirm.split("/")[-2]
    # Someone else's address put into the signed value: the signature no longer matches.
    forged = tokens.for_signup("mallory@example.se", "", "dag", 1).split(":")[0] + ":" + token.split(":", 1)[1]
    for path in (f"/lediga-jobb/bevakning/bekrafta/{forged}/", "/lediga-jobb/bevakning/bekrafta/skräp/"):
        assert client.get(path).status_code == 400
        response = client.post(path)
        assert response.status_code == 400 and "Länken fungerar inte" in response.content.decode()
    # A manage link is not a confirmation link, nor the other way round.
    subscription = make_subscription()
    assert client.post(manage_path(subscription).replace("hantera", "bekrafta")).status_code == 400
    assert client.get(confirm.replace("bekrafta", "hantera")).status_code == 400
    assert Subscription.objects.count() == 1


def test_expired_confirmation_token_is_410(client, inbox, db):
    with time_machine.travel(timezone.now() - days(7) - days(1) / 24, tick=False):
        confirm = sign_up(client, inbox)
    response = client.post(confirm)
    assert response.status_code == 410 and "Länken har slutat gälla" in response.content.decode()
    assert nothing_stored()


def test_replayed_confirmation_is_409_and_makes_no_second_subscription(client, inbox, db):
    confirm = sign_up(client, inbox)
    assert client.post(confirm).status_code == 302
    for method in (client.get, client.post):
        response = method(confirm)
        assert response.status_code == 409 and "redan bekräftad" in response.content.decode()
    # Even after the alert has ended, the used link does not start it again.
    Subscription.objects.all().delete()
    assert client.post(confirm).status_code == 409
    assert not Subscription.objects.exists()


def test_manage_token_forged_expired_and_replayed(client, db):
    subscription = make_subscription()
    forged = manage_path(subscription)[:-3] + "x/"
    assert client.get(forged).status_code == 400
    assert client.post(forged, {"atgard": "avsluta"}).status_code == 400
    with time_machine.travel(timezone.now() - days(61), tick=False):
        old = manage_path(subscription)
    expired = client.post(old, {"atgard": "avsluta"})
    assert expired.status_code == 410 and "Länken har slutat gälla" in expired.content.decode()
    assert Subscription.objects.exists()
    path = manage_path(subscription)
    assert client.post(path, {"atgard": "avsluta"}).status_code == 200
    replayed = client.get(path)
    assert replayed.status_code == 410 and "Jobbevakningen har avslutats" in replayed.content.decode()
    assert client.post(path, {"atgard": "spara", "frekvens": "dag"}).status_code == 410


def test_manage_page_by_get_changes_nothing_and_bad_changes_are_400(client, db):
    make_job(town="Östersund")
    subscription = make_subscription(query="ort=%C3%96stersund")
    page = client.get(manage_path(subscription))
    html = page.content.decode()
    assert page.status_code == 200 and "Östersund" in html and 'value="avsluta"' in html
    bad = client.post(manage_path(subscription), {"atgard": "spara", "ort": "Ingenstans", "frekvens": "dag"})
    assert bad.status_code == 400
    subscription.refresh_from_db()
    assert subscription.query == "ort=%C3%96stersund"


def test_a_place_without_open_jobs_stays_a_valid_choice_for_its_subscription(client, db):
    job = make_job(town="Kiruna")
    subscription = make_subscription(query="ort=Kiruna", frequency="vecka")
    job.delete()
    response = client.post(manage_path(subscription), {"atgard": "spara", "ort": "Kiruna", "frekvens": "dag"})
    assert response.status_code == 302
    subscription.refresh_from_db()
    assert (subscription.query, subscription.frequency) == ("ort=Kiruna", "dag")


def test_one_click_unsubscribe_needs_no_cookie_or_csrf_token_and_is_idempotent(db):
    subscription = make_subscription()
    path = unsubscribe_path(subscription)
    mail_program = Client(enforce_csrf_checks=True)
    for _ in range(2):
        response = mail_program.post(path, "List-Unsubscribe=One-Click",
                                     content_type="application/x-www-form-urlencoded")
        assert response.status_code == 200  # no redirect, the same answer both times
        assert "Din jobbevakning har avslutats" in response.content.decode()
        assert not Subscription.objects.exists()
        assert "csrftoken" not in response.cookies


def test_unsubscribe_link_by_get_only_shows_a_button(client, db):
    subscription = make_subscription()
    response = client.get(unsubscribe_path(subscription))
    assert response.status_code == 200 and 'method="post"' in response.content.decode()
    assert Subscription.objects.exists()


def test_unsubscribe_token_forged_and_expired(client, db):
    subscription = make_subscription()
    assert client.post(unsubscribe_path(subscription)[:-3] + "x/").status_code == 400
    assert client.post(manage_path(subscription).replace("hantera", "avsluta")).status_code == 400
    with time_machine.travel(timezone.now() - days(401), tick=False):
        old = unsubscribe_path(subscription)
    assert client.post(old).status_code == 410
    assert Subscription.objects.exists()


def test_sign_ups_are_throttled_per_address(client, inbox, db):
    for _ in range(throttle.PER_ADDRESS):
        assert client.post(SIGNUP, {"epost": "stranger@example.se", "frekvens": "dag"}).status_code == 302
    refused = client.post(SIGNUP, {"epost": "Stranger@EXAMPLE.se", "frekvens": "dag"})
    assert refused.status_code == 429 and "För många anmälningar" in refused.content.decode()
    assert len(inbox.to("stranger@example.se")) == throttle.PER_ADDRESS


def test_sign_ups_are_throttled_per_client(client, inbox, db):
    for number in range(throttle.PER_CLIENT):
        assert client.post(SIGNUP, {"epost": f"person{number}@example.se", "frekvens": "dag"}).status_code == 302
    assert client.post(SIGNUP, {"epost": "one-more@example.se", "frekvens": "dag"}).status_code == 429
    other = Client(REMOTE_ADDR="192.0.2.7")
    assert other.post(SIGNUP, {"epost": "one-more@example.se", "frekvens": "dag"}).status_code == 302
    assert len(inbox.messages) == throttle.PER_CLIENT + 1


@pytest.mark.parametrize("fault", ["stop", "pause"])
def test_a_sign_up_goes_through_uncounted_while_the_cache_fails(client, inbox, db, redis, fault, caplog):
    getattr(redis, fault)()
    try:
        started = time.monotonic()
        response = client.post(SIGNUP, {"epost": "anna@example.se", "frekvens": "dag"})
        elapsed = time.monotonic() - started
    finally:
        redis.resume()
    assert response.status_code == 302 and response["Location"] == "/lediga-jobb/bevakning/skickat/"
    assert elapsed < 1
    assert len(inbox.to("anna@example.se")) == 1
    assert not [record for record in caplog.records if record.levelno >= logging.ERROR]


def test_mail_server_down_is_a_swedish_503_not_a_500(client, settings, db):
    from tests.instances import free_port

    settings.MAILERS = {"default": {"BACKEND": "django.core.mail.backends.smtp.EmailBackend",
                                    "OPTIONS": {"host": "127.0.0.1", "port": free_port(), "timeout": 5}}}
    response = client.post(SIGNUP, {"epost": "anna@example.se", "frekvens": "dag"})
    assert response.status_code == 503 and "E-postmeddelandet kunde inte skickas" in response.content.decode()


def test_pages_with_personal_links_are_never_cached(client, db):
    subscription = make_subscription()
    for path in (manage_path(subscription), unsubscribe_path(subscription), SIGNUP):
        assert "no-store" in client.get(path)["Cache-Control"]


def test_without_the_site_url_a_sign_up_is_a_swedish_503_and_sends_nothing(client, inbox, settings, db, caplog):
    settings.SITE_URL = ""  # production without DJANGO_SITE_URL: the link would be relative
    response = client.post(SIGNUP, {"epost": "anna@example.se", "frekvens": "dag"})
    assert response.status_code == 503
    assert "Vi kunde inte skicka bekräftelsemejlet just nu" in response.content.decode()
    assert inbox.messages == [] and nothing_stored()
    assert "DJANGO_SITE_URL is not set" in caplog.text
