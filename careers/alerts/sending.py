"""sendjobalerts' work: claim due subscriptions a batch at a time, then send, then record.

At most one e-mail per subscription and period, across instances: a batch is
claimed in one transaction that locks its rows (SELECT … FOR UPDATE SKIP LOCKED
on PostgreSQL, so a second instance takes the next rows instead of waiting),
writes a Delivery row per e-mail (unique per subscription and period) and moves
each window on. Only after that commit is any e-mail handed to the mail server.

None is missed either, except where the mail server's answer was lost: an
e-mail the server refused, or one that could not even be built, is given back
(its window moved back) for the next run, and so is every e-mail of the batch
not yet attempted. An e-mail that may have left without its answer (the server
hung up, or the run died while sending) is never sent again: it is recorded
"oklar", logged as an error that names the subscription, and the run exits
non-zero.

The number of queries does not grow with the number of subscriptions: a few
per batch, plus three per distinct set of filters in the run (each set is
matched against the run's ads once per language, by the job list's own form).
"""

import logging
import smtplib
from dataclasses import dataclass, field
from datetime import timedelta

from django.core import mail as django_mail
from django.db import transaction
from django.db.models import Min
from django.utils import timezone, translation

from careers.alerts import filters, mail, periods
from careers.alerts.models import Delivery, Subscription
from careers.models import JobAd

logger = logging.getLogger(__name__)

BATCH_SIZE = 500
MAX_ADS = 50
# A row still "being sent" after this long belongs to a run that died.
ABANDONED_AFTER = timedelta(hours=1)


@dataclass
class Report:
    sent: int = 0
    empty: int = 0
    failed: int = 0
    uncertain: int = 0
    unbuilt: int = 0  # raised while being built: given back, and the run ends in an error
    abandoned: int = 0


@dataclass
class Run:
    """The ads of one run, read once, and which of them each set of filters matches."""

    today: object
    ads: list = field(default_factory=list)
    matches: dict = field(default_factory=dict)
    given_back: set = field(default_factory=set)  # refused by the mail server: not claimed again this run

    def load(self, first_day):
        # Only ads still open today: a job that has closed is not news.
        self.ads = list(
            JobAd.objects.open(self.today).filter(first_shown_on__gte=first_day)
            .select_related("role").defer("duties", "qualifications", "merits", "search_text")
            .order_by("-first_shown_on", "-published_on", "-pk")
        )

    def matching(self, query, language):
        """The run's ads that the filters match, and the filters in words, in `language`.

        The form is made and applied in the subscription's language, as the job
        list at that language's address would (its choices, such as role titles,
        are read in the language active when it is made).
        """
        key = (query, language)
        if key not in self.matches:
            with translation.override(language):
                bound = filters.form(query, self.today)
                if not filters.holds(bound, query):
                    logger.warning("alerts: stored filters %r no longer validate; they match nothing", query)
                    self.matches[key] = (set(), "")
                else:
                    base = JobAd.objects.filter(pk__in=[ad.pk for ad in self.ads])
                    self.matches[key] = (set(bound.filter(base).values_list("pk", flat=True)),
                                         filters.describe(bound))
        return self.matches[key]

    def ads_for(self, subscription, first_day, last_day):
        pks, described = self.matching(subscription.query, subscription.language)
        return [ad for ad in self.ads if ad.pk in pks and first_day <= ad.first_shown_on <= last_day], described


def report_abandoned(now):
    """Rows a dead run left "being sent": maybe sent, maybe not; never sent again. Said loudly."""
    abandoned = Delivery.objects.filter(status=Delivery.Status.SENDING, created_at__lt=now - ABANDONED_AFTER)
    count = abandoned.update(status=Delivery.Status.UNCERTAIN)
    if count:
        logger.error("alerts: %d alert e-mail(s) were claimed by a run that stopped before recording them; "
                     "they may not have been sent and will not be sent again (status 'oklar')", count)
    return count


def claim(run, batch_size):
    """Lock a batch of due subscriptions, record what each will get and move its window on; commit."""
    plans = []
    with transaction.atomic():
        batch = list(Subscription.objects.due(run.today).exclude(pk__in=run.given_back)
                     .select_for_update(skip_locked=True).order_by("pk")[:batch_size])
        deliveries = []
        for subscription in batch:
            period = periods.window(subscription.sent_through, subscription.frequency, run.today)
            ads, described = run.ads_for(subscription, *period)
            if ads:
                delivery = Delivery(subscription=subscription, period_start=period[0], period_end=period[1],
                                    ad_count=len(ads))
                deliveries.append(delivery)
                plans.append((subscription, delivery, ads, described, period))
            subscription.sent_through = period[1]
        Delivery.objects.bulk_create(deliveries)
        Subscription.objects.bulk_update(batch, ["sent_through"])
    return batch, plans


