"""Job ads in Chromium: the filters work without JavaScript, and the JSON-LD is not blocked by the CSP."""

import json

from django.urls import reverse
from django.utils import timezone

from careers.models import JobAd


def test_filters_and_pages_work_without_javascript_and_keep_their_state(browser, site):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site + reverse("careers:job-list"))
    page.select_option("#id_yrkesroll", "it")
    page.fill("#id_q", "system")
    page.press("#id_q", "Enter")
    assert "yrkesroll=it" in page.url and "q=system" in page.url
    assert page.input_value("#id_q") == "system"
    assert page.locator("#id_yrkesroll option:checked").inner_text() == "It"
    titles = page.locator("main").get_by_role("heading", level=3).all_inner_texts()
    assert titles and all("ystem" in title for title in titles)
    page.get_by_role("link", name="Rensa alla filter").click()
    assert page.url == site + reverse("careers:job-list")
    open_count = JobAd.objects.open(timezone.localdate()).count()
    assert page.locator("#traffar-rubrik").inner_text().startswith(f"{open_count} lediga jobb")
    if open_count > 10:
        page.get_by_role("link", name="Nästa sida").click()
        assert page.url.endswith("?page=2")
        assert page.get_by_role("navigation", name="Sidor").locator('[aria-current="page"]').inner_text().endswith("2")
    context.close()


def test_json_ld_is_data_that_the_csp_lets_through(browser, site):
    job = JobAd.objects.open(timezone.localdate()).first()
    context = browser.new_context()
    page = context.new_page()
    violations = []
    page.on("console", lambda message: violations.append(message.text) if "Content Security Policy" in message.text
            else None)
    page.goto(site + job.get_absolute_url())
    data = json.loads(page.locator('script[type="application/ld+json"]').text_content())
    assert data["@type"] == "JobPosting" and data["title"] == page.locator("h1").inner_text()
    assert violations == []
    context.close()
