"""The banner, the consent POST and the cookie page, through the test client."""

import logging
import re

import pytest
from django.conf import settings
from django.test import Client

from cookies import consent
from cookies.models import ConsentRecord
from tests.consent import SAME_ORIGIN, give_consent
from tests.faults import database_down
from tests.parse import body, headings, link, one, parse, rows, submitted
from tests.parse import text as text_of

pytestmark = pytest.mark.django_db

QUESTION = "Får vi också använda kakor för webbanalys?"
YES_BUTTON = "Ja, jag godkänner alla kakor"
NO_BUTTON = "Nej, jag godkänner bara nödvändiga kakor"


def choose(client, choice="yes", next="/", headers=SAME_ORIGIN, **kwargs):
    data = {"next": next}
    if choice is not None:
        data["choice"] = choice
    return client.post("/kakor/val/", data, headers=headers, **kwargs)


def consent_cookie(response):
    return response.cookies[settings.CONSENT_COOKIE_NAME]


def assert_refused(response, status, why):
    """The choice was refused with `status`, a page that says so and `why`, and nothing was stored."""
    assert response.status_code == status
    html = response.content.decode()
    assert "Ditt val kunde inte sparas" in html
    assert why in html
    assert settings.CONSENT_COOKIE_NAME not in response.cookies
    assert not ConsentRecord.objects.exists()


# The banner


def test_banner_asks_with_two_equal_buttons_and_links_to_the_cookie_page(client, home):
    page = parse(client.get("/"))
    banner = one(page, '[role="region"][aria-label="Kakor på Försäkringskassan"]')
    assert headings(banner, "h2") == ["Kakor på Försäkringskassan"]
    buttons = banner.select('button[name="choice"]')
    assert [(b["type"], b["value"], text_of(b)) for b in buttons] == [
        ("submit", "yes", YES_BUTTON), ("submit", "no", NO_BUTTON)]
    assert buttons[0]["class"] == buttons[1]["class"]  # same styling: neither answer is pushed
    form = one(banner, "form")
    assert (form["method"], form["action"]) == ("post", "/kakor/val/")
    assert submitted(form) == {"next": ["/"]}  # and the choice, from the button pressed
    assert link(page, "Så här använder Försäkringskassan kakor")["href"] == "/kakor/"


def test_banner_comes_right_after_the_skip_link(client, home):
    elements = parse(client.get("/")).body.find_all(["a", "button", "input", "select", "textarea"])
    focusable = [element for element in elements if element.get("type") != "hidden"]
    assert (focusable[0].name, focusable[0]["href"], text_of(focusable[0])) == ("a", "#innehall", "Gå till innehåll")
    assert (focusable[1].name, focusable[1]["value"]) == ("button", "yes")


def test_banner_pages_carry_no_csrf_token_and_are_shared_from_the_cache(client, home, django_assert_num_queries):
    response = client.get("/")
    assert "csrfmiddlewaretoken" not in response.content.decode()
    assert not response.cookies
    with django_assert_num_queries(0):
        assert QUESTION in client.get("/").content.decode()


def test_banner_keeps_the_query_string_as_the_page_to_return_to(client, home):
    assert one(client.get("/?fodelsear=1990"), 'input[name="next"]')["value"] == "/?fodelsear=1990"


# The consent POST


@pytest.mark.parametrize("choice", ["yes", "no"])
def test_a_choice_sets_the_consent_cookie_and_returns_to_the_page(client, home, choice):
    response = choose(client, choice, next="/kakor/")
    assert response.status_code == 302
    assert response["Location"] == "/kakor/"
    cookie = consent_cookie(response)
    version, saved, consent_id = cookie.value.split(":")
    assert (version, saved) == ("1.1", choice)
    assert cookie["max-age"] == 365 * 24 * 60 * 60
    assert cookie["httponly"] and cookie["samesite"] == "Lax" and cookie["path"] == "/"
    record = ConsentRecord.objects.get()
    assert (record.consent_id.hex, record.choice, record.policy_version) == (consent_id, choice, "1.1")


def test_a_record_holds_no_ip_address_or_user_agent(client, home):
    choose(client, REMOTE_ADDR="203.0.113.7", headers={**SAME_ORIGIN, "User-Agent": "Testwebbläsare/1.0"})
    fields = {field.name for field in ConsentRecord._meta.get_fields()}
    assert fields == {"id", "consent_id", "choice", "policy_version", "language", "created_at"}
    values = " ".join(str(value) for value in ConsentRecord.objects.values().get().values())
    assert "203.0.113.7" not in values and "Testwebbläsare" not in values


def test_a_browser_keeps_its_consent_id_when_it_changes_its_mind(client, home):
    first = consent_cookie(choose(client, "yes")).value.split(":")[2]
    second = consent_cookie(choose(client, "no")).value.split(":")[2]
    assert first == second
    assert list(ConsentRecord.objects.order_by("created_at").values_list("choice", flat=True)) == ["yes", "no"]
    assert {record.consent_id.hex for record in ConsentRecord.objects.all()} == {first}


