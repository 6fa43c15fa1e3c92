"""Every English page type, walked: it answers, says lang="en", names its Swedish twin, and shows no Swedish chrome.

The content here is neutral (names and words that are neither language's
interface text), so what is Swedish on a page can only be interface text:
a sentence of the Swedish catalogue, or a Swedish letter (å, ä, ö) outside
the agency's name and outside elements marked lang="sv".
"""

import gettext
import re
from datetime import timedelta
from pathlib import Path

import pytest
from django.conf import settings
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation

from benefits.models import Benefit
from careers.alerts import throttle
from careers.models import Link, Page, Section
from careers.models import Testimonial as Film  # "Test…" would look like a test class to pytest
from cookies.models import Cookie
from tests.factories import make_job, make_page, make_role, make_section
from tests.faults import database_down
from tests.parse import SPACES, parse

pytestmark = pytest.mark.django_db

NAMES = re.compile(r"Försäkringskassan(s)?")  # the agency's name, which English keeps
PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|%[sd]|\{[^}]*\}")


def swedish_sentences():
    """Pieces of the Swedish catalogue that are its own: long enough, not in any English msgid."""
    with open(Path(settings.BASE_DIR) / "locale/sv/LC_MESSAGES/django.mo", "rb") as mo:
        catalog = gettext.GNUTranslations(mo)._catalog
    english = " ".join(key if isinstance(key, str) else key[0] for key in catalog)
    pieces = set()
    for key, swedish in catalog.items():
        if (key if isinstance(key, str) else key[0]) == swedish or not swedish:
            continue
        for piece in PLACEHOLDER.split(swedish):
            piece = SPACES.sub(" ", NAMES.sub("", piece)).strip(" .,:;()–-")
            if len(piece) >= 10 and " " in piece and piece not in english:
                pieces.add(piece)
    return pieces


SWEDISH = swedish_sentences()


def outside_swedish(response):
    """What a reader of the page reads or hears outside lang="sv": text, names of controls, the title."""
    page = parse(response)
    for element in page.find_all(lang=re.compile(r"^sv")):
        if element.name != "html":
            element.decompose()
    for element in page.find_all(["script", "style"]):
        element.decompose()
    heard = [element.get(name, "") for name in ("aria-label", "alt", "title", "placeholder")
             for element in page.find_all(attrs={name: True})]
    heard += [meta.get("content", "") for meta in page.find_all("meta", attrs={"name": "description"})]
    return SPACES.sub(" ", " ".join([page.get_text(" "), *heard]))


def assert_no_swedish_chrome(response, path):
    text = outside_swedish(response)
    found = sorted(piece for piece in SWEDISH if piece in text)
    assert not found, (path, found)
    letters = re.findall(r"\w*[åäöÅÄÖ]\w*", NAMES.sub("", text))
    assert not letters, (path, letters)


def alternates(response):
    return {tag["hreflang"]: tag["href"] for tag in parse(response).head.find_all("link", rel="alternate",
                                                                                  hreflang=True)}


@pytest.fixture
def neutral(db):
    """One of each kind of content, in words that are no language's interface text."""
    home = make_page(slug=Page.HOME_SLUG, title="Jobba", body="Lorem ipsum.")
    for listing in (Section.Listing.ROLES, Section.Listing.TESTIMONIALS, Section.Listing.BENEFITS,
                    Section.Listing.LINKS):
        make_section(home, heading=f"Lorem {listing}", body="Lorem ipsum.", listing=listing)
    role = make_role("Java", slug="java", summary="Lorem ipsum.")
    Film.objects.create(name="Alex", job_title="Java", quote="Lorem ipsum.")
    Benefit.objects.create(title="Gym", text="Lorem ipsum.")
    Link.objects.create(title="Lorem", url="https://www.example.com/", is_external=True)
    page = make_page(slug="lorem", title="Lorem", body="Lorem ipsum.")
    Cookie.objects.update(purpose="Lorem ipsum.", lifetime="Lorem")  # the register a migration writes
    common = {"role": role, "town": "Sundsvall", "duties": "Lorem ipsum.", "qualifications": "- Lorem",
              "pay": "Lorem"}
    job = make_job("Java", slug="java", **common)
    closed = make_job("Java", slug="java-2", last_day=timezone.localdate() - timedelta(days=1), **common)
    return {"role": role, "page": page, "job": job, "closed": closed}


def english_pages(neutral):
    """(path, status) of every English page type."""
    with translation.override("en"):
        return [(path, 200) for path in [
            reverse("careers:home"), reverse("careers:role-list"), neutral["role"].get_absolute_url(),
            reverse("careers:testimonial-list"), reverse("careers:job-list"), neutral["job"].get_absolute_url(),
            reverse("careers:job-list") + "?yrkesroll=java&sortering=senaste", reverse("alerts:signup"),
            reverse("alerts:sent"), reverse("cookies:policy"), neutral["page"].get_absolute_url(),
            reverse("careers:recruitment-status"), reverse("careers:decision-list"),
        ]] + [("/en/finns/inte/", 404), (neutral["closed"].get_absolute_url(), 410), ("/en/jobs/?q=%00", 400)]


def test_every_english_page_type_is_english_and_names_its_swedish_twin(client, neutral):
    for path, status in english_pages(neutral):
        response = client.get(path)
        assert response.status_code == status, path
        assert parse(response).html["lang"] == "en", path
        assert_no_swedish_chrome(response, path)
        if status == 200:
            pair = alternates(response)
            assert pair["en"] == f"http://testserver{path}" and pair["x-default"] == pair["sv"], path
            twin = client.get(pair["sv"].removeprefix("http://testserver"))
            assert twin.status_code == 200 and parse(twin).html["lang"] == "sv", path
            assert alternates(twin) == pair, path


def test_the_pages_that_answer_trouble_are_english_too(client, neutral, settings):
    settings.SITE_URL = "https://jobba.example.se"
    settings.MAILERS = {"default": {"BACKEND": "django.core.mail.backends.locmem.EmailBackend"}}
    sign_up = {"epost": "stranger@example.se", "frekvens": "dag"}
    for _ in range(throttle.PER_ADDRESS):
        client.post("/en/jobs/alerts/", sign_up)
    throttled = client.post("/en/jobs/alerts/", sign_up)
    assert throttled.status_code == 429
    with database_down():
        unavailable = Client(raise_request_exception=False).get("/en/roles/")
    assert unavailable.status_code == 503
    for response in (throttled, unavailable):
        assert parse(response).html["lang"] == "en"
        assert_no_swedish_chrome(response, response.status_code)


def test_the_walk_finds_swedish_chrome_where_there_is_some(client, neutral):
    # The check itself: the Swedish twins fail it, and a marked Swedish text passes it.
    assert len(SWEDISH) > 100
    with pytest.raises(AssertionError):
        assert_no_swedish_chrome(client.get("/lediga-jobb/"), "/lediga-jobb/")
    page = neutral["page"]
    page.body_en = "Lorem ipsum."  # English, so the body is not marked as the Swedish fallback is
    page.title_en = "Lorem"
    page.save()
    marked = client.get("/en/lorem/")
    marked.content = marked.content.replace(b"Lorem ipsum.", '<span lang="sv">Läs mer om oss.</span>'.encode())
    assert_no_swedish_chrome(marked, "/en/lorem/")
    marked.content = marked.content.replace(b'<span lang="sv">', b"<span>")
    with pytest.raises(AssertionError):
        assert_no_swedish_chrome(marked, "/en/lorem/")