def send(run, plans, report):
    """Hand each e-mail to the mail server over one connection and record the outcome, whatever is raised."""
    sent, uncertain = [], []
    connection = django_mail.mailers.default
    try:
        connection.open()
    except (smtplib.SMTPException, OSError):
        logger.exception("alerts: the mail server cannot be reached; nothing sent, the next run tries again")
        for subscription, delivery, _ads, _described, period in plans:
            give_back(run, subscription, delivery, period)
        report.failed += len(plans)
        return False
    done = 0  # plans[:done] were handed over or given back; the rest are given back in `finally`
    try:
        for subscription, delivery, ads, described, period in plans:
            try:
                message = build(subscription, ads, described, period)
            except Exception:
                # Nothing was handed over: the period is given back, the run goes on with
                # the others (one bad e-mail must not hold back the rest) and ends in an error.
                logger.exception("alerts: the alert e-mail of subscription %d could not be built; not sent, "
                                 "the next run tries again", subscription.pk)
                give_back(run, subscription, delivery, period)
                report.failed += 1
                report.unbuilt += 1
                done += 1
                continue
            done += 1  # from here on it can have left
            try:
                connection.send_messages([message])
            except (smtplib.SMTPRecipientsRefused, smtplib.SMTPSenderRefused, smtplib.SMTPDataError):
                # The server said no: nothing went out, so the period may be tried again.
                logger.exception("alerts: the mail server refused the alert e-mail of subscription %d",
                                 subscription.pk)
                give_back(run, subscription, delivery, period)
                report.failed += 1
            except Exception:
                # No answer, or one we cannot read: the server may have taken it. Not sent
                # again, said loudly, and the rest of the batch is given back (finally, below).
                logger.exception("alerts: lost the mail server while sending; alert e-mail of subscription %d "
                                 "may not have been sent and will not be sent again", subscription.pk)
                uncertain.append(delivery.pk)
                break
            else:
                sent.append(delivery.pk)
    finally:
        # Also when something escapes the loop: what was handed over is recorded as
        # sent, and what was not handed over goes back to the next run. One being
        # handed over when it escaped can have left: it stays "being sent", and the
        # next run reports it.
        connection.close()
        Delivery.objects.filter(pk__in=sent).update(status=Delivery.Status.SENT)
        Delivery.objects.filter(pk__in=uncertain).update(status=Delivery.Status.UNCERTAIN)
        report.sent += len(sent)
        report.uncertain += len(uncertain)
        for subscription, delivery, _ads, _described, period in plans[done:]:
            give_back(run, subscription, delivery, period)
            report.failed += 1
    return not uncertain


def build(subscription, ads, described, period):
    """The alert e-mail; an address the SMTP backend would refuse (stored before the form checked) fails here."""
    if not mail.can_send_to(subscription.email):
        raise ValueError(f"the mail backend cannot send to {subscription.email!r}")
    return mail.alert(subscription, ads[:MAX_ADS], len(ads), described, period)


def give_back(run, subscription, delivery, period):
    """Undo a claim whose e-mail surely did not go out: the next run covers the period again."""
    run.given_back.add(subscription.pk)
    with transaction.atomic():
        delivery.delete()
        Subscription.objects.filter(pk=subscription.pk, sent_through=period[1]).update(
            sent_through=period[0] - timedelta(days=1))


def send_due(today=None, batch_size=BATCH_SIZE):
    """Send every due subscription its e-mail; returns a Report."""
    today = today or timezone.localdate()
    report = Report(abandoned=report_abandoned(timezone.now()))
    first = Subscription.objects.due(today).aggregate(first=Min("sent_through"))["first"]
    if first is None:
        return report
    run = Run(today)
    run.load(first + timedelta(days=1))
    while True:
        batch, plans = claim(run, batch_size)
        if not batch:
            break
        report.empty += len(batch) - len(plans)
        if plans and not send(run, plans, report):
            break  # the mail server is gone; the next run goes on
    return report
