"""Job ads on the English site (issue 22): every open ad listed, an ad without English in Swedish,
marked `lang="sv"`, its facts in English; the feed and the JSON-LD in English.

English search is in tests/careers/test_job_search_english.py.
"""

import json
import re
import xml.etree.ElementTree as ET
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from careers import siteurl
from careers.models import JobAd
from tests.factories import make_job, make_role
from tests.parse import links, main, one, parse, terms, text

pytestmark = pytest.mark.django_db

ENGLISH_TEXTS = {"title_en": "Java developer", "duties_en": "You develop the systems that pay out benefits.",
                 "qualifications_en": "- experience of Java", "merits_en": "- experience of Spring Boot"}


@pytest.fixture
def ads():
    """Two open ads in the role It: one HR wrote in English too, one only in Swedish."""
    it = make_role("It", slug="it")
    today = timezone.localdate()
    english = make_job("Systemutvecklare Java", role=it, town="Sundsvall", duties="Du utvecklar system.",
                       merits="- erfarenhet av Spring Boot", published_on=today - timedelta(days=2),
                       **ENGLISH_TEXTS)
    swedish = make_job("Testledare", role=it, town="Östersund", duties="Du leder testarbetet.",
                       employment_form=JobAd.EmploymentForm.FIXED_TERM, duration="Ett år",
                       working_hours="Dagtid, flextid", published_on=today - timedelta(days=3))
    return english, swedish


def english(path_name, *args):
    with translation.override("en"):
        return reverse(path_name, args=args)


def listed(page, links="main a"):
    """The ads listed on an English page: (title, the lang of its link or None), in order."""
    return [(name, anchor.get("lang")) for anchor in parse(page).select(links)
            if re.fullmatch(r"/en/jobs/\d+-[\w-]+/", anchor.get("href", "")) for name in [text(anchor)]]


def test_the_english_list_shows_every_open_ad_the_swedish_one_marked_and_noted(client, ads):
    english_ad, swedish_ad = ads
    response = client.get("/en/jobs/")
    assert response.status_code == 200
    assert listed(response) == [("Java developer", None), ("Testledare", "sv")]
    cards = parse(response).select("main .job-list li")
    assert "The ad is in Swedish." not in text(cards[0]) and "The ad is in Swedish." in text(cards[1])
    # The Swedish list is as it was: Swedish titles, no marks, no note.
    swedish = client.get("/lediga-jobb/")
    assert [name for href, name in links(main(swedish)) if re.fullmatch(r"/lediga-jobb/\d+-[\w-]+/", href)] == [
        "Systemutvecklare Java", "Testledare"]
    assert 'lang="sv"' not in str(main(swedish)) and "Annonsen är på svenska." not in text(main(swedish))


def test_an_ad_without_english_shows_its_facts_in_english_and_its_swedish_text_marked(client, ads):
    _english_ad, ad = ads
    response = client.get(f"/en/jobs/{ad.pk}-{ad.slug}/")
    assert response.status_code == 200
    page = main(response)
    heading = one(page, "h1")
    assert text(heading) == "Testledare" and heading.get("lang") == "sv"
    assert text(one(page, "h1 + .job-language")) == "The ad is in Swedish."
    facts = terms(page)
    assert facts["Employment form"] == "Fixed-term employment" and facts["Extent"] == "Full time"
    assert facts["Pay"] == "Individual pay" and facts["Remote work"] == "On site"
    assert facts["Last application day"] == ad.last_day.strftime("%-d %B %Y")  # an English month
    duration = one(page, "dt:-soup-contains('Duration') + dd")
    assert one(duration, "span[lang=sv]").get_text() == "Ett år"  # the duration HR wrote in Swedish
    assert facts["Working hours"] == "Dagtid, flextid"
    duties = [section for section in page.select("section") if text(section).startswith("Duties")][0]
    assert one(duties, ".markdown").get("lang") == "sv" and "Du leder testarbetet." in text(duties)


def test_an_ad_with_english_is_english_throughout(client, ads):
    ad, _swedish_ad = ads
    page = main(client.get(f"/en/jobs/{ad.pk}-{ad.slug}/"))
    assert text(one(page, "h1")) == "Java developer" and one(page, "h1").get("lang") is None
    assert not page.select("h1[lang], .markdown[lang], .job-facts [lang]")  # nothing of the ad in Swedish
    assert "You develop the systems that pay out benefits." in text(page) and "Du utvecklar" not in text(page)
    assert not page.select("h1 + .job-language")  # no note that the ad is in Swedish (a similar one has it)
    assert "experience of Spring Boot" in text(page)
    # The similar jobs after it: the other ad, its Swedish title marked.
    similar = [section for section in page.select("section") if text(section).startswith("Similar jobs")][0]
    assert listed(str(similar), "a") == [("Testledare", "sv")]


