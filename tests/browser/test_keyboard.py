"""Keyboard only: the skip link comes first and works, and the focus is always visible."""

import pytest

from tests.browser.pages import CONSENT_STATES, PAGE_TYPES, open_page

# The first Tab stops cover the skip link, the banner, the menu and the main content.
TAB_STOPS = 30
FOCUSED = """() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    return {
        element: el.outerHTML.slice(0, 120),
        visible: outline || style.boxShadow !== 'none',
    };
}"""
PAGES = {page.name: page for page in PAGE_TYPES}


def tab(page):
    page.keyboard.press("Tab")
    return page.evaluate(FOCUSED)


@pytest.mark.parametrize("consent", CONSENT_STATES.keys())
def test_tab_reaches_the_skip_link_first(browser, site, consent):
    page = open_page(browser, site, PAGES["home"], consent=CONSENT_STATES[consent])
    try:
        tab(page)
        focused = page.evaluate("() => [document.activeElement.className, document.activeElement.textContent]")
    finally:
        page.context.close()
    assert focused == ["iskiplink", "Gå till innehåll"]


def test_the_skip_link_moves_the_focus_to_the_main_content(browser, site):
    page = open_page(browser, site, PAGES["role"])
    try:
        tab(page)
        page.keyboard.press("Enter")
        focused = page.evaluate("() => document.activeElement.tagName")
        # The next Tab continues inside the main content, not back at the menu.
        tab(page)
        inside_main = page.evaluate("() => !!document.activeElement.closest('main')")
    finally:
        page.context.close()
    assert focused == "MAIN"
    assert inside_main


@pytest.mark.parametrize(
    ("name", "consent"),
    [("home", "banner"), ("home", "chosen"), ("home-calculator-error", "chosen"),
     ("role", "chosen"), ("cookies", "banner"), ("jobs-filter-error", "chosen"), ("job-ad", "chosen"),
     ("alert-signup", "chosen"), ("alert-manage", "chosen")],
)
def test_the_focus_is_always_visible(browser, site, name, consent):
    page = open_page(browser, site, PAGES[name], consent=CONSENT_STATES[consent])
    stops = []
    try:
        for _ in range(TAB_STOPS):
            focused = tab(page)
            if focused is None and not stops:
                continue  # the first key can reach the window before the page has the focus
            if focused is None or (stops and focused["element"] == stops[0]["element"]):
                break  # past the last stop, round to the browser's own controls
            stops.append(focused)
    finally:
        page.context.close()
    assert len(stops) >= 5, stops
    invisible = [stop["element"] for stop in stops if not stop["visible"]]
    assert not invisible, f"no visible focus on: {invisible}"
