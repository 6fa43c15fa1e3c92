"""A job ad printed on A4 shows its facts and text, without the banner, the menu or the footer's links.

The printed ad is written to screenshots/job-ad-print.pdf for a person to look at.
"""

from tests.browser.chromium import ROOT
from tests.browser.pages import PAGE_TYPES, open_page

PAGES = {page.name: page for page in PAGE_TYPES}
SCREENSHOTS = ROOT / "screenshots"
SHOWN = """sel => [...document.querySelectorAll(sel)].some(el => el.getClientRects().length > 0)"""


def test_a_printed_job_ad_has_its_facts_and_text_and_nothing_around_them(browser, site):
    page = open_page(browser, site, PAGES["job-ad"])  # a new visitor: the cookie banner is open
    try:
        page.emulate_media(media="print")
        shown = {sel: page.evaluate(SHOWN, sel) for sel in
                 [".cookie-banner", ".site-header", ".imenu", ".site-footer", ".job-facts", "h1", "#del-1"]}
        SCREENSHOTS.mkdir(exist_ok=True)
        page.pdf(path=str(SCREENSHOTS / "job-ad-print.pdf"), format="A4")
    finally:
        page.context.close()
    assert shown == {".cookie-banner": False, ".site-header": False, ".imenu": False, ".site-footer": False,
                     ".job-facts": True, "h1": True, "#del-1": True}
