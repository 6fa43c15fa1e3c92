import logging
import smtplib
from datetime import timedelta

from django.conf import settings
from django.core import mail as django_mail
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone, translation

from careers.alerts import filters, mail
from careers.alerts.models import DELETE_AFTER_ASKING, Delivery, SpentToken, Subscription

logger = logging.getLogger(__name__)
DELIVERY_HISTORY = timedelta(days=90)


class Command(BaseCommand):
    help = ("Rensar jobbevakningar (körs dagligen): frågar en gång efter ett år utan svar om bevakningen "
            "ska finnas kvar, och tar bort den en månad senare om ingen svarar.")

    def handle(self, *args, **options):
        if not settings.SITE_URL:
            raise CommandError("DJANGO_SITE_URL saknas: e-postmeddelandenas länkar behöver webbplatsens adress.")
        now = timezone.now()
        deleted, _ = Subscription.objects.past_keeping(now).delete()
        SpentToken.objects.filter(expires_at__lt=now).delete()
        # Windows, not these rows, keep a period from being sent twice; old rows are history nobody needs.
        Delivery.objects.filter(created_at__lt=now - DELIVERY_HISTORY).delete()
        asked = self.ask_to_keep(now)
        self.stdout.write(f"Tog bort {deleted} jobbevakningar; frågade {asked} om de vill behålla sin.")

    def ask_to_keep(self, now):
        """Mark, commit, then send: a run that dies in between never asks twice (at most once)."""
        with transaction.atomic():
            due = list(Subscription.objects.to_ask_to_keep(now).select_for_update(skip_locked=True))
            Subscription.objects.filter(pk__in=[s.pk for s in due]).update(asked_to_keep_at=now)
        if not due:
            return 0
        today, described = timezone.localdate(now), {}
        delete_on = timezone.localdate(now + DELETE_AFTER_ASKING)
        connection = django_mail.mailers.default
        try:
            connection.open()
        except (smtplib.SMTPException, OSError) as error:
            # Surely not sent: unmark them, so that nobody is deleted without being asked.
            Subscription.objects.filter(pk__in=[s.pk for s in due]).update(asked_to_keep_at=None)
            raise CommandError("E-postservern svarar inte: ingen tillfrågades, nästa körning försöker igen.") from error
        with connection:
            for subscription in due:
                key = (subscription.query, subscription.language)
                if key not in described:
                    with translation.override(subscription.language):
                        described[key] = filters.describe(filters.form(subscription.query, today))
                try:
                    connection.send_messages([mail.ask_to_keep(subscription, described[key], delete_on)])
                except (smtplib.SMTPException, OSError):
                    logger.exception("alerts: could not ask subscription %d whether to keep it; it is deleted "
                                     "on %s unless kept", subscription.pk, delete_on)
        return len(due)
