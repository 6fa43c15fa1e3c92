"""sendjobalerts against a real SMTP server: what an alert holds, and the windows of publication time."""

import logging
from datetime import UTC, datetime

import pytest
import time_machine
from django.core.management import CommandError, call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from careers.alerts import mail
from careers.alerts.models import Delivery, Subscription
from tests.alerts.alerts import html_of, make_subscription, text_of
from tests.factories import day, make_job, make_role

pytestmark = pytest.mark.django_db


def at(*args):
    """A pinned moment, given in UTC (Stockholm is UTC+1 in winter, UTC+2 in summer)."""
    return time_machine.travel(datetime(*args, tzinfo=UTC), tick=False)


def send():
    call_command("sendjobalerts", stdout=open("/dev/null", "w"))


def ad(title, published, role=None, town="Östersund"):
    return make_job(title=title, role=role, town=town, published_on=day(published), last_day=day("2027-12-31"))


def titles(message):
    return [line for line in text_of(message).splitlines() if line.startswith("Jobb ")]


def test_an_alert_holds_the_new_matching_jobs_newest_first_with_links_and_list_headers(inbox):
    role = make_role("Utredare")
    with at(2026, 2, 1, 9):  # Sunday: shown before the subscription began
        old = ad("Jobb gammalt", "2026-02-01", role=role)
    with at(2026, 2, 2, 9):  # Monday, Stockholm 10:00
        subscription = make_subscription(query="yrkesroll=utredare&ort=%C3%96stersund")
        first = ad("Jobb ett", "2026-02-02", role=role)
        second = ad("Jobb två", "2026-02-02", role=role)
        ad("Jobb annan ort", "2026-02-02", role=role, town="Kiruna")
        ad("Jobb annan roll", "2026-02-02")
    with at(2026, 2, 3, 5):
        send()
    [message] = inbox.messages
    assert message["To"] == "anna@example.se"
    assert message["Subject"] == "2 nya jobb på Försäkringskassan"
    assert titles(message) == ["Jobb två", "Jobb ett"]  # newest first; nothing from before the confirmation
    text, html = text_of(message), html_of(message)
    assert "Jobb: Utredare, Östersund" in text and "Utredare, Östersund" in html
    for job in (first, second):
        assert f"https://jobba.example.se{job.get_absolute_url()}" in text
        assert f'href="https://jobba.example.se{job.get_absolute_url()}"' in html
    assert old.title not in text
    assert "/lediga-jobb/bevakning/hantera/" in text and "/lediga-jobb/bevakning/hantera/" in html
    https, mailto = message["List-Unsubscribe"].split(", ")
    assert https.startswith("<https://jobba.example.se/lediga-jobb/bevakning/avsluta/")
    assert mailto.startswith("<mailto:jobb@example.se?subject=avsluta%20")
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert message["List-Id"] == "Jobbevakning <jobbevakning.jobba.example.se>"
    delivery = Delivery.objects.get()
    assert (delivery.subscription, delivery.status, delivery.ad_count) == (subscription, "skickad", 2)


def test_at_most_fifty_ads_and_a_link_to_the_rest(inbox):
    role = make_role("Utredare")
    with at(2026, 2, 2, 9):
        make_subscription()
        for number in range(53):
            ad(f"Jobb {number:02d}", "2026-02-02", role=role)
    with at(2026, 2, 3, 5):
        send()
    [message] = inbox.messages
    assert len(titles(message)) == 50 and message["Subject"] == "53 nya jobb på Försäkringskassan"
    assert "3 jobb till finns i listan:" in text_of(message)


def test_the_window_closes_at_stockholm_midnight_not_utc(inbox):
    with at(2026, 2, 2, 9):
        make_subscription()
        ad("Jobb måndag", "2026-02-02")
    with at(2026, 2, 2, 22, 59):  # 23:59 in Stockholm: Monday is not over
        send()
    assert inbox.messages == []
    with at(2026, 2, 2, 23, 1):  # 00:01 on Tuesday in Stockholm, still Monday in UTC
        send()
        send()  # a second run the same minute finds nothing due
    assert [titles(m) for m in inbox.messages] == [["Jobb måndag"]]


