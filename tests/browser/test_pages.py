"""axe-core finds no WCAG 2.0/2.1/2.2 A or AA violation on any page type.

Each page is checked as a new visitor sees it (the cookie banner open) and
after a choice; a full-page screenshot of each at 1280 px goes to screenshots/.
"""

import pytest

from tests.browser.chromium import describe
from tests.browser.pages import CONSENT_STATES, PAGE_IDS, PAGE_TYPES, open_page


@pytest.mark.parametrize("consent", CONSENT_STATES.keys())
@pytest.mark.parametrize("page_type", PAGE_TYPES, ids=PAGE_IDS)
def test_no_accessibility_violations(browser, site, axe, screenshot, page_type, consent):
    page = open_page(browser, site, page_type, consent=CONSENT_STATES[consent])
    try:
        violations = axe(page)
        screenshot(page, f"{page_type.name}-{consent}-1280")
    finally:
        page.context.close()
    assert not violations, f"{page_type.name} ({consent}):\n{describe(violations)}"
