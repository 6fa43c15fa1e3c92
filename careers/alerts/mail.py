"""The e-mails of job alerts: plain text and HTML from templates, with absolute links.

Links are made from SITE_URL, never from a request's Host header, so that a
forged header cannot put someone else's address into a confirmation e-mail.

Each e-mail is in the language its subscription was signed up in (Swedish or
English): text, subject and links (the /en/ addresses) are made under
translation.override(subscription.language). The confirmation is made while
the sign-up page's own language is active.
"""

from email.headerregistry import AddressHeader
from email.utils import parseaddr
from urllib.parse import quote, urlsplit

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from careers.alerts import tokens


def absolute(path):
    return settings.SITE_URL + path


def can_send_to(address):
    """Whether Django's SMTP backend can put this address on the envelope.

    Django's EmailField accepts some addresses that the backend then refuses
    with a ValueError (an encoded-word such as =?utf-8?q?x?=@b.se). This is the
    backend's own check (EmailBackend.prep_address): Python's address parser
    finds no defect and one mailbox, with an ASCII local part, since we send
    without SMTPUTF8.
    """
    parsed = AddressHeader.value_parser(address)
    mailboxes = parsed.all_mailboxes
    return not parsed.all_defects and len(mailboxes) == 1 and mailboxes[0].local_part.isascii()


def _message(to, subject, template, context, headers=None):
    context = {**context, "site_url": settings.SITE_URL, "language": translation.get_language()}
    message = EmailMultiAlternatives(
        subject=subject, body=render_to_string(f"alerts/mail/{template}.txt", context),
        to=[to], headers=headers or {},
    )
    message.attach_alternative(render_to_string(f"alerts/mail/{template}.html", context), "text/html")
    return message


def confirmation(email, token, described, frequency_label):
    url = absolute(reverse("alerts:confirm", args=[token]))
    return _message(email, _("Confirm your job alert"), "confirm", {
        "url": url, "filters": described, "frequency": frequency_label,
        "days": tokens.CONFIRM_MAX_AGE.days,
    })


def list_headers(subscription):
    """RFC 2369 and 8058: one-click unsubscribe by https (POST, no cookie) or by mail, and the list's id."""
    token = tokens.for_subscription(subscription, tokens.UNSUBSCRIBE)
    mailbox = settings.JOB_ALERTS_UNSUBSCRIBE_EMAIL or parseaddr(settings.DEFAULT_FROM_EMAIL)[1]
    mailto = f"mailto:{mailbox}?subject={quote('avsluta ' + subscription.key.hex)}"
    host = urlsplit(settings.SITE_URL).hostname or "localhost"
    name = _("Job alert")
    # The subject of the mailto half is a keyword for whoever reads that mailbox (README), in either language.
    return {
        "List-Unsubscribe": f"<{absolute(reverse('alerts:unsubscribe', args=[token]))}>, <{mailto}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        "List-Id": f"{name} <jobbevakning.{host}>",
    }


def _subscription_links(subscription):
    return {
        "manage_url": absolute(reverse("alerts:manage",
                                       args=[tokens.for_subscription(subscription, tokens.MANAGE)])),
        "unsubscribe_url": absolute(reverse("alerts:unsubscribe",
                                            args=[tokens.for_subscription(subscription, tokens.UNSUBSCRIBE)])),
    }


def in_language_of(function):
    """Make the e-mail of a subscription (the first argument) in the language it was signed up in."""

    def in_language(subscription, *args):
        with translation.override(subscription.language):
            return function(subscription, *args)

    return in_language


@in_language_of
def alert(subscription, ads, total, described, period):
    """New jobs for one period: the newest first, at most as many as given, and a link to all of them."""
    list_url = absolute(reverse("careers:job-list") + (f"?{subscription.query}" if subscription.query else ""))
    context = {
        "ads": [(ad, absolute(ad.get_absolute_url())) for ad in ads], "total": total, "more": total - len(ads),
        "filters": described, "first_day": period[0], "last_day": period[1], "list_url": list_url,
        **_subscription_links(subscription),
    }
    subject = ngettext("%(count)d new job at Försäkringskassan", "%(count)d new jobs at Försäkringskassan",
                       total) % {"count": total}
    return _message(subscription.email, subject, "alert", context, headers=list_headers(subscription))


@in_language_of
def ask_to_keep(subscription, described, delete_on):
    context = {"filters": described, "delete_on": delete_on, **_subscription_links(subscription)}
    return _message(subscription.email, _("Do you want to keep your job alert?"), "keep", context,
                    headers=list_headers(subscription))
