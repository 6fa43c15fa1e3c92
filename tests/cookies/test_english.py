"""Cookie consent on the English site: the banner, the cookie page and the choice in English,
the language of the text agreed to in the consent log, and one consent for both languages."""

import importlib

import pytest
from django.conf import settings

from cookies.models import ConsentRecord, Cookie
from tests.consent import SAME_ORIGIN
from tests.parse import headings, link, one, parse, rows, submitted
from tests.parse import text as text_of

pytestmark = pytest.mark.django_db

BANNER = '[role="region"][aria-label="Cookies on Försäkringskassan"]'
SWEDISH_BANNER = '[role="region"][aria-label="Kakor på Försäkringskassan"]'


def choose(client, path, choice="yes", next="/en/"):
    return client.post(path, {"next": next, "choice": choice}, headers=SAME_ORIGIN)


def test_the_english_banner_asks_in_english_and_posts_to_the_english_address(client, home):
    page = parse(client.get("/en/"))
    banner = one(page, BANNER)
    assert headings(banner, "h2") == ["Cookies on Försäkringskassan"]
    assert "May we also use cookies for web analytics?" in text_of(banner)
    assert [text_of(b) for b in banner.select('button[name="choice"]')] == [
        "Yes, I accept all cookies", "No, I accept only necessary cookies"]
    form = one(banner, "form")
    assert form["action"] == "/en/cookies/choice/"
    assert submitted(form) == {"next": ["/en/"]}
    assert link(banner, "How Försäkringskassan uses cookies")["href"] == "/en/cookies/"


@pytest.mark.parametrize(("path", "language"), [("/en/cookies/choice/", "en"), ("/kakor/val/", "sv")])
def test_the_consent_log_records_the_language_of_the_text_agreed_to(client, home, path, language):
    response = choose(client, path, next="/en/" if language == "en" else "/")
    assert response.status_code == 302
    record = ConsentRecord.objects.get()
    assert (record.choice, record.language) == ("yes", language)
    confirmation = text_of(one(parse(client.get(response["Location"])), ".cookie-banner"))
    if language == "en":
        assert "You have accepted all cookies. You can change your choice at any time." in confirmation
    else:
        assert "Du har godkänt alla kakor." in confirmation


def test_consent_given_in_swedish_holds_in_english(client, home):
    response = choose(client, "/kakor/val/", next="/")
    assert response.cookies[settings.CONSENT_COOKIE_NAME]["path"] == "/"  # one cookie for the whole site
    client.get(response["Location"])  # where the confirmation is shown
    page = parse(client.get("/en/"))
    assert not page.select(BANNER) and not page.select(".consent-form")


def test_consent_given_in_english_holds_in_swedish(client, home):
    client.get(choose(client, "/en/cookies/choice/", choice="no")["Location"])
    page = parse(client.get("/"))
    assert not page.select(SWEDISH_BANNER) and not page.select(".consent-form")
    assert "Right now we only use necessary cookies" in text_of(parse(client.get("/en/cookies/")))


def test_the_english_cookie_page_shows_the_register_in_english_and_marks_swedish_fallbacks(client, home):
    Cookie.objects.create(name="bara_svenska", purpose_sv="Bara på svenska.", lifetime_sv="1 dag",
                          category="nodvandig", order=99)
    page = parse(client.get("/en/cookies/"))
    assert headings(page, "h1") == ["How Försäkringskassan uses cookies"]
    tables = {text_of(table.caption): rows(table) for table in page.select("table")}
    necessary = {row[0]: row[1:] for row in tables["Category: necessary"][1:]}
    assert necessary["fk_kakval"][0].startswith("Saves your choice about cookies")
    assert necessary["fk_kakval"][2] == "12 months"
    assert tables["Category: web analytics"][1][3] == "13 months"
    # Without English, the Swedish text, marked as Swedish for screen readers and translators.
    assert necessary["bara_svenska"] == ["Bara på svenska.", "First party", "1 dag"]
    cell = page.find("code", string="bara_svenska").find_parent("tr")
    assert [text_of(span) for span in cell.select('span[lang="sv"]')] == ["Bara på svenska.", "1 dag"]
    english_row = page.find("code", string="fk_kakval").find_parent("tr")
    assert not english_row.select("[lang]")


def test_the_swedish_cookie_page_marks_nothing(client, home):
    page = parse(client.get("/kakor/"))
    assert not page.select("table [lang]")
    assert "Sparar ditt val om kakor" in text_of(page)


def test_the_register_keeps_its_swedish_and_gains_english_for_the_seeded_entries():
    register = importlib.import_module("cookies.migrations.0003_register").REGISTER
    for name, _category, lifetime, purpose in register:
        cookie = Cookie.objects.get(name=name)
        assert (cookie.purpose_sv, cookie.lifetime_sv) == (purpose, lifetime)
        assert cookie.purpose_en and cookie.lifetime_en and cookie.purpose_en != purpose
