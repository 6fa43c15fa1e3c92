"""The language is the address: Swedish where it always was, English under /en/ with English paths."""

import re

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import translation

from careers.models import Page, Role
from tests.careers.test_metrics import count
from tests.factories import make_job, make_jobs_in_two_roles
from tests.parse import link, links, main, one, parse

pytestmark = pytest.mark.django_db


def addresses(language, job, page_slug="om-oss"):
    with translation.override(language):
        return [
            reverse("careers:home"), reverse("careers:role-list"),
            reverse("careers:role-detail", kwargs={"slug": "it"}), reverse("careers:testimonial-list"),
            reverse("careers:job-list"), reverse("careers:job-feed"), job.get_absolute_url(),
            reverse("alerts:signup"), reverse("cookies:policy"),
            reverse("careers:page-detail", kwargs={"slug": page_slug}),
            reverse("careers:recruitment-status"), reverse("careers:decision-list"),
            reverse("careers:decision-feed"),
        ]


def test_english_lives_under_en_at_the_issues_paths_and_swedish_where_it_always_was():
    job = make_job(slug="handlaggare")
    assert addresses("en", job) == [
        "/en/", "/en/roles/", "/en/roles/it/", "/en/colleagues/", "/en/jobs/", "/en/jobs/feed/",
        f"/en/jobs/{job.pk}-handlaggare/", "/en/jobs/alerts/", "/en/cookies/", "/en/om-oss/",
        "/en/jobs/status/", "/en/jobs/decisions/", "/en/jobs/decisions/feed/",
    ]
    assert addresses("sv", job) == [
        "/", "/yrkesroller/", "/yrkesroller/it/", "/medarbetare/", "/lediga-jobb/", "/lediga-jobb/feed/",
        f"/lediga-jobb/{job.pk}-handlaggare/", "/lediga-jobb/bevakning/", "/kakor/", "/om-oss/",
        "/lediga-jobb/status/", "/lediga-jobb/beslut/", "/lediga-jobb/beslut/feed/",
    ]
    # The site's own addresses stay at the root, in neither language.
    assert [reverse("sitemap"), reverse("robots-txt"), reverse("healthz")] == ["/sitemap.xml", "/robots.txt",
                                                                               "/healthz"]


def test_every_english_page_type_answers_in_english(client, content):
    job = make_job(role=Role.objects.get(slug="it"))
    page = Page.objects.filter(is_published=True).exclude(slug=Page.HOME_SLUG).first()
    for path in addresses("en", job, page.slug):
        response = client.get(path)
        assert response.status_code == 200, path
        assert response["Content-Language"] == "en", path
        assert "accept-language" not in response.get("Vary", "").lower(), path


def test_the_language_is_the_address_never_the_browsers_wish_nor_a_cookie(client, content):
    client.cookies["django_language"] = "en"
    swedish = client.get("/lediga-jobb/", headers={"accept-language": "en-GB,en;q=0.9"})
    assert swedish.status_code == 200 and swedish["Content-Language"] == "sv"
    assert "accept-language" not in swedish.get("Vary", "").lower()
    assert 'lang="sv"' in swedish.content.decode()
    english = client.get("/en/jobs/", headers={"accept-language": "sv-SE,sv;q=0.9"})
    assert english.status_code == 200 and english["Content-Language"] == "en"
    assert "django_language" not in english.cookies and "django_language" not in swedish.cookies
    # The home page of either language is never a redirect to the other.
    assert client.get("/", headers={"accept-language": "en"}).status_code == 200
    assert client.get("/en/", headers={"accept-language": "sv"}).status_code == 200


def test_each_language_has_only_its_own_paths(client, content):
    assert client.get("/en/yrkesroller/").status_code == 404
    assert client.get("/en/lediga-jobb/").status_code == 404
    assert client.get("/roles/").status_code == 404
    assert client.get("/jobs/").status_code == 404
    assert client.get("/en/roles/").status_code == 200
    assert client.get("/en/roles").status_code == 301  # as /yrkesroller does: the slash is added


def test_query_parameters_mean_the_same_in_both_languages(client):
    make_jobs_in_two_roles()
    for path in ["/lediga-jobb/?yrkesroll=it&sortering=senaste", "/en/jobs/?yrkesroll=it&sortering=senaste"]:
        titles = {name for href, name in links(main(client.get(path)))
                  if re.fullmatch(r"/(en/jobs|lediga-jobb)/\d+-[\w-]+/", href)}
        assert titles == {"Systemutvecklare Java", "Testledare"}, path