@pytest.mark.parametrize("choice, text", [
    ("yes", "Du har godkänt alla kakor."),
    ("no", "Du har valt bara nödvändiga kakor."),
])
def test_after_a_choice_the_page_confirms_it_once(client, home, choice, text):
    response = choose(client, choice, follow=True)
    assert response.redirect_chain == [("/", 302)]
    assert QUESTION not in body(response)
    # Announced, and focused on load without JavaScript.
    confirmation = one(response, '[role="alert"]')
    assert confirmation["tabindex"] == "-1" and confirmation.has_attr("autofocus")
    assert text in text_of(confirmation)
    assert "Du kan ändra ditt val när du vill." in text_of(confirmation)
    assert link(confirmation, "ändra ditt val")["href"] == "/kakor/"
    assert link(confirmation, "Dölj meddelandet")["href"] == "/"
    # Shown once: the messages cookie is deleted by the page that shows it.
    assert response.cookies["messages"]["max-age"] == 0
    assert text not in client.get("/").content.decode()


def test_a_confirmation_never_reaches_another_visitor_through_the_cache(client, home):
    choose(client, "yes", follow=True)
    other = Client()
    give_consent(other, "yes")
    assert "Du har godkänt alla kakor." not in other.get("/").content.decode()


def test_no_deletes_the_analytics_cookies_already_set(client, home):
    for name in ["_pk_id.1.abcd", "_pk_ses.1.abcd", "_pk_ref.7.ef01", "unrelated", "csrftoken"]:
        client.cookies[name] = "x"
    response = choose(client, "no")
    expired = {name for name, morsel in response.cookies.items() if morsel["max-age"] == 0}
    assert expired == {"_pk_id.1.abcd", "_pk_ses.1.abcd", "_pk_ref.7.ef01"}
    for name in expired:
        assert response.cookies[name]["path"] == "/"
        assert response.cookies[name]["expires"] == "Thu, 01 Jan 1970 00:00:00 GMT"
        assert not response.cookies[name]["domain"]  # the site's own host, where Matomo sets them


def test_yes_deletes_no_cookies(client, home):
    client.cookies["_pk_id.1.abcd"] = "x"
    response = choose(client, "yes")
    assert set(response.cookies) == {settings.CONSENT_COOKIE_NAME, "messages"}


def test_a_no_while_the_database_and_the_cache_are_down_holds_for_any_version(client, home, redis, caplog):
    redis.stop()
    client.cookies["_pk_id.1.abcd"] = "x"  # from an earlier yes
    with database_down():
        response = choose(client, "no")
        next_page = client.get("/")  # needs the database: the 503 page, in the site's layout
        undecided = Client().get("/")
    assert response.status_code == 302 and response["Location"] == "/"
    version, choice, _ = consent_cookie(response).value.split(":")
    assert (version, choice) == (consent.ANY_VERSION, "no")
    assert response.cookies["_pk_id.1.abcd"]["max-age"] == 0
    assert next_page.status_code == 503 and QUESTION not in body(next_page)
    assert undecided.status_code == 503 and QUESTION in body(undecided)  # the banner is there to be missed
    assert not [record for record in caplog.records if record.levelno >= logging.ERROR]


@pytest.mark.parametrize("next", [
    "https://evil.example/",
    "//evil.example/",
    "///evil.example/",
    "/\\evil.example/",
    "\\\\evil.example/",
    "/\t/evil.example/",
    "http://testserver/kakor/",
    "javascript:alert(1)",
    "kakor/",
    "",
])
def test_a_next_that_is_not_a_path_on_this_site_goes_to_the_start_page(client, home, next):
    response = choose(client, next=next)
    assert response.status_code == 302
    assert response["Location"] == "/"


def test_a_missing_next_goes_to_the_start_page(client, home):
    response = client.post("/kakor/val/", {"choice": "no"}, headers=SAME_ORIGIN)
    assert response["Location"] == "/"


def test_a_next_with_a_query_string_is_kept(client, home):
    assert choose(client, next="/?fodelsear=1990")["Location"] == "/?fodelsear=1990"


@pytest.mark.parametrize("choice", [None, "", "ja", "YES", "maybe", "yes "])
def test_a_bad_choice_changes_nothing(client, home, choice):
    response = choose(client, choice)
    assert_refused(response, 400, "Vi förstod inte vilket val du gjorde.")


@pytest.mark.parametrize("headers", [
    {"Sec-Fetch-Site": "cross-site", "Origin": "https://evil.example"},
    {"Sec-Fetch-Site": "same-site", "Origin": "https://www.testserver"},
    # A browser's own header cannot be forged by the page; it wins over the others.
    {"Sec-Fetch-Site": "cross-site", "Origin": "http://testserver"},
    {"Sec-Fetch-Site": "none"},
    {"Origin": "https://evil.example"},
    {"Origin": "null"},
    {"Origin": "https://testserver"},
    {"Referer": "https://evil.example/kakor/"},
    {"Referer": "http://testserver.evil.example/"},
    {},
])
def test_a_post_from_another_site_changes_nothing(client, home, headers):
    response = choose(client, "yes", headers=headers)
    assert_refused(response, 403, "Du kan bara göra ditt val om kakor på vår egen webbplats.")


