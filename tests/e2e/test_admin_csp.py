"""The admin works in a real browser under the site's strict Content-Security-Policy.

Against a gunicorn instance with DEBUG off, as in production: every script of
the admin (actions, inlines, prepopulated slugs, date and time widgets) must
run, and the browser must report no policy violation and no error at all.
"""

import re
import threading

import pytest
from django.conf import settings

from tests.browser.chromium import CHROMIUM_ARGS, chromium
from tests.e2e import PASSWORD

pytestmark = pytest.mark.browser

ADMIN = "/" + settings.ADMIN_URL
# Injected through the DevTools protocol, which the page's policy does not govern.
RECORD_VIOLATIONS = """
window.cspViolations = [];
document.addEventListener("securitypolicyviolation", e =>
    window.cspViolations.push(`${e.effectiveDirective} blocked ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}`));
"""


def in_a_browser(base_url, scenario, code):
    """Run `scenario(page)` for an HR editor logged in with `code`, in a Chromium of its own, in a thread of its own.

    Playwright's sync API will not start in a thread where another one runs
    (tests/browser keeps one for the whole session), so each scenario gets a
    thread, a browser and a login of its own; whatever it raises is raised here.
    """
    executable = chromium()
    from playwright.sync_api import sync_playwright

    def run():
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
            try:
                context = browser.new_context(base_url=base_url, locale="sv-SE")
                context.set_default_timeout(10_000)
                scenario(logged_in(context.new_page(), code))
            finally:
                browser.close()

    failure = []
    thread = threading.Thread(target=lambda: catch(run, failure))
    thread.start()
    thread.join(timeout=180)
    assert not thread.is_alive(), "the browser scenario did not finish within 3 minutes"
    if failure:
        raise failure[0]


def catch(function, failures):
    try:
        function()
    except BaseException as error:  # handed to the test's own thread
        failures.append(error)


def logged_in(page, code):
    """The page of an HR editor who has just logged in; `page.errors` collects every error the browser reports."""
    page.add_init_script(RECORD_VIOLATIONS)
    page.errors = []
    page.on("pageerror", lambda error: page.errors.append(f"script error: {error}"))
    page.on("console", lambda message: message.type == "error"
            and not message.location.get("url", "").endswith("/favicon.ico")
            and page.errors.append(f"console: {message.text} ({message.location.get('url')})"))
    page.goto(ADMIN + "login/")
    assert_clean(page)
    page.fill("#id_username", "redaktor")
    page.fill("#id_password", PASSWORD)
    page.fill("#id_otp_token", code)
    page.click("input[type=submit]")
    page.wait_for_url(re.compile(re.escape(ADMIN) + "$"))
    return page


def assert_clean(page):
    assert page.evaluate("window.cspViolations") == [], page.url
    assert page.errors == [], page.url


def test_the_change_list_actions_work(site):
    in_a_browser(site.a.url, change_list_actions, site.backup_codes.pop())


def change_list_actions(editor):
    editor.goto(ADMIN + "careers/page/")
    rows = editor.locator("input.action-select")
    assert rows.count() > 1
    editor.check("#action-toggle")  # actions.js ticks every row and counts them
    assert all(box.is_checked() for box in rows.all())
    assert re.search(rf"{rows.count()} av {rows.count()}", editor.inner_text(".action-counter"))
    assert_clean(editor)


def test_adding_a_page_with_a_section_uses_the_admins_scripts(site):
    in_a_browser(site.a.url, add_a_page_with_a_section, site.backup_codes.pop())


def add_a_page_with_a_section(editor):
    editor.goto(ADMIN + "careers/page/add/")
    editor.locator("#id_title_sv").press_sequentially("Vi som jobbar med it")
    assert editor.input_value("#id_slug") == "vi-som-jobbar-med-it"  # prepopulate.js

    editor.click(".add-row a")  # inlines.js adds a section form
    editor.locator("#id_sections-0-heading_sv").press_sequentially("Teknik och utveckling")
    assert editor.input_value("#id_sections-0-anchor") == "teknik-och-utveckling"
    editor.fill("#id_sections-0-body_sv", "Vi bygger systemen som betalar ut ersättningar.")

    # The date and time shortcuts and the calendar (DateTimeShortcuts.js, calendar.js).
    shortcuts = editor.locator(".datetimeshortcuts")
    shortcuts.first.get_by_text("I dag").click()
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", editor.input_value("#id_publish_from_0"))
    shortcuts.nth(1).get_by_text("Nu").click()
    assert re.fullmatch(r"\d{2}:\d{2}:\d{2}", editor.input_value("#id_publish_from_1"))
    calendar_link = shortcuts.first.locator("button[id^=calendarlink]")
    calendar = editor.locator("#calendarbox" + calendar_link.get_attribute("id").removeprefix("calendarlink"))
    calendar_link.click()
    assert calendar.is_visible()
    calendar.locator(".calendar-cancel a").click()
    assert not calendar.is_visible()

    editor.fill("#id_lead_sv", "Om dem som bygger våra system.")
    editor.fill("#id_body_sv", "Utvecklare, testare och arkitekter arbetar här.")
    editor.check("#id_is_published")
    editor.click("input[name=_continue]")
    editor.wait_for_url(re.compile(r"/careers/page/\d+/change/"))
    assert "Lade till sida" in editor.inner_text(".messagelist")
    assert editor.input_value("#id_sections-0-anchor") == "teknik-och-utveckling"
    assert_clean(editor)


def test_a_benefit_gets_a_new_amount_row(site):
    in_a_browser(site.a.url, add_and_remove_an_amount_row, site.backup_codes.pop())


def add_and_remove_an_amount_row(editor):
    editor.goto(ADMIN + "benefits/benefit/")
    editor.click("#result_list tbody th a")
    before = editor.locator("#amounts-group tbody tr.form-row:not(.empty-form)").count()
    editor.click("#amounts-group .add-row a")
    assert editor.locator("#amounts-group tbody tr.form-row:not(.empty-form)").count() == before + 1
    editor.locator("#amounts-group tr.dynamic-amounts").last.locator(".inline-deletelink").click()
    assert editor.locator("#amounts-group tbody tr.form-row:not(.empty-form)").count() == before
    assert_clean(editor)
