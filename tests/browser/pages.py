"""Every page type of the site, for the browser tests to visit.

Adding a page type is one line in PAGE_TYPES. Paths come from the URL
configuration (no hard-coded addresses) and are resolved when a test runs, so
a route that does not exist yet is reported by name instead of breaking the
collection of every other test.
"""

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field

import pytest
from django.conf import settings
from django.urls import NoReverseMatch, reverse
from django.utils import timezone, translation

from careers import content


@dataclass(frozen=True)
class PageType:
    name: str
    route: str = ""  # a URL name; empty for `path`
    args: tuple | Callable = ()  # or a function that finds them in the database
    query: str = ""
    fragment: str = ""
    path: str = ""  # for pages that have no route, such as a 404
    status: int = 200
    marks: tuple = field(default=())
    language: str = "sv"  # the route's address in this language (English: under /en/)

    def url(self, site):
        path = self.path
        if self.route:
            args = self.args() if callable(self.args) else self.args
            try:
                with translation.override(self.language):
                    path = reverse(self.route, args=args)
            except NoReverseMatch:
                pytest.fail(f"{self.name}: the route {self.route!r} does not exist")
        return site + path + (f"?{self.query}" if self.query else "") + (
            f"#{self.fragment}" if self.fragment else ""
        )


def _published_pages():
    """The editable pages that `loadcontent` publishes, besides the main page."""
    return [
        PageType(f"page-{slug}", "careers:page-detail", args=(slug,))
        for slug, *_ in content.PAGES
        if slug != content.HOME
    ]


def _ad(open_):
    """(pk, slug) of an example ad that `loadcontent` made: an open one or one that has closed."""

    def find():
        from careers.models import JobAd

        today = timezone.localdate()
        ads = JobAd.objects.open(today) if open_ else JobAd.objects.closed(today)
        ad = ads.order_by("pk").first()
        assert ad, f"loadcontent made no {'open' if open_ else 'closed'} ad"
        return ad.pk, ad.slug

    return find


def _decided_ad():
    """(pk, slug) of the example ad whose decision can still be appealed."""
    from careers.models import JobAd

    ad = JobAd.objects.appealable(timezone.localdate()).first()
    assert ad, "loadcontent made no decision that can be appealed"
    return ad.pk, ad.slug


def _alert_link(kind):
    """A signed job alert link of one kind, for a subscription made when the test runs."""

    def make():
        from careers.alerts import tokens
        from careers.alerts.models import CONSENT_TEXT_VERSION, Subscription

        if kind == "confirm":
            return (tokens.for_signup("anna@example.se", "yrkesroll=handlaggare", "vecka", CONSENT_TEXT_VERSION),)
        now = timezone.now()
        subscription, _ = Subscription.objects.get_or_create(email="anna@example.se", defaults={
            "query": "yrkesroll=handlaggare", "frequency": "vecka", "consent_version": CONSENT_TEXT_VERSION,
            "confirmed_at": now, "kept_at": now, "sent_through": timezone.localdate(now)})
        return (tokens.for_subscription(subscription, getattr(tokens, kind.upper())),)

    return make


PAGE_TYPES = [
    PageType("home", "careers:home"),
    PageType("home-calculator", "careers:home", query="fodelsear=1990", fragment="semesterdagar"),
    PageType("home-calculator-error", "careers:home", query="fodelsear=abc", fragment="semesterdagar"),
    PageType("roles", "careers:role-list"),
    PageType("role", "careers:role-detail", args=(content.ROLES[0][0],)),
    PageType("people", "careers:testimonial-list"),
    PageType("cookies", "cookies:policy"),
    *_published_pages(),
    PageType("not-found", path="/finns-inte/", status=404),
    PageType("jobs", "careers:job-list"),
    PageType("jobs-filtered", "careers:job-list", query="yrkesroll=handlaggare"),
    PageType("jobs-filter-error", "careers:job-list", query="ort=Ingenstans&q=handl%C3%A4ggare"),
    PageType("job-ad", "careers:job-detail", args=_ad(open_=True)),
    PageType("job-ad-expired", "careers:job-detail", args=_ad(open_=False), status=410),
    PageType("job-ad-decided", "careers:job-detail", args=_decided_ad, status=410),
    PageType("recruitments", "careers:recruitment-status"),
    PageType("recruitments-search", "careers:recruitment-status", query="q=2025"),
    PageType("recruitments-search-error", "careers:recruitment-status", query="q=%3Cscript%3E", status=400),
    PageType("decisions", "careers:decision-list"),
    PageType("alert-signup", "alerts:signup", query="yrkesroll=handlaggare"),
    PageType("alert-signup-bad-filter", "alerts:signup", query="ort=Ingenstans", status=400),
    PageType("alert-sent", "alerts:sent"),
    PageType("alert-confirm", "alerts:confirm", args=_alert_link("confirm")),
    PageType("alert-manage", "alerts:manage", args=_alert_link("manage")),
    PageType("alert-unsubscribe", "alerts:unsubscribe", args=_alert_link("unsubscribe")),
    PageType("alert-bad-link", "alerts:manage", args=("forfalskad",), status=400),
    # The English site (issue 22): its main page, job list, an ad and cookie page.
    PageType("en-home", "careers:home", language="en"),
    PageType("en-jobs", "careers:job-list", language="en"),
    PageType("en-job-ad", "careers:job-detail", args=_ad(open_=True), language="en"),
    PageType("en-cookies", "cookies:policy", language="en"),
]

PAGE_IDS = [page.name for page in PAGE_TYPES]

# The visitor's cookie choice: still open (the banner shows) or made.
CONSENT_STATES = {"banner": None, "chosen": "no"}


def consent_cookie(site, choice):
    """The cookie that a choice sets."""
    from cookies import consent

    return {"name": settings.CONSENT_COOKIE_NAME, "value": consent.value(choice, uuid.uuid4()), "url": site}


# Both colour schemes of FKUI's theme-auto, chosen by the browser's preference.
SCHEMES = ["light", "dark"]


def open_page(browser, site, page_type, *, width=1280, consent=None, javascript=True, scheme="light",
              forced_colors="none"):
    """A fresh context (own cookies) with the page loaded; the caller closes the context."""
    context = browser.new_context(
        viewport={"width": width, "height": 900}, java_script_enabled=javascript,
        color_scheme=scheme, forced_colors=forced_colors,
    )
    if consent:
        context.add_cookies([consent_cookie(site, consent)])
    page = context.new_page()
    response = page.goto(page_type.url(site))
    assert response.status == page_type.status, f"{page_type.name}: HTTP {response.status}"
    return page