@pytest.mark.parametrize("headers", [
    {"Sec-Fetch-Site": "same-origin"},
    {"Origin": "http://testserver"},
    {"Referer": "http://testserver/yrkesroller/"},
])
def test_a_post_from_this_site_is_accepted_by_any_of_the_browser_headers(client, home, headers):
    assert choose(client, "no", headers=headers).status_code == 302


def test_a_trusted_origin_behind_a_proxy_is_accepted(client, home, settings):
    settings.CSRF_TRUSTED_ORIGINS = ["https://jobba.example.se"]
    assert choose(client, "no", headers={"Origin": "https://jobba.example.se"}).status_code == 302


def test_the_choice_address_only_takes_posts(client, home):
    assert client.get("/kakor/val/").status_code == 405


def test_the_cookie_page_answers_head_requests(client, home):
    assert client.head("/kakor/").status_code == 200


# Analytics


@pytest.fixture
def matomo(settings):
    settings.MATOMO_URL = "https://statistik.example.se"
    settings.MATOMO_SITE_ID = "7"
    settings.ANALYTICS_ENABLED = True


def test_the_tracker_is_loaded_only_after_a_yes(client, home, matomo):
    assert "statistik.example.se" not in client.get("/").content.decode()
    give_consent(client, "no")
    assert "statistik.example.se" not in client.get("/").content.decode()
    give_consent(client, "yes")
    html = client.get("/").content.decode()
    scripts = parse(html).find_all("script")
    assert len(scripts) == 1 and html.count("<script") == 1
    script = scripts[0]
    assert re.fullmatch(r"/static/cookies/analytics\.[0-9a-f]+\.js", script["src"])
    assert script.attrs == {"src": script["src"], "data-matomo-url": "https://statistik.example.se",
                            "data-site-id": "7", "defer": ""}
    assert not script.contents  # no inline code: the CSP allows none


def test_without_matomo_settings_there_is_no_tracker_even_after_a_yes(client, home):
    give_consent(client, "yes")
    assert "analytics" not in client.get("/").content.decode()


# The cookie page


def test_cookie_page_lists_the_register_in_a_table(client, home):
    page = parse(client.get("/kakor/"))
    assert headings(page, "h1") == ["Så här använder Försäkringskassan kakor"]
    tables = {text_of(table.caption): table for table in page.find_all("table")}
    assert {"Kategori: nödvändig", "Kategori: webbanalys"} <= set(tables)
    necessary, analytics = rows(tables["Kategori: nödvändig"]), rows(tables["Kategori: webbanalys"])
    assert {"fk_kakval", "csrftoken", "sessionid", "messages"} <= {row[0] for row in necessary}
    assert {"_pk_id.*", "_pk_ses.*", "_pk_ref.*"} <= {row[0] for row in analytics}
    header = ["Namn", "Syfte", "Första- eller tredjepart", "Livslängd"]
    assert necessary[0] == analytics[0] == header
    fk_kakval = next(row for row in necessary if row[0] == "fk_kakval")
    assert (fk_kakval[2], fk_kakval[3]) == ("Förstapart", "12 månader")
    assert "Senast uppdaterad" in text_of(page)
    # A narrow screen shows each row as a block, each cell saying which column it is. No role
    # attributes: the Nu HTML checker forbids them on a table's rows and cells, and browsers
    # keep a table's meaning when CSS changes its display.
    for table in tables.values():
        assert not table.select("[role]")
        for row in table.select("tbody tr"):
            assert [td["data-label"] for td in row.find_all("td")] == header[1:]


@pytest.mark.parametrize("choice, text", [
    (None, "Du har inte valt ännu. Tills du väljer använder vi bara nödvändiga kakor."),
    ("yes", "Du har godkänt alla kakor, även kakor för webbanalys."),
    ("no", "Just nu använder vi bara nödvändiga kakor i din webbläsare."),
])
def test_cookie_page_says_the_current_choice_and_offers_the_same_form(client, home, choice, text):
    if choice:
        give_consent(client, choice)
    page = parse(client.get("/kakor/"))
    assert text in text_of(page)
    assert [text_of(button) for button in page.select('button[name="choice"]')] == [YES_BUTTON, NO_BUTTON]
    assert one(page, 'input[name="next"]')["value"] == "/kakor/"
    # The page has the form itself, so the banner does not ask here.
    assert QUESTION not in text_of(page)


def test_the_refusal_pages_are_in_the_site_layout(client, home):
    page = parse(choose(client, headers={}))
    assert page.html["lang"] == "sv" and link(page, "Gå till innehåll")["href"] == "#innehall"
    assert link(page, "Välj på sidan om kakor")["href"] == "/kakor/"