def test_a_request_in_english_leaves_the_language_as_it_found_it(client, content):
    assert client.get("/en/roles/").status_code == 200
    assert translation.get_language() == "sv"
    assert reverse("careers:job-list") == "/lediga-jobb/"


def test_english_pages_are_counted_by_their_route_cached_or_not(client, content):
    before = count("careers:role-list")
    for _ in range(3):
        assert client.get("/en/roles/").status_code == 200  # the first renders, the others come from the cache
    assert count("careers:role-list") == before + 3


def test_the_admin_stays_swedish_whatever_the_browser_asks(client, db):
    response = client.get(reverse("admin:login"), headers={"accept-language": "en"})
    assert response["Content-Language"] == "sv"
    assert "Logga in" in response.content.decode()


def header_link(page, name):
    return link(one(page, "header"), name)


def alternates(page):
    return {tag["hreflang"]: tag["href"] for tag in parse(page).head.find_all("link", rel="alternate", hreflang=True)}


def test_html_lang_is_the_addresses_language(client, content):
    assert parse(client.get("/")).html["lang"] == "sv"
    assert parse(client.get("/en/")).html["lang"] == "en"
    assert parse(client.get("/en/finns-inte/")).html["lang"] == "en"


def test_each_page_links_to_itself_in_the_other_language_with_its_query(client, content):
    job = make_job(role=Role.objects.get(slug="it"), slug="utvecklare")
    pairs = [("/", "/en/"), ("/yrkesroller/it/", "/en/roles/it/"),
             ("/lediga-jobb/?yrkesroll=it&sortering=senaste", "/en/jobs/?yrkesroll=it&sortering=senaste"),
             (f"/lediga-jobb/{job.pk}-utvecklare/", f"/en/jobs/{job.pk}-utvecklare/"),
             ("/om-forsakringskassan/", "/en/om-forsakringskassan/"), ("/kakor/", "/en/cookies/")]
    for swedish, english in pairs:
        to_english = header_link(client.get(swedish), "English")
        assert (to_english["href"], to_english["lang"], to_english["hreflang"]) == (english, "en", "en")
        to_swedish = header_link(client.get(english), "Svenska")
        assert (to_swedish["href"], to_swedish["lang"], to_swedish["hreflang"]) == (swedish, "sv", "sv")
        assert not to_english.find("img") and not to_swedish.find("img")  # a name, no flag


def test_the_other_languages_link_is_the_pages_own_though_the_header_is_rendered_once(client, content):
    assert header_link(client.get("/yrkesroller/it/"), "English")["href"] == "/en/roles/it/"
    assert header_link(client.get("/yrkesroller/hr/"), "English")["href"] == "/en/roles/hr/"
    assert header_link(client.get("/en/roles/hr/"), "Svenska")["href"] == "/yrkesroller/hr/"


def test_alternates_name_both_languages_and_swedish_as_default_on_both(client, content, settings):
    settings.SITE_URL = "https://jobba.example.se"
    for swedish, english in [("/", "/en/"), ("/lediga-jobb/?sortering=senaste", "/en/jobs/?sortering=senaste"),
                             ("/medarbetare/", "/en/colleagues/")]:
        expected = {"sv": f"https://jobba.example.se{swedish}", "en": f"https://jobba.example.se{english}",
                    "x-default": f"https://jobba.example.se{swedish}"}
        assert alternates(client.get(swedish)) == expected
        assert alternates(client.get(english)) == expected


def test_an_address_of_no_route_links_to_the_other_languages_main_page(client, content):
    response = client.get("/en/finns/inte/")
    assert response.status_code == 404
    assert header_link(response, "Svenska")["href"] == "/"
    assert header_link(client.get("/finns/inte/"), "English")["href"] == "/en/"
    # A missing page of a route (no such editable page) links to the same address in the other language.
    assert header_link(client.get("/en/finns-inte/"), "Svenska")["href"] == "/finns-inte/"


def test_a_page_of_a_route_with_extra_arguments_names_its_twins_too(db):
    # The sitemap's route passes a dict to its view: a refused POST's page must still render.
    response = Client(enforce_csrf_checks=True).post("/sitemap.xml")
    assert response.status_code == 403
    assert header_link(response, "English")["href"] == "/sitemap.xml"  # outside both languages: one address
