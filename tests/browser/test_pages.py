"""axe-core finds no WCAG 2.0/2.1/2.2 A or AA violation on any page type, light or dark, phone or desktop.

Each page is checked as a new visitor sees it (the cookie banner open) and
after a choice, in FKUI's light and dark scheme (the browser's
prefers-color-scheme), at 1280 and 390 px; a full-page screenshot of each goes
to screenshots/<page>-<consent>-<scheme>-<width>.png for a person to look at.
"""

import pytest

from tests.browser.chromium import describe
from tests.browser.pages import CONSENT_STATES, PAGE_IDS, PAGE_TYPES, SCHEMES, open_page


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("consent", CONSENT_STATES.keys())
@pytest.mark.parametrize("page_type", PAGE_TYPES, ids=PAGE_IDS)
def test_no_accessibility_violations(browser, site, axe, screenshot, page_type, consent, scheme):
    page = open_page(browser, site, page_type, consent=CONSENT_STATES[consent], scheme=scheme)
    found = {}
    try:
        for width in (1280, 390):
            page.set_viewport_size({"width": width, "height": 900})
            found[width] = axe(page)
            screenshot(page, f"{page_type.name}-{consent}-{scheme}-{width}")
    finally:
        page.context.close()
    for width, violations in found.items():
        assert not violations, f"{page_type.name} ({consent}, {scheme}, {width} px):\n{describe(violations)}"