def test_edited_ads_are_not_sent_again_and_late_runs_miss_nothing(inbox):
    with at(2026, 2, 2, 9):
        make_subscription()
        monday = ad("Jobb måndag", "2026-02-02")
    with at(2026, 2, 3, 5):
        send()
        tuesday = ad("Jobb tisdag", "2026-02-03")
    with at(2026, 2, 3, 12):
        monday.title = "Jobb måndag, ändrad"
        monday.save()
        ad("Jobb onsdag", "2026-02-04")
    # No run on Wednesday or Thursday; Friday's run covers Tuesday to Thursday once.
    with at(2026, 2, 6, 5):
        send()
    with at(2026, 2, 7, 5):
        send()
    assert [titles(m) for m in inbox.messages] == [["Jobb måndag"], ["Jobb onsdag", "Jobb tisdag"]]
    assert list(Delivery.objects.order_by("period_start").values_list("period_start", "period_end")) == [
        (day("2026-02-02"), day("2026-02-02")), (day("2026-02-03"), day("2026-02-05"))]
    assert tuesday.pk


def test_a_draft_published_days_after_its_date_is_sent_from_the_day_it_went_out(inbox):
    with at(2026, 2, 2, 9):
        make_subscription()
        late = ad("Jobb sent publicerat", "2026-02-02")
        late.status = late.Status.DRAFT
        late.save()
    with at(2026, 2, 3, 5):
        send()  # Monday's window: the draft was not shown
    with at(2026, 2, 4, 9):  # published on Wednesday, still dated Monday
        late.status = late.Status.PUBLISHED
        late.save()
    with at(2026, 2, 5, 5):
        send()
    with at(2026, 2, 6, 5):
        send()
    assert [titles(m) for m in inbox.messages] == [["Jobb sent publicerat"]]
    assert Delivery.objects.get().period_end == day("2026-02-04")


def test_an_ad_sent_once_is_not_sent_again_when_its_date_or_status_changes(inbox):
    with at(2026, 2, 2, 9):
        make_subscription()
        monday = ad("Jobb måndag", "2026-02-02")
    with at(2026, 2, 3, 5):
        send()
    with at(2026, 2, 4, 9):  # moved to Wednesday, withdrawn and published again
        monday.published_on = day("2026-02-04")
        monday.status = monday.Status.DRAFT
        monday.save()
        monday.status = monday.Status.PUBLISHED
        monday.save()
    with at(2026, 2, 5, 5):
        send()
    assert [titles(m) for m in inbox.messages] == [["Jobb måndag"]]


def test_a_rescheduled_or_withdrawn_ad_is_sent_when_it_is_finally_shown(inbox):
    with at(2026, 2, 2, 9):
        make_subscription()
        moved = ad("Jobb flyttat", "2026-02-03")  # scheduled for Tuesday
        withdrawn = ad("Jobb återkallat", "2026-02-02")
    with at(2026, 2, 2, 12):  # withdrawn the same day, before any e-mail could hold it
        withdrawn.status = withdrawn.Status.DRAFT
        withdrawn.save()
        moved.published_on = day("2026-02-05")  # and Tuesday's ad waits until Thursday
        moved.save()
    for run in range(3, 6):
        with at(2026, 2, run, 5):
            send()
    with at(2026, 2, 5, 9):
        withdrawn.status = withdrawn.Status.PUBLISHED
        withdrawn.save()
    with at(2026, 2, 6, 5):
        send()
    assert [titles(m) for m in inbox.messages] == [["Jobb flyttat", "Jobb återkallat"]]
    assert Delivery.objects.get().period_end == day("2026-02-05")


