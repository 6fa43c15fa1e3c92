import logging
import uuid
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib import messages
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST, require_safe

from careers.database.middleware import UNAVAILABLE, reason, unavailable
from cookies import consent
from cookies.models import ConsentRecord, Cookie, CookiePolicy

logger = logging.getLogger(__name__)


@require_safe
def policy(request):
    """The cookie page: how the site uses cookies, the register, and the visitor's choice."""
    cookies = list(Cookie.objects.all())
    for cookie in cookies:
        cookie.in_swedish = {field: shown_in_swedish(cookie, field) for field in ("purpose", "lifetime")}
    changes = [cookie.updated_at for cookie in cookies]
    changes += CookiePolicy.objects.values_list("updated_at", flat=True)
    return render(request, "cookies/policy.html", {"cookies": cookies, "updated": max(changes, default=None)})


def shown_in_swedish(obj, field):
    """Whether the page shows the Swedish text of `field` in place of a missing one in its own language.

    modeltranslation falls back to Swedish by itself; the page must then say so
    with lang="sv", so that a screen reader reads it in Swedish.
    """
    language = get_language()
    return language != settings.LANGUAGE_CODE and not getattr(obj, f"{field}_{language}", None)


# No CSRF token: the form is in every page while the visitor has not chosen,
# and pages are cached whole and shared between visitors, so a per-visitor
# token cannot be in them (a shared one would protect nothing). Instead the
# view checks that the browser itself says the POST comes from this site; see
# is_same_origin(). The consent cookie is SameSite=Lax as a further guard.
@csrf_exempt
@require_POST
def choose(request):
    """Save the visitor's yes or no, record it as proof, and go back to the page it was given on."""
    if not is_same_origin(request):
        return render(request, "cookies/choice_refused.html", {"reason": "origin"}, status=403)
    choice = request.POST.get("choice")
    if choice not in consent.CHOICES:
        return render(request, "cookies/choice_refused.html", {"reason": "choice"}, status=400)
    version = CookiePolicy.current_version()
    # One id per browser while its consent cookie lives, so its choices can be shown in order.
    consent_id = uuid.UUID(hex=request.consent_id) if request.consent_id else uuid.uuid4()
    recorded = version is not None and record(consent_id, choice, version)
    if not recorded and choice == consent.YES:
        # A yes without its proof is not taken: the banner stays, no analytics.
        return unavailable(request)
    # The rest of this response (the middleware's cookie filter) sees the new answer.
    request.consent = choice
    response = redirect(next_path(request))
    consent.write(response, request, choice, consent_id, version or consent.ANY_VERSION)
    if choice == consent.NO:
        expire_analytics_cookies(request, response)
    if not recorded:
        # A no needs no proof and holds at once. No confirmation: a pending
        # message would keep the next page from the cache, and rendering it
        # needs the database that just failed.
        return response
    # The confirmation goes in the messages cookie, never into a page that
    # the cache could give to someone else (the cache skips such requests).
    if choice == consent.YES:
        confirmation = _("You have accepted all cookies.")
    else:
        confirmation = _("You have chosen only necessary cookies.")
    messages.success(request, confirmation, extra_tags="cookie-consent")
    return response


def record(consent_id, choice, version):
    """Save the proof of a choice, in the language of the page it was made on; False while the database fails."""
    try:
        ConsentRecord.objects.create(consent_id=consent_id, choice=choice, policy_version=version,
                                     language=get_language())
    except UNAVAILABLE as error:
        logger.warning("cookies: a %s could not be recorded: %s", choice, reason(error))
        return False
    return True


def is_same_origin(request):
    """Whether the browser says that this POST comes from a page of this site.

    Browsers set Sec-Fetch-Site, Origin and Referer themselves, and a page on
    another site cannot change them. Sec-Fetch-Site is the clearest; older
    browsers send Origin on a POST, the oldest only Referer (same-origin
    Referers are kept by our Referrer-Policy). A POST that carries none of
    them is refused: this is the origin check Django's own CSRF protection
    makes, without the token half that cached pages cannot carry.
    """
    site = f"{request.scheme}://{request.get_host()}"
    trusted = {site, *settings.CSRF_TRUSTED_ORIGINS}
    if fetch_site := request.headers.get("Sec-Fetch-Site"):
        return fetch_site == "same-origin"
    if origin := request.headers.get("Origin"):
        return origin in trusted
    if referer := request.headers.get("Referer"):
        parts = urlsplit(referer)
        return f"{parts.scheme}://{parts.netloc}" in trusted
    return False


def next_path(request):
    """The page the form was on: a path on this site only, never another site's address."""
    target = request.POST.get("next", "")
    if (
        target.startswith("/")
        and "\\" not in target
        and url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()},
                                            require_https=request.is_secure())
    ):
        return target
    return reverse("careers:home")


def expire_analytics_cookies(request, response):
    """Delete every registered analytics cookie: by name, and each one of a family the browser sent."""
    analytics = consent.AnalyticsCookies()
    names = analytics.exact_names() | {name for name in request.COOKIES if name in analytics}
    for name in sorted(names):
        response.delete_cookie(name, samesite="Lax")
