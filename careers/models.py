from datetime import datetime, time

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class PageQuerySet(models.QuerySet):
    def published(self, now=None):
        now = now or timezone.now()
        return self.filter(is_published=True).filter(
            Q(publish_from__isnull=True) | Q(publish_from__lte=now)
        )

    def next_publication(self, now):
        """When the next page set to publish later goes live, or None."""
        upcoming = self.filter(is_published=True, publish_from__gt=now)
        return upcoming.aggregate(first=models.Min("publish_from"))["first"]


class Page(models.Model):
    HOME_SLUG = "jobba-pa-forsakringskassan"

    title = models.CharField(_("title"), max_length=200, blank=True)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    lead = models.TextField(_("lead"), blank=True, help_text=_("A short introduction shown under the heading."))
    body = models.TextField(_("body"), blank=True, help_text=_("Markdown: paragraphs, lists, links and emphasis."))
    meta_description = models.CharField(
        _("meta description"), max_length=300, blank=True,
        help_text=_("Shown by search engines. At most about 160 characters is best."),
    )
    is_published = models.BooleanField(_("published"), default=False)
    publish_from = models.DateTimeField(
        _("publish from"), null=True, blank=True,
        help_text=_("Leave empty to publish at once when the page is marked as published."),
    )
    updated_at = models.DateTimeField(_("last updated"), auto_now=True)

    objects = PageQuerySet.as_manager()

    class Meta:
        verbose_name = _("page")
        verbose_name_plural = _("pages")
        ordering = ["title"]

    def __str__(self):
        return self.title or self.slug

    def get_absolute_url(self):
        if self.slug == self.HOME_SLUG:
            return reverse("careers:home")
        return reverse("careers:page-detail", args=[self.slug])

    def clean(self):
        if self.is_published:
            errors = {}
            if not self.title.strip():
                errors["title"] = _("A published page needs a title.")
            if not self.body.strip() and not (self.pk and self.sections.exists()):
                errors["body"] = _("A published page needs a body text.")
            if errors:
                raise ValidationError(errors)


class Section(models.Model):
    class Listing(models.TextChoices):
        NONE = "", _("Nothing more")
        ROLES = "roles", _("The roles")
        TESTIMONIALS = "testimonials", _("What our colleagues say")
        BENEFITS = "benefits", _("The benefits and the vacation table")
        LINKS = "links", _("Related links")

    page = models.ForeignKey(Page, verbose_name=_("page"), on_delete=models.CASCADE, related_name="sections")
    heading = models.CharField(_("heading"), max_length=200, blank=True,
                               help_text=_("Leave empty for an introduction without a heading."))
    anchor = models.SlugField(_("anchor"), max_length=100, blank=True,
                              help_text=_("The part of the address that links straight to this section."))
    body = models.TextField(_("body"), blank=True, help_text=_("Markdown: paragraphs, lists, links and emphasis."))
    listing = models.CharField(_("shown after the text"), max_length=20, choices=Listing.choices,
                               blank=True, default=Listing.NONE)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("section")
        verbose_name_plural = _("sections")
        ordering = ["order", "pk"]

    def __str__(self):
        return self.heading or str(_("Introduction"))


class RoleQuerySet(models.QuerySet):
    def with_open_job_count(self, today):
        # An aggregate drops Meta.ordering (GROUP BY), so the order is given again.
        return self.annotate(
            open_job_count=models.Count("jobs", filter=Q(jobs__in=JobAd.objects.open(today)))
        ).order_by(*Role._meta.ordering)