def test_the_filters_have_the_same_names_and_values_in_english(client, ads):
    make_job("Controller", role=make_role("Ekonomi", slug="ekonomi"))
    response = client.get("/en/jobs/", {"yrkesroll": "it", "sortering": "senaste"})
    assert response.status_code == 200
    assert [title for title, _lang in listed(response)] == ["Java developer", "Testledare"]
    assert [title for title, _lang in listed(client.get("/en/jobs/", {"yrkesroll": "ekonomi"}))] == ["Controller"]


def test_the_english_feed_is_in_english_with_english_links(client, ads):
    english_ad, swedish_ad = ads
    response = client.get("/en/jobs/feed/")
    assert response.status_code == 200
    atom = "{http://www.w3.org/2005/Atom}"
    lang = "{http://www.w3.org/XML/1998/namespace}lang"
    feed = ET.fromstring(response.content)
    assert feed.get(lang) == "en" and feed.find(f"{atom}title").text == "Open jobs at Försäkringskassan"
    entries = {entry.find(f"{atom}title").text: entry for entry in feed.findall(f"{atom}entry")}
    assert set(entries) == {"Java developer, Sundsvall", "Testledare, Östersund"}
    assert entries["Java developer, Sundsvall"].get(lang) is None
    assert entries["Testledare, Östersund"].get(lang) == "sv"
    for entry, ad in ((entries["Java developer, Sundsvall"], english_ad),
                      (entries["Testledare, Östersund"], swedish_ad)):
        assert entry.find(f"{atom}link").get("href").endswith(f"/en/jobs/{ad.pk}-{ad.slug}/")
    assert "Last application day" in entries["Testledare, Östersund"].find(f"{atom}summary").text
    assert feed.find(f"{atom}link[@rel='self']").get("href").endswith("/en/jobs/feed/")
    # The Swedish feed is Swedish.
    swedish = ET.fromstring(client.get("/lediga-jobb/feed/").content)
    assert swedish.get(lang) == "sv"
    assert {entry.find(f"{atom}title").text for entry in swedish.findall(f"{atom}entry")} == {
        "Systemutvecklare Java, Sundsvall", "Testledare, Östersund"}


def json_ld(response):
    (block,) = re.findall(r'<script type="application/ld\+json">(.*?)</script>', response.content.decode(), re.DOTALL)
    return json.loads(block)


def test_the_json_ld_says_the_language_of_its_text_and_links_to_this_languages_page(client, ads):
    english_ad, swedish_ad = ads
    data = json_ld(client.get(f"/en/jobs/{english_ad.pk}-{english_ad.slug}/"))
    assert data["@context"] == ["https://schema.org", {"@language": "en"}]
    assert data["title"] == "Java developer" and data["url"] == siteurl.absolute(
        f"/en/jobs/{english_ad.pk}-{english_ad.slug}/")
    assert data["description"].startswith("<h2>Duties</h2><p>You develop")
    data = json_ld(client.get(f"/en/jobs/{swedish_ad.pk}-{swedish_ad.slug}/"))
    assert data["@context"] == ["https://schema.org", {"@language": "sv"}] and data["title"] == "Testledare"
    data = json_ld(client.get(f"/lediga-jobb/{english_ad.pk}-{english_ad.slug}/"))
    assert data["@context"] == ["https://schema.org", {"@language": "sv"}]
    assert data["title"] == "Systemutvecklare Java"
    assert data["url"] == siteurl.absolute(f"/lediga-jobb/{english_ad.pk}-{english_ad.slug}/")


def test_a_closed_ad_and_the_status_and_decision_pages_answer_in_english(client, ads):
    today = timezone.localdate()
    closed = make_job("Jurist", published_on=today - timedelta(days=30), last_day=today - timedelta(days=5),
                      title_en="Lawyer", duties_en="You give legal advice.")
    gone = client.get(f"/en/jobs/{closed.pk}-{closed.slug}/")
    assert gone.status_code == 410
    assert "The last application day for Lawyer in Östersund" in text(main(gone))
    closed.title_en = None
    closed.duties_en = None
    closed.save()
    gone = main(client.get(f"/en/jobs/{closed.pk}-{closed.slug}/"))
    assert one(gone, "p span[lang=sv]").get_text() == "Jurist"
    status = client.get(english("careers:recruitment-status"))
    assert status.status_code == 200 and status.content.decode().count('<span lang="sv">Jurist</span>') == 1
    assert client.get(english("careers:decision-list")).status_code == 200
