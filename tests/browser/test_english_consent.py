"""Cookie consent and the job alert sign-up on the English site, in Chromium: one choice for both
languages, and nothing for axe to find on the English pages."""

import importlib

import pytest
from django.apps import apps

from cookies.models import ConsentRecord, Cookie
from tests.browser.chromium import describe

pytestmark = pytest.mark.browser


def new_page(browser):
    return browser.new_context(viewport={"width": 1280, "height": 900}).new_page()


def test_a_no_on_the_english_site_holds_on_the_swedish_one(browser, site, axe):
    page = new_page(browser)
    try:
        page.goto(f"{site}/en/")
        assert page.get_by_text("May we also use cookies for web analytics?").is_visible()
        page.get_by_role("button", name="No, I accept only necessary cookies").click()
        page.get_by_role("alert").wait_for()
        assert page.get_by_text("You have chosen only necessary cookies.").is_visible()
        violations = axe(page)
        page.goto(f"{site}/")
        swedish_question = page.get_by_text("Får vi också använda kakor för webbanalys?").count()
    finally:
        page.context.close()
    assert not violations, describe(violations)
    assert swedish_question == 0
    assert [(r.choice, r.language) for r in ConsentRecord.objects.all()] == [("no", "en")]


@pytest.mark.parametrize("path", ["/en/cookies/", "/en/jobs/alerts/?yrkesroll=it"])
def test_the_english_cookie_and_alert_pages_have_no_accessibility_violations(browser, site, axe, path):
    # The register as deployed, and one entry without English: its Swedish is shown, marked lang="sv".
    importlib.import_module("cookies.migrations.0003_register").seed(apps, None)
    Cookie.objects.create(name="bara_svenska", purpose_sv="Bara på svenska.", lifetime_sv="1 dag",
                          category="nodvandig")
    page = new_page(browser)
    try:
        page.goto(f"{site}{path}")
        assert page.locator("html").get_attribute("lang") == "en"
        violations = axe(page)
    finally:
        page.context.close()
    assert not violations, describe(violations)
