"""The HR editor's whole path in a real browser under the production CSP, against gunicorn with DEBUG off:
log in with a code from the app, edit a page, preview it in a new tab, save, see it live, restore the
earlier version, see that live; the browser reports no policy violation and no error on any page."""

import re
import uuid

import pytest

from tests.e2e.test_admin_csp import ADMIN, RECORD_VIOLATIONS, assert_clean, in_a_browser
from tests.editors import code_for_secret

pytestmark = pytest.mark.browser

PAGE_PATH = "/om-forsakringskassan/"


def test_log_in_with_a_code_edit_preview_save_see_it_live_and_restore(site):
    in_a_browser(site.a.url, editor_path, code_for_secret(site.editor_secret))


def lead_of(page):
    return page.inner_text("main .lead")


def watched(page):
    """A page that records its own policy violations and errors, as logged_in() does for the first tab."""
    page.errors = []
    page.on("pageerror", lambda error: page.errors.append(f"script error: {error}"))
    page.on("console", lambda message: message.type == "error"
            and page.errors.append(f"console: {message.text} ({message.location.get('url')})"))
    return page


def editor_path(editor):
    editor.context.add_init_script(RECORD_VIOLATIONS)  # every tab the editor opens
    visitor = watched(editor.context.new_page())
    visitor.goto(PAGE_PATH)
    original = lead_of(visitor)

    editor.goto(ADMIN + "careers/page/")
    editor.click("#result_list a:text-is('Om Försäkringskassan')")
    editor.wait_for_url(re.compile(r"/careers/page/\d+/change/$"))
    change_url = editor.url
    # The calendar of the publishing date starts on Monday (M) and speaks Swedish.
    editor.locator(".datetimeshortcuts button[id^=calendarlink]").first.click()
    calendar = editor.locator(".calendarbox:visible")
    assert calendar.locator("th").first.inner_text() == "M"
    assert re.search(r"(januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)",
                     calendar.locator("caption").inner_text(), re.IGNORECASE)
    calendar.locator(".calendar-cancel a").click()
    # Saved once as it is, so that the history holds the original to go back to.
    editor.click("input[name=_continue]")
    editor.wait_for_url(change_url)
    assert_clean(editor)

    new_lead = f"En ingress som förhandsgranskas {uuid.uuid4().hex[:8]}."
    editor.fill("#id_lead_sv", new_lead)
    with editor.context.expect_page() as opened:
        editor.click("button[name=_preview]")
    preview = watched(opened.value)
    preview.wait_for_load_state()
    assert lead_of(preview) == new_lead
    assert "Förhandsgranskning, inte sparad." in preview.inner_text("[role=status] .message-box--warning")
    assert preview.evaluate("window.cspViolations") == [] and preview.errors == []
    visitor.goto(PAGE_PATH)
    assert lead_of(visitor) == original  # the preview saved nothing
    preview.close()

    editor.click("input[name=_save]")
    editor.wait_for_url(re.compile(re.escape(ADMIN) + "careers/page/$"))
    assert "Ändrade sida" in editor.inner_text(".messagelist")
    visitor.goto(PAGE_PATH)
    assert lead_of(visitor) == new_lead  # live at once
    assert_clean(editor)

    editor.goto(change_url)
    editor.click("a.historylink")
    editor.wait_for_url(change_url.removesuffix("change/") + "history/")
    assert "Historik" in editor.inner_text("h1") or "Historik" in editor.inner_text(".breadcrumbs")
    assert_clean(editor)  # each page load starts a new list of violations: the history's own
    versions = editor.locator("#change-history tbody tr")
    assert versions.count() == 2 and "redaktor" in versions.first.inner_text()
    versions.last.locator("a").click()  # the oldest: the original
    editor.wait_for_url(re.compile(re.escape(change_url.removesuffix("change/")) + r"history/\d+/$"))
    editor.wait_for_load_state()
    assert editor.input_value("#id_lead_sv") == original
    assert_clean(editor)  # the restore form's
    editor.click("input[name=_save]")
    editor.wait_for_url(re.compile(re.escape(ADMIN) + "careers/page/"))
    visitor.goto(PAGE_PATH)
    assert lead_of(visitor) == original  # the restore is live at once too
    assert_clean(editor)
    assert visitor.evaluate("window.cspViolations") == [] and visitor.errors == []
