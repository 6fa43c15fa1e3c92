"""Job alerts signed up on the English site: confirmed, sent and managed in English, through the real SMTP server.

The Swedish alerts stay Swedish, also when both go out in the same run.
"""

import re
from datetime import UTC, datetime

import pytest
import time_machine
from django.core import signing
from django.core.management import call_command
from django.utils import translation

from careers.alerts import tokens
from careers.alerts.models import CONSENT_TEXT_VERSION, Subscription
from tests.alerts.alerts import html_of, make_subscription, text_of
from tests.factories import day, make_job, make_role
from tests.parse import headings, parse
from tests.parse import text as text_in

pytestmark = pytest.mark.django_db

SITE = "https://jobba.example.se"
SIGNUP = "/en/jobs/alerts/"


def at(*args):
    return time_machine.travel(datetime(*args, tzinfo=UTC), tick=False)


def english_link(message, name):
    """The path of the first English link to the route `name` (confirm, manage, unsubscribe) in the plain text."""
    found = re.search(rf"{re.escape(SITE)}(/en/jobs/alerts/{name}/[^/\s]+/)", text_of(message))
    assert found, text_of(message)
    return found.group(1)


def url_in(language, job):
    with translation.override(language):
        path = job.get_absolute_url()
    assert path.startswith("/en/") == (language == "en")
    return SITE + path


def english_url(job):
    return url_in("en", job)


def test_an_english_sign_up_is_confirmed_sent_and_ended_in_english(client, inbox):
    role = make_role("Utredare")
    with at(2026, 2, 2, 9):  # Monday
        page = client.get(f"{SIGNUP}?yrkesroll={role.slug}")
        assert page.status_code == 200
        assert headings(parse(page), "h1") == ["Get new jobs by e-mail"]
        assert "What we keep and why" in page.content.decode()

        sent = client.post(f"{SIGNUP}?yrkesroll={role.slug}", {"epost": "ann@example.com", "frekvens": "dag"})
        assert sent.status_code == 302 and sent["Location"] == "/en/jobs/alerts/sent/"
        assert headings(parse(client.get(sent["Location"])), "h1") == ["Check your e-mail"]
        assert not Subscription.objects.exists()

        [confirmation] = inbox.to("ann@example.com")
        assert confirmation["Subject"] == "Confirm your job alert"
        assert "Someone, hopefully you, asked for e-mails about new jobs" in text_of(confirmation)
        assert "How often: Once a day" in text_of(confirmation)
        assert '<html lang="en">' in html_of(confirmation)
        confirm = english_link(confirmation, "confirm")
        assert f'href="{SITE}{confirm}"' in html_of(confirmation)

        shown = client.get(confirm)  # what a mail scanner does: nothing is started
        assert shown.status_code == 200 and "Start the job alert" in shown.content.decode()
        assert not Subscription.objects.exists()
        confirmed = client.post(confirm)
        assert confirmed.status_code == 302 and confirmed["Location"].startswith("/en/jobs/alerts/manage/")
        manage = client.get(confirmed["Location"])
        assert "Your job alert has started." in manage.content.decode()
        assert headings(parse(manage), "h1") == ["Your job alert"]
        subscription = Subscription.objects.get()
        assert (subscription.language, subscription.query) == ("en", f"yrkesroll={role.slug}")

        job = make_job(title="Utredare till Östersund", role=role, published_on=day("2026-02-02"),
                       last_day=day("2026-03-01"))
    with at(2026, 2, 3, 5):
        call_command("sendjobalerts", stdout=open("/dev/null", "w"))
    alert = inbox.to("ann@example.com")[-1]
    assert alert["Subject"] == "1 new job at Försäkringskassan"
    text, html = text_of(alert), html_of(alert)
    assert "Published 2 February 2026 – 2 February 2026, newest first." in text
    assert "Apply by 1 March 2026." in text
    assert english_url(job) in text and f'href="{english_url(job)}"' in html
    assert f"{SITE}/en/jobs/?yrkesroll={role.slug}" not in text  # the list link only when there are more
    assert '<html lang="en">' in html
    manage_link = english_link(alert, "manage")
    https, mailto = alert["List-Unsubscribe"].split(", ")
    assert https.startswith(f"<{SITE}/en/jobs/alerts/unsubscribe/")
    assert mailto.startswith("<mailto:jobb@example.se?subject=avsluta%20")  # the mailbox's keyword (README)
    assert alert["List-Id"] == "Job alert <jobbevakning.jobba.example.se>"
    assert "Change or end your job alert" in html and "End the job alert at once" in html

    with at(2026, 2, 3, 7):  # the links, followed the day they came
        assert headings(parse(client.get(manage_link)), "h1") == ["Your job alert"]
        unsubscribe = english_link(alert, "unsubscribe")
        assert https == f"<{SITE}{unsubscribe}>"
        assert "End the job alert" in client.get(unsubscribe).content.decode()
        ended = client.post(unsubscribe)
    assert ended.status_code == 200 and "Your job alert has ended" in ended.content.decode()
    assert not Subscription.objects.exists()


