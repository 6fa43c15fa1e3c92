import uuid
from datetime import timedelta

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from careers.alerts import periods

# The text on the sign-up page that says what we keep and why. Raise it when
# that text changes: each subscription records the version it was given for.
CONSENT_TEXT_VERSION = 1

# GDPR art. 5(1)(e): after a year without a sign of life, ask once; without an
# answer, delete a month after asking.
ASK_TO_KEEP_AFTER = timedelta(days=365)
DELETE_AFTER_ASKING = timedelta(days=30)


class Frequency(models.TextChoices):
    DAILY = periods.DAILY, _("Once a day")
    WEEKLY = periods.WEEKLY, _("Once a week")


class SubscriptionQuerySet(models.QuerySet):
    def due(self, today):
        """Subscriptions with at least one whole period not yet covered by an e-mail."""
        return self.filter(
            Q(frequency=Frequency.DAILY, sent_through__lt=periods.last_closed_day(Frequency.DAILY, today))
            | Q(frequency=Frequency.WEEKLY, sent_through__lt=periods.last_closed_day(Frequency.WEEKLY, today))
        )

    def to_ask_to_keep(self, now):
        """Not kept for a year, and not asked yet."""
        return self.filter(kept_at__lte=now - ASK_TO_KEEP_AFTER, asked_to_keep_at__isnull=True)

    def past_keeping(self, now):
        """Asked to keep a month ago or more, with no answer since (an answer clears the question)."""
        return self.filter(asked_to_keep_at__lte=now - DELETE_AFTER_ASKING)

    def count_per_filter(self):
        """How many subscriptions each set of filters has, most first: what HR may see."""
        return self.values("query").annotate(
            total=models.Count("pk"),
            daily=models.Count("pk", filter=Q(frequency=Frequency.DAILY)),
            weekly=models.Count("pk", filter=Q(frequency=Frequency.WEEKLY)),
        ).order_by("-total", "query")


class Subscription(models.Model):
    """A confirmed job alert. Only the click in the confirmation e-mail creates one."""

    email = models.EmailField(_("e-mail address"))
    query = models.CharField(_("filters"), max_length=500, blank=True,
                             help_text=_("The job list's filters, as they are written in its address."))
    frequency = models.CharField(_("how often"), max_length=10, choices=Frequency.choices)
    # Tokens name this key, never the primary key: a number a new row may get
    # again (SQLite reuses them) must not let an old link reach someone else.
    key = models.UUIDField(_("key"), default=uuid.uuid4, unique=True, editable=False)
    consent_version = models.PositiveSmallIntegerField(_("version of the consent text"))
    # The language of the site it was signed up on: its e-mails, and the links in
    # them, are in that language. Those from before the English site are Swedish.
    language = models.CharField(_("language"), max_length=5, choices=settings.LANGUAGES,
                                default="sv", db_default="sv")
    confirmed_at = models.DateTimeField(_("confirmed"))
    kept_at = models.DateTimeField(_("last kept"), help_text=_("Confirmed, changed or kept by the subscriber."))
    asked_to_keep_at = models.DateTimeField(_("asked to keep"), null=True, blank=True)
    sent_through = models.DateField(_("covered through"),
                                    help_text=_("The last publication day that an e-mail has covered."))

    objects = SubscriptionQuerySet.as_manager()

    class Meta:
        verbose_name = _("job alert")
        verbose_name_plural = _("job alerts")
        ordering = ["pk"]

    def __str__(self):
        return str(_("Job alert %(number)s") % {"number": self.pk})


class Delivery(models.Model):
    """One alert e-mail for one period of one subscription: the record that makes it exactly once.

    The row is written, and the subscription's window moved on, in the same
    transaction, before the e-mail is handed to the mail server. A second
    instance cannot write a second row for the period (unique constraint), and
    a run that dies after writing the row never sends that period again: at
    most once, with the doubtful rows reported.
    """

    class Status(models.TextChoices):
        SENDING = "skickas", _("Being sent")
        SENT = "skickad", _("Sent")
        UNCERTAIN = "oklar", _("Perhaps not sent")

    subscription = models.ForeignKey(Subscription, verbose_name=_("job alert"), on_delete=models.CASCADE,
                                     related_name="deliveries")
    period_start = models.DateField(_("first day"))
    period_end = models.DateField(_("last day"))
    ad_count = models.PositiveSmallIntegerField(_("number of ads"))
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.SENDING)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("alert e-mail")
        verbose_name_plural = _("alert e-mails")
        ordering = ["-period_start", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["subscription", "period_start"], name="one_delivery_per_period"),
        ]

    def __str__(self):
        return f"{self.period_start}–{self.period_end}"


class SpentToken(models.Model):
    """A confirmation link that has been used, kept until it would have expired anyway.

    It holds a digest of the link, not the address: enough to answer a second
    click with "already confirmed" instead of a second subscription.
    """

    digest = models.CharField(_("digest"), max_length=64, unique=True)
    expires_at = models.DateTimeField(_("expires"))

    class Meta:
        verbose_name = _("used confirmation link")
        verbose_name_plural = _("used confirmation links")
        ordering = ["expires_at"]

    def __str__(self):
        return self.digest[:12]
