"""/sitemap.xml lists every public page with its last change; /robots.txt keeps crawlers out of the admin."""

import xml.etree.ElementTree as ET
from datetime import timedelta

import pytest
from django.utils import timezone, translation

from careers.models import JobAd, Page, Role
from tests.factories import make_job

pytestmark = pytest.mark.django_db

SM = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"


def sitemap(client, **kwargs):
    response = client.get("/sitemap.xml", **kwargs)
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    return {url.findtext(f"{SM}loc"): url.findtext(f"{SM}lastmod") for url in root.iter(f"{SM}url")}


def test_the_sitemap_lists_every_public_page(client, content):
    role = Role.objects.get(slug="it")
    open_job = make_job("Systemutvecklare", role=role)
    closed = make_job("Stängd", role=role, last_day=timezone.localdate() - timedelta(days=1))
    draft = make_job("Utkast", role=role, status=JobAd.Status.DRAFT)
    Page.objects.create(slug="hemlig", title="Hemlig", body="Text.", is_published=False)
    urls = sitemap(client)
    base = "http://testserver"
    expected = {f"{base}/", f"{base}/lediga-jobb/", f"{base}/yrkesroller/", f"{base}/medarbetare/",
                f"{base}/lediga-jobb/status/", f"{base}/lediga-jobb/beslut/", f"{base}{open_job.get_absolute_url()}",
                f"{base}/en/", f"{base}/en/jobs/", f"{base}/en/roles/", f"{base}/en/colleagues/",
                f"{base}/en/jobs/status/", f"{base}/en/jobs/decisions/",
                f"{base}/en/jobs/{open_job.pk}-{open_job.slug}/"}
    for language in ("sv", "en"):  # each page in both languages
        with translation.override(language):
            expected |= {f"{base}{page.get_absolute_url()}" for page in Page.objects.published()}
            expected |= {f"{base}{role.get_absolute_url()}" for role in Role.objects.all()}
    assert set(urls) == expected
    for absent in (closed, draft):
        assert f"{base}{absent.get_absolute_url()}" not in urls
    assert f"{base}/hemlig/" not in urls
    assert f"{base}/tillganglighetsredogorelse/" in urls


def test_each_page_names_itself_in_both_languages_and_swedish_as_the_default(client, content):
    job = make_job(role=Role.objects.get(slug="it"), slug="utvecklare")
    root = ET.fromstring(client.get("/sitemap.xml").content)
    alternates = {url.findtext(f"{SM}loc"): {link.get("hreflang"): link.get("href")
                                             for link in url.iter(f"{XHTML}link") if link.get("rel") == "alternate"}
                  for url in root.iter(f"{SM}url")}
    base = "http://testserver"
    for swedish, english in [("/", "/en/"), ("/yrkesroller/it/", "/en/roles/it/"),
                             (f"/lediga-jobb/{job.pk}-utvecklare/", f"/en/jobs/{job.pk}-utvecklare/"),
                             ("/tillganglighetsredogorelse/", "/en/tillganglighetsredogorelse/")]:
        pair = {"sv": base + swedish, "en": base + english, "x-default": base + swedish}
        assert alternates[base + swedish] == pair and alternates[base + english] == pair
    assert all(len(links) == 3 for links in alternates.values())


def test_pages_and_ads_carry_their_last_change(client, content):
    job = make_job()
    urls = sitemap(client)
    assert urls["http://testserver/tillganglighetsredogorelse/"] == "2025-06-25"
    assert urls[f"http://testserver{job.get_absolute_url()}"] == timezone.localdate().isoformat()


def test_robots_txt_names_the_sitemap_and_never_the_admin(client, settings):
    settings.ADMIN_URL = "forvaltning-7f3k/"
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    lines = response.content.decode().splitlines()
    assert lines == ["User-agent: *", "Disallow:", "Sitemap: http://testserver/sitemap.xml"]
    assert "7f3k" not in response.content.decode()


def test_sitemap_and_robots_link_to_the_site_url_whatever_host_was_asked(client, settings, content):
    """Another name of the site that ALLOWED_HOSTS lets through does not end up in what crawlers keep."""
    settings.SITE_URL = "https://jobba.example.se"
    settings.ALLOWED_HOSTS = ["jobba.example.se", "instans-2.internal"]
    job = make_job()
    urls = sitemap(client, headers={"host": "instans-2.internal"})
    assert urls and all(url.startswith("https://jobba.example.se/") for url in urls), urls
    assert f"https://jobba.example.se{job.get_absolute_url()}" in urls
    robots = client.get("/robots.txt", headers={"host": "instans-2.internal"}).content.decode()
    assert "Sitemap: https://jobba.example.se/sitemap.xml" in robots.splitlines()
