"""At 390 px (a phone) no page scrolls sideways; screenshots at 390 px go to screenshots/.

The 1280 px screenshots are taken by test_pages.py, on the same visit as axe.
"""

import pytest

from tests.browser.pages import CONSENT_STATES, PAGE_IDS, PAGE_TYPES, open_page

PHONE = 390
OVERFLOWING = f"""() => [...document.querySelectorAll('body *')]
    .filter(el => el.getBoundingClientRect().right > {PHONE} + 1)
    .slice(0, 5).map(el => el.outerHTML.slice(0, 100))"""


@pytest.mark.parametrize("consent", CONSENT_STATES.keys())
@pytest.mark.parametrize("page_type", PAGE_TYPES, ids=PAGE_IDS)
def test_no_page_scrolls_sideways_on_a_phone(browser, site, screenshot, page_type, consent):
    page = open_page(browser, site, page_type, width=PHONE, consent=CONSENT_STATES[consent])
    try:
        width = page.evaluate("() => document.documentElement.scrollWidth")
        overflowing = page.evaluate(OVERFLOWING) if width > PHONE else []
        screenshot(page, f"{page_type.name}-{consent}-{PHONE}")
    finally:
        page.context.close()
    assert width <= PHONE, f"{page_type.name}: {width} px wide; too wide: {overflowing}"
