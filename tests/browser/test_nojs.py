"""With JavaScript off, every flow works: the vacation calculator, links, the film's text."""

from django.urls import reverse
from django.utils import timezone

from benefits.models import VacationTier
from careers.models import Testimonial as Colleague  # "Test…" would look like a test class to pytest
from tests.browser.pages import PAGE_TYPES, open_page

PAGES = {page.name: page for page in PAGE_TYPES}
BIRTH_YEAR = 1970


def test_the_vacation_calculator_answers_without_javascript(browser, site):
    year = timezone.localdate().year
    days = VacationTier.entitlement(VacationTier.objects.table(), BIRTH_YEAR, year)["days"]
    page = open_page(browser, site, PAGES["home"], javascript=False)
    try:
        page.get_by_label("Ditt födelseår").fill(str(BIRTH_YEAR))
        page.get_by_role("button", name="Räkna ut").click()
        page.wait_for_load_state()
        result = page.get_by_role("status").inner_text()
        url = page.url
    finally:
        page.context.close()
    assert f"fodelsear={BIRTH_YEAR}" in url
    assert f"Du får {days} dagar i år." in result


def test_the_vacation_calculator_explains_an_error_without_javascript(browser, site):
    page = open_page(browser, site, PAGES["home"], javascript=False)
    try:
        field = page.get_by_label("Ditt födelseår")
        field.fill("abc")
        page.get_by_role("button", name="Räkna ut").click()
        page.wait_for_load_state()
        # The message is the one the field names as its description, so a screen reader reads it with the field.
        error = page.locator("#" + field.get_attribute("aria-describedby").split()[-1]).inner_text()
        invalid = field.get_attribute("aria-invalid")
        value = field.input_value()
    finally:
        page.context.close()
    assert "Skriv ditt födelseår med fyra siffror, till exempel 1990." in error
    assert invalid == "true"
    assert value == "abc"  # kept, so the visitor can correct it


def test_links_navigate_without_javascript(browser, site):
    page = open_page(browser, site, PAGES["home"], javascript=False)
    try:
        page.get_by_role("link", name="Handläggare", exact=True).first.click()
        page.wait_for_load_state()
        role_url, role_heading = page.url, page.locator("h1").inner_text()
        page.get_by_role("link", name="Kakor").first.click()
        page.wait_for_load_state()
        cookies_url = page.url
    finally:
        page.context.close()
    assert role_url == site + reverse("careers:role-detail", args=["handlaggare"])
    assert role_heading == "Handläggare"
    assert cookies_url == site + reverse("cookies:policy")


def test_the_film_text_opens_without_javascript(browser, site):
    # The loaded content has no film address; a film's text version comes with its film.
    Colleague.objects.update(film_url="https://film.example/medarbetare")
    page = open_page(browser, site, PAGES["home"], javascript=False)
    try:
        details = page.locator("details", has_text="Textversion av filmen")
        closed = details.get_attribute("open")
        details.locator("summary").click()
        opened = details.get_attribute("open")
    finally:
        page.context.close()
    assert closed is None
    assert opened is not None
