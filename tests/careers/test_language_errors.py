"""Error pages, the feeds and the sitemap speak the language of the address."""

import xml.etree.ElementTree as ET
from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone

from careers.alerts import throttle
from careers.models import Role
from tests.factories import make_job
from tests.faults import database_down
from tests.parse import headings, main, parse

pytestmark = pytest.mark.django_db


def page_in(response, status, lang):
    assert response.status_code == status
    page = parse(response)
    assert page.html["lang"] == lang
    return headings(main(page), "h1")


def test_not_found_in_the_addresses_language(client, content):
    assert page_in(client.get("/en/finns/inte/"), 404, "en") == ["The page could not be found"]
    assert page_in(client.get("/en/roles/finns-inte/"), 404, "en") == ["The page could not be found"]
    assert page_in(client.get("/finns/inte/"), 404, "sv") == ["Sidan kunde inte hittas"]


def test_a_closed_ad_is_gone_in_the_addresses_language(client, content):
    job = make_job(role=Role.objects.get(slug="it"), last_day=timezone.localdate() - timedelta(days=1))
    assert page_in(client.get(f"/en/jobs/{job.pk}-{job.slug}/"), 410, "en") == ["The ad is no longer open"]
    assert page_in(client.get(f"/lediga-jobb/{job.pk}-{job.slug}/"), 410, "sv") == ["Annonsen är inte längre aktuell"]


def test_a_bad_request_in_the_addresses_language(client, content):
    # Refused by BadRequestMiddleware, above the page cache and the views.
    assert page_in(client.get("/en/jobs/?q=%00"), 400, "en") == ["The request could not be handled"]
    assert page_in(client.get("/en/", headers={"host": "evil.example"}), 400, "en") == [
        "The request could not be handled"]
    assert page_in(client.get("/lediga-jobb/?q=%00"), 400, "sv") != ["The request could not be handled"]


def test_too_many_sign_ups_in_the_addresses_language(client, content, settings):
    settings.SITE_URL = "https://jobba.example.se"
    settings.MAILERS = {"default": {"BACKEND": "django.core.mail.backends.locmem.EmailBackend"}}
    sign_up = {"epost": "stranger@example.se", "frekvens": "dag"}
    for _ in range(throttle.PER_ADDRESS):
        assert client.post("/en/jobs/alerts/", sign_up).status_code == 302
    assert page_in(client.post("/en/jobs/alerts/", sign_up), 429, "en") == ["Too many sign-ups"]


def test_unavailable_in_the_addresses_language(content):
    client = Client(raise_request_exception=False)
    with database_down():
        assert page_in(client.get("/en/colleagues/"), 503, "en") == ["The service is temporarily unavailable"]
        assert page_in(client.get("/medarbetare/"), 503, "sv") == ["Tjänsten är tillfälligt otillgänglig"]


def test_the_feeds_say_their_language(client, content):
    for path, lang in [("/lediga-jobb/feed/", "sv"), ("/en/jobs/feed/", "en"), ("/lediga-jobb/beslut/feed/", "sv"),
                       ("/en/jobs/decisions/feed/", "en")]:
        feed = ET.fromstring(client.get(path).content)
        assert feed.get("{http://www.w3.org/XML/1998/namespace}lang") == lang, path