class Role(models.Model):
    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    summary = models.CharField(_("summary"), max_length=300)
    description = models.TextField(_("description"), blank=True,
                                   help_text=_("What the work is. Markdown: paragraphs, lists, links and emphasis."))
    requirements = models.TextField(
        _("what the work asks of you"), blank=True,
        help_text=_("Education, experience and qualities. Markdown: paragraphs, lists, links and emphasis."),
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    objects = RoleQuerySet.as_manager()

    class Meta:
        verbose_name = _("role")
        verbose_name_plural = _("roles")
        ordering = ["order", "title"]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("careers:role-detail", args=[self.slug])


class Testimonial(models.Model):
    name = models.CharField(_("name"), max_length=200)
    job_title = models.CharField(_("job title"), max_length=200, blank=True)
    quote = models.TextField(_("quote"))
    film_url = models.URLField(_("film address"), blank=True,
                               help_text=_("A film on another website. It is shown as a link."))
    film_minutes = models.PositiveSmallIntegerField(_("length of the film in minutes"), null=True, blank=True)
    transcript = models.TextField(
        _("text alternative"), blank=True,
        help_text=_("What is said and shown in the film, for those who cannot watch it. Required with a film."),
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("testimonial")
        verbose_name_plural = _("testimonials")
        ordering = ["order", "name"]

    def __str__(self):
        return self.name

    def clean(self):
        if self.film_url and not self.transcript.strip():
            raise ValidationError({"transcript": _("A film needs a text alternative.")})


class Link(models.Model):
    title = models.CharField(_("title"), max_length=200)
    url = models.CharField(
        _("address"), max_length=500, blank=True,
        help_text=_("An address on this site that starts with /, or a whole address that starts with https://."),
    )
    page = models.ForeignKey(Page, verbose_name=_("page on this site"), null=True, blank=True,
                             on_delete=models.CASCADE, related_name="+")
    is_external = models.BooleanField(_("link to another website"), default=False,
                                      help_text=_("Opens in a new window and says so to screen readers."))
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("related link")
        verbose_name_plural = _("related links")
        ordering = ["order", "title"]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return self.page.get_absolute_url() if self.page else self.url

    def clean(self):
        if bool(self.page) == bool(self.url):
            raise ValidationError(_("Give either an address or a page on this site, not both."))
        if self.url and not (self.url.startswith("/") and not self.url.startswith("//")
                             or self.url.startswith("https://")):
            raise ValidationError({"url": _("The address must start with / or https://.")})


class JobAdQuerySet(models.QuerySet):
    def published(self):
        return self.filter(status=JobAd.Status.PUBLISHED)

    def open(self, today):
        """Published, started, and open through the whole of its last day (a local date)."""
        return self.published().filter(published_on__lte=today, last_day__gte=today)

    def closed(self, today):
        """Published ads whose last day has passed: their addresses answer 410 Gone."""
        return self.published().filter(last_day__lt=today)

    def scheduled(self, today):
        """Published ads whose first day has not come yet."""
        return self.published().filter(published_on__gt=today)

    def search(self, words):
        """Ads that contain every word, in their own text or their role's title, whatever its case."""
        ads = self
        for word in words:
            ads = ads.filter(Q(search_text__contains=word.casefold()) | Q(role__title__icontains=word))
        return ads


class JobAd(models.Model):
    class EmploymentForm(models.TextChoices):
        PERMANENT = "tillsvidare", _("Permanent employment")
        PROBATION = "provanstallning", _("Permanent employment with a trial period")
        FIXED_TERM = "visstid", _("Fixed-term employment")

    class Extent(models.TextChoices):
        FULL_TIME = "heltid", _("Full time")
        PART_TIME = "deltid", _("Part time")

    class Status(models.TextChoices):
        DRAFT = "utkast", _("Draft")
        PUBLISHED = "publicerad", _("Published")

    class Visibility(models.TextChoices):
        """What a visitor sees of the ad on a given day; see `visibility()`."""

        DRAFT = "utkast", _("Draft")
        SCHEDULED = "kommande", _("Scheduled to be shown")
        OPEN = "oppen", _("Open for applications")
        CLOSED = "stangd", _("Closed")

    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=100,
                            help_text=_("The end of the ad's address. Made from the title."))
    role = models.ForeignKey(Role, verbose_name=_("role"), on_delete=models.PROTECT, related_name="jobs")
    town = models.CharField(_("place of work"), max_length=100, help_text=_("The town, for example Östersund."))
    employment_form = models.CharField(_("employment form"), max_length=20, choices=EmploymentForm.choices,
                                       default=EmploymentForm.PERMANENT)
    extent = models.CharField(_("extent"), max_length=10, choices=Extent.choices, default=Extent.FULL_TIME)
    reference = models.CharField(_("reference number"), max_length=50,
                                 help_text=_("The case number of the recruitment, for example FK 2025/012345."))
    published_on = models.DateField(_("published date"), default=timezone.localdate,
                                    help_text=_("The ad is shown from this day."))
    last_day = models.DateField(_("last application day"),
                                help_text=_("The ad is shown through this whole day, then hidden automatically."))
    apply_url = models.URLField(_("application address"), max_length=500,
                                help_text=_("Where the applicant applies, in the recruitment system. Starts with https://."))
    description = models.TextField(_("description"),
                                   help_text=_("Markdown: paragraphs, lists, links and emphasis."))
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.DRAFT,
                              help_text=_("A draft is only seen by editors, through “View on site”."))
    updated_at = models.DateTimeField(_("last updated"), auto_now=True)
    # SQLite's LIKE folds the case of ASCII letters only, so "östersund" would
    # not find "Östersund"; a casefolded copy searches the same on every database.
    search_text = models.TextField(editable=False, default="")

    objects = JobAdQuerySet.as_manager()

    class Meta:
        verbose_name = _("job ad")
        verbose_name_plural = _("job ads")
        ordering = ["-published_on", "title", "pk"]
        constraints = [
            # Drafts may share a number (a copy being prepared); published ads may not.
            models.UniqueConstraint(
                fields=["reference"], condition=Q(status="publicerad"), name="unique_published_reference",
                violation_error_message=_("A published ad already has this reference number."),
            ),
        ]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        self.search_text = " ".join([self.title, self.town, self.reference, self.description]).casefold()
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {*kwargs["update_fields"], "search_text"}
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("careers:job-detail", args=[self.pk, self.slug])

    def clean(self):
        errors = {}
        if self.last_day and self.published_on and self.last_day < self.published_on:
            errors["last_day"] = _("The last application day cannot be before the published date.")
        if self.apply_url and not self.apply_url.startswith("https://"):
            errors["apply_url"] = _("The address must start with https://.")
        if errors:
            raise ValidationError(errors)

    def visibility(self, today):
        """The state of one ad in the words of the QuerySet's rules (published, open, closed, scheduled)."""
        if self.status != self.Status.PUBLISHED:
            return self.Visibility.DRAFT
        if self.published_on > today:
            return self.Visibility.SCHEDULED
        if self.last_day < today:
            return self.Visibility.CLOSED
        return self.Visibility.OPEN

    @property
    def closes_at(self):
        """The last moment one can apply: the end of the last day, in the site's time zone."""
        return timezone.make_aware(datetime.combine(self.last_day, time.max.replace(microsecond=0)))

    @property
    def employment_types(self):
        """schema.org's employmentType values for this ad."""
        types = ["FULL_TIME" if self.extent == self.Extent.FULL_TIME else "PART_TIME"]
        if self.employment_form == self.EmploymentForm.FIXED_TERM:
            types.append("TEMPORARY")
        return types
