"""The visitor's pages. Every link an e-mail carries lands on a page with a POST button:
mail scanners follow links, and must neither confirm nor end anyone's alert."""

import logging
import smtplib

from django.conf import settings
from django.contrib import messages
from django.db import IntegrityError, transaction
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from careers.alerts import filters, mail, periods, throttle, tokens
from careers.alerts.forms import FrequencyForm, SignupForm
from careers.alerts.models import CONSENT_TEXT_VERSION, Frequency, SpentToken, Subscription
from careers.forms import JobFilterForm

logger = logging.getLogger(__name__)

# A link that is not ours (or was changed), one that has expired, one used
# already, and one whose subscription has ended: each gets its own page.
BAD_LINK_STATUS = {"invalid": 400, "expired": 410, "used": 409, "ended": 410}


def bad_link(request, reason):
    return render(request, "alerts/bad_link.html", {"reason": reason}, status=BAD_LINK_STATUS[reason])


def read_subscription(token, kind):
    """(subscription or None, the reason the link cannot be used or None)."""
    try:
        key = tokens.read_key(token, kind)
    except tokens.Expired:
        return None, "expired"
    except tokens.Invalid:
        return None, "invalid"
    subscription = Subscription.objects.filter(key=key).first()
    return subscription, None if subscription else "ended"


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def signup(request):
    """The filters come from the address (the job list's link); nothing is stored until the e-mail's link is used."""
    today = timezone.localdate()
    job_filters = JobFilterForm.for_open_jobs(request.GET, today)
    if not job_filters.is_valid():
        return render(request, "alerts/bad_filters.html", {"filters": job_filters}, status=400)
    query = job_filters.query().urlencode()
    form = SignupForm(request.POST if request.method == "POST" else None)
    if form.is_valid() and not settings.SITE_URL:
        # Without the site's address the confirmation link would be relative, and no
        # mail program can open it: nothing is sent (check --deploy warns of this).
        logger.error("alerts: DJANGO_SITE_URL is not set; no confirmation e-mail can be sent")
        return render(request, "alerts/mail_failed.html", status=503)
    if form.is_valid():
        email, frequency = form.cleaned_data["epost"], form.cleaned_data["frekvens"]
        if not throttle.allow(request, email):
            return render(request, "alerts/throttled.html", status=429)
        token = tokens.for_signup(email, query, frequency, CONSENT_TEXT_VERSION, get_language())
        message = mail.confirmation(email, token, filters.describe(job_filters), Frequency(frequency).label)
        try:
            message.send()
        except (smtplib.SMTPException, OSError):
            logger.exception("alerts: the confirmation e-mail could not be handed to the mail server")
            return render(request, "alerts/mail_failed.html", status=503)
        return redirect("alerts:sent")
    return render(request, "alerts/signup.html", {
        "form": form, "described": filters.describe(job_filters), "query": query,
    }, status=400 if form.is_bound else 200)


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def confirm(request, token):
    """The click that creates the subscription, with the consent text's version and the time."""
    try:
        signed = tokens.read(token, tokens.CONFIRM)
    except tokens.Expired:
        return bad_link(request, "expired")
    except tokens.Invalid:
        return bad_link(request, "invalid")
    digest = tokens.digest(token)
    if SpentToken.objects.filter(digest=digest).exists():
        return bad_link(request, "used")
    now = timezone.now()
    if request.method != "POST":
        return render(request, "alerts/confirm.html", {
            "email": signed["e"], "frequency": Frequency(signed["f"]).label,
            "described": filters.describe(filters.form(signed["q"], timezone.localdate(now))),
        })
    try:
        with transaction.atomic():
            SpentToken.objects.create(digest=digest, expires_at=now + tokens.CONFIRM_MAX_AGE)
            subscription = Subscription.objects.create(
                email=signed["e"], query=signed["q"], frequency=signed["f"], consent_version=signed["v"],
                # Links signed before the English site have no language: they were Swedish.
                language=signed.get("l", "sv"),
                confirmed_at=now, kept_at=now, sent_through=periods.before_first(timezone.localdate(now)),
            )
    except IntegrityError:  # the same link, clicked twice at once
        return bad_link(request, "used")
    messages.success(request, _("Your job alert has started. You get the first e-mail when new jobs are published."))
    return redirect("alerts:manage", tokens.for_subscription(subscription, tokens.MANAGE))


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def manage(request, token):
    """Change the filters or how often, keep the alert, or end it; reached by the link in every e-mail."""
    subscription, problem = read_subscription(token, tokens.MANAGE)
    if problem:
        return bad_link(request, problem)
    action = request.POST.get("atgard") if request.method == "POST" else None
    now, today = timezone.now(), timezone.localdate()
    if action == "avsluta":
        subscription.delete()
        return render(request, "alerts/ended.html")
    if action == "behall":
        subscription.kept_at, subscription.asked_to_keep_at = now, None
        subscription.save(update_fields=["kept_at", "asked_to_keep_at"])
        messages.success(request, _("Thank you. Your job alert is kept for another year."))
        return redirect(request.path)
    if action == "spara":
        job_filters = filters.form(request.POST, today, stored=subscription.query)
        frequency = FrequencyForm(request.POST)
        if job_filters.is_valid() and frequency.is_valid():
            subscription.query = job_filters.query().urlencode()
            subscription.frequency = frequency.cleaned_data["frekvens"]
            subscription.kept_at, subscription.asked_to_keep_at = now, None
            subscription.save(update_fields=["query", "frequency", "kept_at", "asked_to_keep_at"])
            messages.success(request, _("Your changes are saved."))
            return redirect(request.path)
    else:
        job_filters = filters.form(subscription.query, today)
        frequency = FrequencyForm(initial={"frekvens": subscription.frequency})
    return render(request, "alerts/manage.html", {
        "subscription": subscription, "filters": job_filters, "frequency": frequency,
        "described": filters.describe(filters.form(subscription.query, today)),
    }, status=400 if request.method == "POST" else 200)


# RFC 8058: the mail program POSTs "List-Unsubscribe=One-Click" with no cookie
# and no CSRF token; the signed link is the proof. The answer is the same 200
# page every time, never a redirect, whether the alert existed or not.
@csrf_exempt
@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def unsubscribe(request, token):
    subscription, problem = read_subscription(token, tokens.UNSUBSCRIBE)
    if problem in ("invalid", "expired"):
        return bad_link(request, problem)
    if request.method == "POST":
        if subscription:
            subscription.delete()
        return render(request, "alerts/ended.html")
    return render(request, "alerts/unsubscribe.html", {"subscription": subscription})
