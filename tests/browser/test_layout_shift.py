"""No layout shift on the main page (issue 23: "CLS stays 0"), in Swedish and English, at 390 and 1280 px.

The page is loaded with the web fonts on time and with them held back, and every
'layout-shift' entry (buffered, so none before the observer is missed) is summed
through load and a settle. Held fonts are the case that used to shift the header
menu and the text when Inter swapped in for the fallback.
"""

import time

import pytest
from django.urls import reverse
from django.utils import translation

pytestmark = pytest.mark.browser

FONT_DELAY = 0.5  # seconds each font request is held, as on a slow first visit
WATCH = """() => { window.__shifts = [];
  new PerformanceObserver(list => { for (const e of list.getEntries()) if (!e.hadRecentInput)
    window.__shifts.push({value: e.value, sources: (e.sources || []).map(s => s.node ? s.node.nodeName +
      (s.node.className ? '.' + s.node.className : '') : '?')}); })
    .observe({type: 'layout-shift', buffered: true}); }"""
SETTLE = """async () => { await document.fonts.ready; await new Promise(r => setTimeout(r, 1000));
  return window.__shifts; }"""


def held(route):
    time.sleep(FONT_DELAY)
    route.continue_()


def shifts(browser, url, width, delay_fonts):
    context = browser.new_context(viewport={"width": width, "height": 900})
    if delay_fonts:
        context.route("**/fonts/**", held)
    page = context.new_page()
    page.add_init_script(f"addEventListener('DOMContentLoaded', {WATCH})")
    try:
        assert page.goto(url, wait_until="load").status == 200
        if delay_fonts:
            page.wait_for_timeout(FONT_DELAY * 1000)
        return page.evaluate(SETTLE)
    finally:
        context.close()


@pytest.mark.parametrize("delay_fonts", [False, True], ids=["fonts-on-time", "fonts-held"])
@pytest.mark.parametrize("width", [390, 1280])
@pytest.mark.parametrize("language", ["sv", "en"])
def test_the_main_page_does_not_shift(browser, site, language, width, delay_fonts):
    with translation.override(language):
        url = site + reverse("careers:home")
    if language == "en":
        assert url.endswith("/en/")
    entries = shifts(browser, url, width, delay_fonts)
    assert sum(entry["value"] for entry in entries) == 0, entries