def test_weekly_windows_across_the_end_of_summer_time(inbox):
    # Summer time ends in Stockholm on Sunday 25 October 2026 at 03:00 CEST.
    with at(2026, 10, 20, 8):
        ad("Jobb före", "2026-10-20")
    with at(2026, 10, 21, 8):
        make_subscription(frequency="vecka")  # confirmed on a Wednesday
        ad("Jobb onsdag", "2026-10-21")
        ad("Jobb söndag", "2026-10-25")
    with at(2026, 10, 25, 22, 59):  # Sunday 23:59 CET: the week is not over
        send()
    assert inbox.messages == []
    with at(2026, 10, 25, 23, 1):  # Monday 00:01 CET
        send()
    assert [titles(m) for m in inbox.messages] == [["Jobb söndag", "Jobb onsdag"]]


def test_daily_windows_across_the_start_of_summer_time(inbox):
    # Summer time starts in Stockholm on Sunday 29 March 2026 at 02:00 CET.
    with at(2026, 3, 28, 9):
        make_subscription()
        ad("Jobb lördag", "2026-03-28")
    with at(2026, 3, 28, 23, 30):  # Sunday 00:30 CET
        send()
        ad("Jobb söndag", "2026-03-29")
    with at(2026, 3, 29, 21, 59):  # Sunday 23:59 CEST: Sunday is not over
        send()
    with at(2026, 3, 29, 22, 1):  # Monday 00:01 CEST
        send()
    assert [titles(m) for m in inbox.messages] == [["Jobb lördag"], ["Jobb söndag"]]


def test_a_refusing_mail_server_gets_the_period_again_at_the_next_run(inbox):
    with at(2026, 2, 2, 9):
        make_subscription()
        ad("Jobb måndag", "2026-02-02")
    inbox.on_message = lambda server, message: "554 Transaction failed"
    with at(2026, 2, 3, 5):
        send()
    assert Delivery.objects.count() == 0
    inbox.on_message = None
    with at(2026, 2, 3, 6):
        send()
    assert [titles(m) for m in inbox.messages] == [["Jobb måndag"], ["Jobb måndag"]]  # refused, then delivered
    assert Delivery.objects.get().status == "skickad"


def test_a_lost_answer_is_never_sent_again_and_is_reported_loudly(inbox, caplog):
    with at(2026, 2, 2, 9):
        make_subscription()
        ad("Jobb måndag", "2026-02-02")

    def hang_up(server, message):
        server.transport.close()  # the server has the e-mail; the sender never hears so

    inbox.on_message = hang_up
    with at(2026, 2, 3, 5), caplog.at_level(logging.ERROR), pytest.raises(CommandError):
        send()
    assert "may not have been sent and will not be sent again" in caplog.text
    inbox.on_message = None
    with at(2026, 2, 4, 5):
        send()
    assert len(inbox.messages) == 1
    assert Delivery.objects.get().status == "oklar"


def test_queries_do_not_grow_with_the_number_of_subscriptions(inbox):
    def queries_for(count):
        Subscription.objects.all().delete()
        inbox.clear()
        with at(2026, 2, 2, 9):
            for number in range(count):
                make_subscription(email=f"person{number}@example.se",
                                  query=("ort=%C3%96stersund", "ort=Kiruna", "")[number % 3])
        with at(2026, 2, 3, 5), CaptureQueriesContext(connection) as queries:
            send()
        assert len(inbox.messages) == count
        return len(queries)

    with at(2026, 2, 2, 9):
        ad("Jobb Östersund", "2026-02-02")
        ad("Jobb Kiruna", "2026-02-02", town="Kiruna")
    assert queries_for(9) == queries_for(60)


def test_an_e_mail_that_cannot_be_built_holds_back_no_one_and_loses_no_period(inbox, caplog, monkeypatch):
    with at(2026, 2, 2, 9):
        subscriptions = [make_subscription(email=f"person{number}@example.se") for number in range(4)]
        ad("Jobb måndag", "2026-02-02")
    broken = subscriptions[1]
    real_alert = mail.alert

    def alert(subscription, *args):
        if subscription == broken:
            raise ValueError("a bad value in an ad")
        return real_alert(subscription, *args)

    monkeypatch.setattr(mail, "alert", alert)
    with at(2026, 2, 3, 5), caplog.at_level(logging.ERROR), pytest.raises(CommandError):
        send()
    assert f"alert e-mail of subscription {broken.pk} could not be built" in caplog.text
    assert sorted(m["To"] for m in inbox.messages) == ["person0@example.se", "person2@example.se",
                                                        "person3@example.se"]
    assert sorted(Delivery.objects.values_list("subscription__email", "status")) == [
        ("person0@example.se", "skickad"), ("person2@example.se", "skickad"), ("person3@example.se", "skickad")]
    monkeypatch.setattr(mail, "alert", real_alert)  # mended: the next run sends the period it missed
    with at(2026, 2, 4, 5):
        send()
    assert [titles(m) for m in inbox.to("person1@example.se")] == [["Jobb måndag"]]
    assert Delivery.objects.get(subscription=broken).period_end == day("2026-02-03")


