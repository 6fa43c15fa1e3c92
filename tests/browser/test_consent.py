"""Cookie consent in a real browser: the banner, no analytics before a yes, the flow without JavaScript."""

import importlib
import re

import pytest
from django.apps import apps
from django.conf import settings

from tests.browser.chromium import describe

pytestmark = pytest.mark.browser

BANNER = "Kakor på Försäkringskassan"
QUESTION = "Får vi också använda kakor för webbanalys?"
YES = "Ja, jag godkänner alla kakor"
NO = "Nej, jag godkänner bara nödvändiga kakor"


@pytest.fixture
def matomo(site, settings):
    """Analytics switched on, with the "Matomo server" on the live server itself, so requests can be watched."""
    url = f"{site}/fake-matomo"
    settings.MATOMO_URL, settings.MATOMO_SITE_ID, settings.ANALYTICS_ENABLED = url, "1", True
    # SECURE_CSP is computed when the settings load: give it the tracker's address as production would.
    policy = dict(settings.SECURE_CSP)
    for directive in ("script-src", "img-src", "connect-src"):
        policy[directive] = [*policy[directive], f"{url}/"]
    settings.SECURE_CSP = policy
    # The browser tests empty the database between tests; the register is what a "no" deletes by.
    importlib.import_module("cookies.migrations.0003_register").seed(apps, None)
    return url


def open_home(browser, site, *, javascript=True):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, java_script_enabled=javascript)
    page = context.new_page()
    page.goto(f"{site}/")
    return page


def watch(page, prefix):
    """The list of request URLs under `prefix` that the page makes from now on."""
    seen = []
    page.on("request", lambda request: request.url.startswith(prefix) and seen.append(request.url))
    return seen


def consent_cookie(page):
    return next((c["value"] for c in page.context.cookies() if c["name"] == settings.CONSENT_COOKIE_NAME), None)


def stated_choice(page):
    """The cookie page's sentence that says what the visitor has chosen."""
    # Leading white space is the template's line break, not text.
    sentence = re.compile(r"^\s*(Du har godkänt alla kakor, även|Just nu använder vi bara|Du har inte valt ännu)")
    return page.locator("main").get_by_text(sentence).inner_text()


def test_a_first_visit_shows_the_banner_and_makes_no_analytics_request(browser, site, matomo):
    page = open_home(browser, site)
    try:
        seen = watch(page, matomo)
        page.reload()
        page.wait_for_load_state("networkidle")
        banner = page.get_by_role("region", name=BANNER)
        assert banner.is_visible()
        assert banner.get_by_role("heading", name=BANNER).is_visible()
        assert banner.get_by_text(QUESTION).is_visible()
        yes, no = banner.get_by_role("button", name=YES), banner.get_by_role("button", name=NO)
        # Two equal buttons: the same look and the same weight.
        style = "el => ['backgroundColor', 'color', 'fontSize', 'fontWeight'].map(p => getComputedStyle(el)[p])"
        assert yes.evaluate(style) == no.evaluate(style)
        page.get_by_role("link", name="Så här använder Försäkringskassan kakor").click()
        page.wait_for_load_state("networkidle")
    finally:
        page.context.close()
    assert seen == []


def test_no_hides_the_banner_deletes_analytics_cookies_and_loads_no_analytics(browser, site, matomo):
    page = open_home(browser, site)
    try:
        page.context.add_cookies([{"name": "_pk_id.1.abcd", "value": "old", "url": site}])
        seen = watch(page, matomo)
        page.get_by_role("button", name=NO).click()
        page.wait_for_load_state("networkidle")
        confirmation = page.get_by_role("alert")
        text = confirmation.inner_text()
        focused = page.evaluate("() => document.activeElement.className")
        banner_asks = page.get_by_text(QUESTION).count()
        names = {cookie["name"] for cookie in page.context.cookies()}
        page.get_by_role("link", name="Yrkesroller").first.click()
        page.wait_for_load_state("networkidle")
        banner_asks += page.get_by_text(QUESTION).count()
    finally:
        page.context.close()
    assert "Du har valt bara nödvändiga kakor." in text
    assert "message-box--success" in focused
    assert banner_asks == 0
    assert "_pk_id.1.abcd" not in names
    assert settings.CONSENT_COOKIE_NAME in names
    assert seen == []


