"""At 390 px (a phone) no page scrolls sideways, in the light or the dark scheme; the roles stay compact.

The screenshots are taken by test_pages.py, on the same visit as axe.
"""

import pytest

from tests.browser.pages import CONSENT_STATES, PAGE_IDS, PAGE_TYPES, SCHEMES, open_page

PHONE = 390
PHONE_SCREEN = 844  # the height of a 390 px wide phone's screen
OVERFLOWING = f"""() => [...document.querySelectorAll('body *')]
    .filter(el => el.getBoundingClientRect().right > {PHONE} + 1)
    .slice(0, 5).map(el => el.outerHTML.slice(0, 100))"""
PAGES = {page.name: page for page in PAGE_TYPES}


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("consent", CONSENT_STATES.keys())
@pytest.mark.parametrize("page_type", PAGE_TYPES, ids=PAGE_IDS)
def test_no_page_scrolls_sideways_on_a_phone(browser, site, page_type, consent, scheme):
    page = open_page(browser, site, page_type, width=PHONE, consent=CONSENT_STATES[consent], scheme=scheme)
    try:
        width = page.evaluate("() => document.documentElement.scrollWidth")
        overflowing = page.evaluate(OVERFLOWING) if width > PHONE else []
    finally:
        page.context.close()
    assert width <= PHONE, f"{page_type.name}: {width} px wide; too wide: {overflowing}"


def test_the_roles_fit_on_one_phone_screen(browser, site):
    page = open_page(browser, site, PAGES["roles"], width=PHONE, consent="no")
    try:
        box = page.locator(".role-list").bounding_box()
        count = page.locator(".role-list > li").count()
    finally:
        page.context.close()
    assert count == 11
    assert box["height"] < PHONE_SCREEN, f"the roles take {box['height']:.0f} px"
