"""Windows high contrast (forced colours): buttons, form fields and cards keep their borders, and
every stop of the keyboard has a visible outline (FKUI's focus ring is a box-shadow, which forced
colours remove; its transparent outline then takes the system's colour)."""

import pytest

from tests.browser.pages import PAGE_TYPES, open_page
from tests.browser.test_keyboard import TAB_STOPS

PAGES = {page.name: page for page in PAGE_TYPES}
BORDERS = """() => [...document.querySelectorAll('button, .text-field__input, .select-field__select, .card')]
    .map(el => { const s = getComputedStyle(el);
                 return {element: el.outerHTML.slice(0, 80),
                         visible: s.borderTopStyle !== 'none' && parseFloat(s.borderTopWidth) >= 1}; })"""
OUTLINE = """() => { const el = document.activeElement;
    if (!el || el === document.body) return null;
    const s = getComputedStyle(el);
    const alpha = (s.outlineColor.match(/rgba\\(.*,\\s*([\\d.]+)\\)/) || [0, 1])[1];
    return {element: el.outerHTML.slice(0, 80),
            visible: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2 && parseFloat(alpha) > 0}; }"""


@pytest.mark.parametrize(("name", "consent"), [("jobs-filter-error", None), ("home-calculator-error", "no"),
                                               ("cookies", "no"), ("people", "no")])
def test_borders_and_focus_stay_visible_in_forced_colours(browser, site, screenshot, name, consent):
    page = open_page(browser, site, PAGES[name], consent=consent, forced_colors="active")
    stops = []
    try:
        borders = page.evaluate(BORDERS)
        for _ in range(TAB_STOPS):
            page.keyboard.press("Tab")
            focused = page.evaluate(OUTLINE)
            if focused is None and not stops:
                continue
            if focused is None or (stops and focused["element"] == stops[0]["element"]):
                break
            stops.append(focused)
        screenshot(page, f"{name}-forced-colors-1280")
    finally:
        page.context.close()
    assert borders and stops
    assert not [b["element"] for b in borders if not b["visible"]], "borders lost in forced colours"
    assert not [s["element"] for s in stops if not s["visible"]], "focus invisible in forced colours"
