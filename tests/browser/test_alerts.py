"""A job alert signed up for and confirmed in Chromium with JavaScript off: plain HTML forms do it all."""

import re

import pytest
from django.test import override_settings

from careers.alerts.models import Subscription
from tests.smtp import mailers, start_server


@pytest.fixture
def inbox():
    inbox, controller = start_server()
    yield inbox
    controller.stop()


def test_sign_up_and_confirm_without_javascript(browser, site, inbox):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    with override_settings(MAILERS=mailers(inbox.port), SITE_URL=site):
        page.goto(f"{site}/lediga-jobb/")
        page.get_by_role("link", name="Bevaka de här jobben", exact=True).click()
        page.get_by_label("Din e-postadress").fill("anna@example.se")
        page.get_by_text("En gång om dagen", exact=True).click()  # the label: FKUI draws its own radio button
        assert page.get_by_label("En gång om dagen").is_checked()
        page.get_by_role("button", name="Skicka bekräftelsemejlet").click()
        assert page.get_by_role("heading", name="Titta i din e-post").is_visible()
        [message] = inbox.messages
        url = re.search(r"https?://\S+/bekrafta/\S+/", message.get_body(("plain",)).get_content()).group(0)
        page.goto(url)
        page.get_by_role("button", name="Starta jobbevakningen").click()
        assert page.get_by_role("heading", name="Din jobbevakning", exact=True).is_visible()
        assert page.get_by_text("Din jobbevakning har startat").is_visible()
    context.close()
    assert Subscription.objects.get().frequency == "dag"
