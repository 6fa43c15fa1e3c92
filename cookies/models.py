import logging
import uuid
from datetime import timedelta

from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError, models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from careers.pagecache import content_version

logger = logging.getLogger(__name__)


class CookieQuerySet(models.QuerySet):
    def analytics(self):
        return self.filter(category=Cookie.Category.ANALYTICS)


class Cookie(models.Model):
    """One cookie the site can set, as the cookie page lists it.

    The register is also the rule: a cookie in the analytics category is only
    allowed after a "yes", and a "no" deletes it again.
    """

    class Category(models.TextChoices):
        NECESSARY = "nodvandig", _("necessary")
        ANALYTICS = "webbanalys", _("web analytics")

    name = models.CharField(
        _("name"), max_length=100, unique=True,
        help_text=_("The name the browser shows. End it with * for a family of cookies, e.g. _pk_id.*"),
    )
    purpose = models.TextField(_("purpose"), help_text=_("What the cookie does, in plain words."))
    category = models.CharField(_("category"), max_length=20, choices=Category.choices)
    third_party = models.BooleanField(
        _("third-party cookie"), default=False,
        help_text=_("Tick if another website than this one sets the cookie."),
    )
    lifetime = models.CharField(_("lifetime"), max_length=100, help_text=_("E.g. 12 months, or 30 minutes."))
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    updated_at = models.DateTimeField(_("last updated"), auto_now=True)

    objects = CookieQuerySet.as_manager()

    class Meta:
        verbose_name = _("cookie")
        verbose_name_plural = _("cookie register")
        # Necessary cookies first: "nodvandig" sorts before "webbanalys".
        ordering = ["category", "order", "name"]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("cookies:policy")

    def matches(self, cookie_name):
        """Whether a cookie of this name is this register entry (a name ending in * is a family)."""
        if self.name.endswith("*"):
            return cookie_name.startswith(self.name[:-1])
        return cookie_name == self.name


class CookiePolicy(models.Model):
    """The admin half of the policy version; there is one row.

    The version that a consent is given for is "<CONSENT_POLICY_VERSION
    setting>.<this version>", so either an operator (environment) or HR (admin)
    can make every visitor be asked again.
    """

    CACHE_KEY = "cookies:policy-version"
    LAST_READ_KEY = "cookies:policy-version:last-read"

    version = models.PositiveIntegerField(
        _("version"), default=1,
        help_text=_("Raise it when the site starts to use cookies in a new way: every visitor is then asked again."),
    )
    updated_at = models.DateTimeField(_("last updated"), auto_now=True)

    class Meta:
        verbose_name = _("cookie policy")
        verbose_name_plural = _("cookie policy")
        ordering = ["pk"]

    def __str__(self):
        return str(_("Cookie policy, version %(version)s") % {"version": self.version})

    def get_absolute_url(self):
        return reverse("cookies:policy")

    @classmethod
    def current_version(cls):
        """The policy version consent is asked for now, or None while the database cannot say.

        The middleware asks on every request that carries a consent cookie, so
        the admin part is kept in the shared cache, under the page cache's
        content version: saving or deleting the row starts a new one (cookies/apps.py), in
        the database with the change, so a change made while the cache could
        not be reached is seen as soon as it is back, where deleting a key
        would have been lost. A timeout covers changes made behind the
        model's back.
        """
        # No content version while the cache (or the database and the content version's
        # copy) cannot be reached: then the version is read, not kept.
        content = content_version()
        key = f"{cls.CACHE_KEY}:{content}"
        admin_version = cache.get(key) if content is not None else None
        if admin_version is None:
            try:
                admin_version = cls.objects.values_list("version", flat=True).first() or 1
            except DatabaseError:
                # While the database is down, the version last read (nothing
                # can change it meanwhile). Unknown means "not asked yet": no
                # analytics, never the opposite.
                if (admin_version := cache.get(cls.LAST_READ_KEY)) is None:
                    logger.warning("cookies: the policy version could not be read")
                    return None
            else:
                cache.set(cls.LAST_READ_KEY, admin_version, None)
            if content is not None:
                cache.set(key, admin_version, settings.PAGE_CACHE_SECONDS)
        return f"{settings.CONSENT_POLICY_VERSION}.{admin_version}"


class ConsentRecordQuerySet(models.QuerySet):
    def expired(self, now=None):
        now = now or timezone.now()
        return self.filter(created_at__lt=now - timedelta(days=settings.CONSENT_RETENTION_DAYS))


class ConsentRecord(models.Model):
    """Proof of one choice: which, for which policy version, when.

    Nothing that points at a person is kept (no IP address, no user agent).
    The random consent id is also in the visitor's consent cookie, and stays
    the same while that cookie lives, so one browser's choices can be shown
    in order when someone asks.
    """

    class Choice(models.TextChoices):
        YES = "yes", _("all cookies")
        NO = "no", _("only necessary cookies")

    consent_id = models.UUIDField(_("consent id"), default=uuid.uuid4, db_index=True)
    choice = models.CharField(_("choice"), max_length=3, choices=Choice.choices)
    policy_version = models.CharField(_("policy version"), max_length=30)
    # The language of the text the visitor read when choosing: one consent
    # holds for the whole site, but the proof says which wording was agreed to.
    # Records from before the English site were all given in Swedish.
    language = models.CharField(_("language"), max_length=5, choices=settings.LANGUAGES,
                                default="sv", db_default="sv")
    created_at = models.DateTimeField(_("time"), default=timezone.now, db_index=True)

    objects = ConsentRecordQuerySet.as_manager()

    class Meta:
        verbose_name = _("consent record")
        verbose_name_plural = _("consent records")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.consent_id} {self.get_choice_display()} ({self.policy_version})"