def test_yes_loads_the_tracker_and_a_later_no_stops_it(browser, site, matomo):
    page = open_home(browser, site)
    try:
        seen = watch(page, matomo)
        with page.expect_request(f"{matomo}/matomo.js"):
            page.get_by_role("button", name=YES).click()
        text = page.get_by_role("alert").inner_text()
        assert consent_cookie(page).split(":")[1] == "yes"
        # Withdrawing is one click on the cookie page, and the tracker is gone from then on.
        page.goto(f"{site}/kakor/")
        page.wait_for_load_state("networkidle")
        before = len(seen)
        page.get_by_role("button", name=NO).click()
        page.wait_for_load_state("networkidle")
        after_no = seen[before:]
        choice = stated_choice(page)
    finally:
        page.context.close()
    assert "Du har godkänt alla kakor." in text
    assert f"{matomo}/matomo.js" in seen
    assert after_no == []
    assert choice == "Just nu använder vi bara nödvändiga kakor i din webbläsare."


def test_the_whole_flow_works_without_javascript(browser, site, matomo):
    page = open_home(browser, site, javascript=False)
    try:
        seen = watch(page, matomo)
        page.get_by_role("button", name=YES).click()
        page.wait_for_load_state()
        url = page.url
        confirmation = page.get_by_role("alert").inner_text()
        chosen = consent_cookie(page)
        # JavaScript is off, so the loader cannot run: nothing is fetched from the tracker.
        page.get_by_role("link", name="ändra ditt val").click()
        page.wait_for_load_state()
        choice_yes = stated_choice(page)
        page.get_by_role("button", name=NO).click()
        page.wait_for_load_state()
        confirmation_no = page.get_by_role("alert").inner_text()
        choice_no = stated_choice(page)
        page.get_by_role("link", name="Dölj meddelandet").click()
        page.wait_for_load_state()
        alerts_after_hiding = page.get_by_role("alert").count()
        banner_asks = page.get_by_text(QUESTION).count()
    finally:
        page.context.close()
    assert url == f"{site}/"
    assert "Du har godkänt alla kakor." in confirmation
    assert chosen.split(":")[1] == "yes"
    assert choice_yes == "Du har godkänt alla kakor, även kakor för webbanalys."
    assert "Du har valt bara nödvändiga kakor." in confirmation_no
    assert choice_no == "Just nu använder vi bara nödvändiga kakor i din webbläsare."
    assert alerts_after_hiding == 0 and banner_asks == 0
    assert seen == []


def test_the_banner_is_reached_by_keyboard_right_after_the_skip_link(browser, site):
    page = open_home(browser, site)
    try:
        stops = []
        for _ in range(4):
            page.keyboard.press("Tab")
            stops.append(page.evaluate("() => document.activeElement.textContent.trim()"))
        # Answer from the keyboard: Shift+Tab back to "Nej" and press Enter.
        page.keyboard.press("Shift+Tab")
        page.keyboard.press("Enter")
        page.wait_for_load_state()
        page.get_by_role("alert").wait_for()
        focused = page.evaluate("() => document.activeElement.getAttribute('role')")
    finally:
        page.context.close()
    assert stops == ["Gå till innehåll", YES, NO, "Så här använder Försäkringskassan kakor"]
    assert focused == "alert"


def test_the_confirmation_has_no_accessibility_violations(browser, site, axe):
    page = open_home(browser, site)
    try:
        page.get_by_role("button", name=YES).click()
        page.get_by_role("alert").wait_for()
        violations = axe(page)
    finally:
        page.context.close()
    assert not violations, describe(violations)


def test_a_form_on_another_site_cannot_change_the_choice(browser, site):
    context = browser.new_context()
    page = context.new_page()
    # A page on another origin that posts "yes" to the site, as a forged form would.
    page.route("http://evil.example/", lambda route: route.fulfill(content_type="text/html", body=(
        f'<form method="post" action="{site}/kakor/val/"><input type="hidden" name="next" value="/">'
        '<button name="choice" value="yes">Vinn en resa</button></form>'
    )))
    try:
        page.goto("http://evil.example/")
        with page.expect_response(f"{site}/kakor/val/") as answer:
            page.get_by_role("button", name="Vinn en resa").click()
        status = answer.value.status
        heading = page.locator("h1").inner_text()
        chosen = consent_cookie(page)
    finally:
        context.close()
    assert status == 403
    assert heading == "Ditt val kunde inte sparas"
    assert chosen is None
