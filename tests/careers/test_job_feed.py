"""The Atom feed of open ads: valid Atom, only open ads, the same filters as the list."""

import re
import xml.etree.ElementTree as ET
from datetime import timedelta

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from careers.jobads_translation import TRANSLATED
from careers.models import Contact, JobAd
from tests.factories import make_job, make_jobs_in_two_roles
from tests.parse import text

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"


def feed(client, query="", **kwargs):
    response = client.get("/lediga-jobb/feed/" + query, **kwargs)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    return ET.fromstring(response.content)


def entry_titles(root):
    return {entry.findtext(f"{ATOM}title") for entry in root.iter(f"{ATOM}entry")}


@pytest.fixture
def ads():
    """The list's four open ads, and a closed ad and a draft that the feed must leave out."""
    it, _ = make_jobs_in_two_roles()
    make_job("Stängd", role=it, town="Sundsvall", last_day=timezone.localdate() - timedelta(days=1))
    make_job("Utkast", role=it, town="Sundsvall", status=JobAd.Status.DRAFT)


def test_the_feed_is_valid_atom_with_what_a_reader_needs(client, ads):
    root = feed(client)
    assert root.tag == f"{ATOM}feed"
    assert root.findtext(f"{ATOM}title") == "Lediga jobb på Försäkringskassan"
    assert root.findtext(f"{ATOM}id") and root.findtext(f"{ATOM}updated")
    assert root.find(f"{ATOM}author/{ATOM}name").text == "Försäkringskassan"
    links = {link.get("rel"): link.get("href") for link in root.findall(f"{ATOM}link")}
    assert links == {"alternate": "http://testserver/lediga-jobb/", "self": "http://testserver/lediga-jobb/feed/"}
    entries = list(root.iter(f"{ATOM}entry"))
    assert len(entries) == 4
    for entry in entries:
        for child in ("id", "title", "updated", "published", "summary"):
            assert entry.findtext(f"{ATOM}{child}"), child
        assert entry.find(f"{ATOM}link").get("href").startswith("http://testserver/lediga-jobb/")
    job = JobAd.objects.get(title="Systemutvecklare Java")
    entry = next(e for e in entries if e.findtext(f"{ATOM}title") == "Systemutvecklare Java, Sundsvall")
    assert entry.find(f"{ATOM}link").get("href") == f"http://testserver{job.get_absolute_url()}"
    summary = entry.findtext(f"{ATOM}summary")
    assert "Sista ansökningsdag" in summary and job.reference in summary and "<p>Java och tester.</p>" in summary
    assert {c.get("term") for c in entry.findall(f"{ATOM}category")} == {"It", "Sundsvall"}


@pytest.mark.parametrize(("query", "expected", "title"), [
    ("?yrkesroll=it", {"Systemutvecklare Java, Sundsvall", "Testledare, Östersund"}, ": It"),
    ("?ort=Sundsvall", {"Systemutvecklare Java, Sundsvall", "HR-specialist, Sundsvall"}, ": Sundsvall"),
    ("?yrkesroll=it&ort=Sundsvall", {"Systemutvecklare Java, Sundsvall"}, ": It, Sundsvall"),
    ("?q=testarbetet", {"Testledare, Östersund"}, ""),
])
def test_the_feed_honours_the_filters_of_the_list(client, ads, query, expected, title):
    root = feed(client, query)
    assert entry_titles(root) == expected
    assert root.findtext(f"{ATOM}title") == f"Lediga jobb på Försäkringskassan{title}"
    self_link = next(link.get("href") for link in root.findall(f"{ATOM}link") if link.get("rel") == "self")
    assert self_link.endswith("/lediga-jobb/feed/" + query.replace("Ö", "%C3%96"))


@pytest.mark.parametrize("query", ["?yrkesroll=astronaut", "?ort=Kiruna", "?q=" + "x" * 10_000, "?page=abc"])
def test_garbage_filters_are_ignored_not_an_error(client, ads, query):
    assert len(entry_titles(feed(client, query))) == 4


def summary(client, job):
    """The text of the ad's entry in the feed (its summary is HTML)."""
    entry = next(entry for entry in feed(client).iter(f"{ATOM}entry")
                 if entry.findtext(f"{ATOM}id", "").endswith(job.get_absolute_url()))
    return text(entry.findtext(f"{ATOM}summary"))


def test_an_entry_follows_its_ad_its_role_and_its_people(client):
    # Entries are drawn once per process for JobAd.drawn_key: a change to the ad, to its role or
    # to one of its people, each saved alone, shows in the next feed.
    job = make_job("Utredare", town="Visby")
    contact = Contact.objects.create(job=job, name="Eva Ek", job_title="Enhetschef", phone="010-111 11 11")
    assert "010-111 11 11" in summary(client, job)
    contact.phone = "010-222 22 22"
    contact.save()
    assert "010-222 22 22" in summary(client, job)
    job.role.ssyk_code = "3353"
    job.role.save()
    assert "3353" in summary(client, job)
    job.working_hours = "Dagtid, flextid"
    job.save()
    assert "Dagtid, flextid" in summary(client, job)


def test_the_key_of_an_entry_holds_every_column_of_the_ad():
    job = JobAd.objects.select_related("role").prefetch_related("contacts", "union_representatives").get(
        pk=make_job().pk)
    key = job.drawn_key()
    for field in JobAd._meta.concrete_fields:
        if field.name in TRANSLATED:
            continue  # read through its language's column (title_sv, title_en), each in the key
        value = job.__dict__[field.attname]
        job.__dict__[field.attname] = object()  # past the descriptors: a role_id would drop the role
        assert job.drawn_key() != key, field.name
        job.__dict__[field.attname] = value
    assert job.drawn_key() == key


def test_the_feed_reads_the_choices_of_the_filters_only_when_a_filter_is_given(client, ads):
    def tables(query):
        cache.clear()
        with CaptureQueriesContext(connection) as queries:
            feed(client, query)
        return [re.search(r'FROM "(\w+)"', query["sql"]).group(1) for query in queries]

    # The ads, their contact persons and union representatives; and, the cache being empty, the
    # content version and next publication time.
    plain = tables("")
    assert plain.count("careers_role") == 0 and plain.count("careers_jobad") == 1, plain
    filtered = tables("?yrkesroll=it")
    assert filtered.count("careers_role") == 1 and filtered.count("careers_jobad") == 2, filtered


def test_the_feed_links_to_the_site_url_whatever_host_was_asked(client, ads, settings):
    """Another name of the site that ALLOWED_HOSTS lets through does not end up in what feed readers keep."""
    settings.SITE_URL = "https://jobba.example.se"
    settings.ALLOWED_HOSTS = ["jobba.example.se", "instans-2.internal"]
    root = feed(client, "?ort=Sundsvall", headers={"host": "instans-2.internal"})
    links = [link.get("href") for link in root.iter(f"{ATOM}link")]
    ids = [element.text for element in root.iter(f"{ATOM}id")]
    assert len(links) > 2 and len(ids) > 1
    assert all(address.startswith("https://jobba.example.se/") for address in links + ids), links + ids
    assert "https://jobba.example.se/lediga-jobb/feed/?ort=Sundsvall" in links