def test_whatever_escapes_the_sending_the_handed_over_are_sent_and_the_rest_given_back(inbox, monkeypatch):
    with at(2026, 2, 2, 9):
        for number in range(4):
            make_subscription(email=f"person{number}@example.se")
        ad("Jobb måndag", "2026-02-02")
    real_alert = mail.alert
    built = []

    def alert(subscription, *args):
        built.append(subscription)
        if len(built) == 2:
            raise KeyboardInterrupt  # not an Exception: escapes the loop, as a stop of the run would
        return real_alert(subscription, *args)

    monkeypatch.setattr(mail, "alert", alert)
    with at(2026, 2, 3, 5), pytest.raises(KeyboardInterrupt):
        send()
    [first] = inbox.messages
    assert list(Delivery.objects.values_list("subscription__email", "status")) == [(first["To"], "skickad")]
    assert Subscription.objects.filter(sent_through=day("2026-02-01")).count() == 3  # the period given back


def test_a_stored_address_the_backend_cannot_send_to_is_given_back_not_left_unclear(inbox, caplog):
    with at(2026, 2, 2, 9):
        bad = make_subscription(email="=?utf-8?q?x?=@b.se")  # stored before the form refused such addresses
        make_subscription(email="anna@example.se")
        ad("Jobb måndag", "2026-02-02")
    with at(2026, 2, 3, 5), caplog.at_level(logging.ERROR), pytest.raises(CommandError):
        send()
    assert f"alert e-mail of subscription {bad.pk} could not be built" in caplog.text
    assert [m["To"] for m in inbox.messages] == ["anna@example.se"]
    assert list(Delivery.objects.values_list("subscription__email", "status")) == [("anna@example.se", "skickad")]


def test_each_run_leaves_its_sent_failed_and_uncertain_figures_for_metrics(inbox, client, settings):
    settings.METRICS_TOKEN = "skrapnyckel"
    with at(2026, 2, 2, 9):
        make_subscription(email="a@example.se")
        make_subscription(email="b@example.se")
        ad("Jobb måndag", "2026-02-02")
    answers = iter(["250 OK", "554 Transaction failed"])
    inbox.on_message = lambda server, message: next(answers)
    with at(2026, 2, 3, 5):
        send()
    page = client.get("/metrics", headers={"Authorization": "Bearer skrapnyckel"}).content.decode()
    assert 'jobba_alert_emails_last_run{result="sent"} 1.0' in page
    assert 'jobba_alert_emails_last_run{result="failed"} 1.0' in page
    assert 'jobba_alert_emails_last_run{result="uncertain"} 0.0' in page


def test_an_e_mail_that_could_not_be_built_counts_once_as_failed_for_metrics(inbox, client, settings):
    settings.METRICS_TOKEN = "skrapnyckel"
    with at(2026, 2, 2, 9):
        make_subscription(email="=?utf-8?q?x?=@b.se")  # stored before the form refused such addresses
        make_subscription(email="anna@example.se")
        ad("Jobb måndag", "2026-02-02")
    with at(2026, 2, 3, 5), pytest.raises(CommandError):
        send()
    page = client.get("/metrics", headers={"Authorization": "Bearer skrapnyckel"}).content.decode()
    assert 'jobba_alert_emails_last_run{result="sent"} 1.0' in page
    assert 'jobba_alert_emails_last_run{result="failed"} 1.0' in page