def test_one_run_sends_each_alert_in_its_own_language(inbox):
    role = make_role("Utredare")
    with at(2026, 2, 2, 9):
        make_subscription(email="anna@example.se", query="q=utredare")
        make_subscription(email="ann@example.com", query="q=utredare", language="en")
        job = make_job(title="Utredare", role=role, published_on=day("2026-02-02"), last_day=day("2026-03-01"))
    with at(2026, 2, 3, 5):
        call_command("sendjobalerts", stdout=open("/dev/null", "w"))
    [swedish] = inbox.to("anna@example.se")
    [english] = inbox.to("ann@example.com")
    assert swedish["Subject"] == "1 nytt jobb på Försäkringskassan"
    assert "Jobb: ”utredare”" in text_of(swedish) and "Sök senast 1 mars 2026." in text_of(swedish)
    assert url_in("sv", job) in text_of(swedish)
    assert "/lediga-jobb/bevakning/avsluta/" in swedish["List-Unsubscribe"]
    assert swedish["List-Id"] == "Jobbevakning <jobbevakning.jobba.example.se>"
    assert '<html lang="sv">' in html_of(swedish) and "/en/" not in text_of(swedish)
    assert english["Subject"] == "1 new job at Försäkringskassan"
    assert "Jobs: “utredare”" in text_of(english) and "Apply by 1 March 2026." in text_of(english)
    assert english_url(job) in text_of(english)


def test_english_form_errors_are_english_and_swedish_ones_swedish(client, inbox):
    english = client.post(SIGNUP, {"epost": "ann@", "frekvens": "varje-timme"})
    assert english.status_code == 400
    box = text_in(parse(english).select_one(".message-box--error"))
    assert "Write the e-mail address like this: name@example.com." in box
    assert "Choose once a day or once a week." in box
    assert "Skriv" not in box and "Välj" not in box
    swedish = client.post("/lediga-jobb/bevakning/", {"epost": "anna@", "frekvens": "varje-timme"})
    box = text_in(parse(swedish).select_one(".message-box--error"))
    assert "Skriv e-postadressen så här: namn@exempel.se." in box
    assert "Välj en gång om dagen eller en gång i veckan." in box
    assert inbox.messages == []


def test_english_bad_links_answer_in_english(client):
    response = client.get("/en/jobs/alerts/confirm/rubbish/")
    assert response.status_code == 400 and "The link does not work" in response.content.decode()


def test_a_confirmation_link_from_before_the_english_site_makes_a_swedish_alert(client, inbox):
    # Signed as the sign-up signed it before there was a language in it.
    token = signing.dumps({"e": "anna@example.se", "q": "", "f": "dag", "v": CONSENT_TEXT_VERSION},
                          salt=tokens.CONFIRM, compress=True)
    assert client.post(f"/lediga-jobb/bevakning/bekrafta/{token}/").status_code == 302
    assert Subscription.objects.get().language == "sv"


def test_asked_to_keep_in_english(inbox):
    with at(2026, 1, 15, 9):
        make_subscription(email="ann@example.com", language="en")
    with at(2027, 1, 20, 9):
        call_command("clearjobalerts", stdout=open("/dev/null", "w"))
    [question] = inbox.messages
    assert question["Subject"] == "Do you want to keep your job alert?"
    assert "your job alert and your e-mail address are deleted on 19 February 2027" in text_of(question)
    assert english_link(question, "manage") and english_link(question, "unsubscribe")
