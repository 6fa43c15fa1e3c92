from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from careers import addresses, translated
from careers.media.fields import picture, picture_fields


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
    # Shown under the lead: on the main page, the opening's picture.
    picture, picture_alt, picture_decorative = picture_fields(_("picture"))
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
        ordering = ["title_sv"]  # the Swedish order in both languages (careers/translation.py)

    def __str__(self):
        return self.title or self.slug

    def get_absolute_url(self):
        if self.slug == self.HOME_SLUG:
            return reverse("careers:home")
        return reverse("careers:page-detail", args=[self.slug])

    def clean(self):
        # The Swedish texts are the ones a page needs (careers/translation.py); English is optional.
        if self.is_published:
            errors = {}
            if not (self.title_sv or "").strip():
                errors["title_sv"] = _("A published page needs a title.")
            if not (self.body_sv or "").strip() and not (self.pk and self.sections.exists()):
                errors["body_sv"] = _("A published page needs a body text.")
            if errors:
                raise ValidationError(errors)

    @property
    def picture_image(self):
        return picture(self, "picture")


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
    ssyk_code = models.CharField(
        _("SSYK 2012 code"), max_length=4, blank=True,
        validators=[RegexValidator(r"^[0-9]{4}$", _("Write the four digits of the occupation group, e.g. 3353."))],
        help_text=_("The occupation group in Statistics Sweden's classification SSYK 2012, four digits. "
                    "Search engines read it from the job ads."),
    )
    picture, picture_alt, picture_decorative = picture_fields(_("picture"))
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    objects = RoleQuerySet.as_manager()

    class Meta:
        verbose_name = _("role")
        verbose_name_plural = _("roles")
        ordering = ["order", "title_sv"]  # the Swedish order in both languages (careers/translation.py)

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        # The ads search their role's title from a copy of their own (an
        # index cannot reach into another table): a new title reaches them.
        for job in self.jobs.with_stale_role_copies(self):
            job.role = self
            job.save(update_fields=["search_role"])

    def get_absolute_url(self):
        return reverse("careers:role-detail", args=[self.slug])

    @property
    def picture_image(self):
        return picture(self, "picture")


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
    portrait, portrait_alt, portrait_decorative = picture_fields(_("portrait"))
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("testimonial")
        verbose_name_plural = _("testimonials")
        ordering = ["order", "name_sv"]  # the Swedish order in both languages (careers/translation.py)

    def __str__(self):
        return self.name

    @property
    def portrait_image(self):
        return picture(self, "portrait")

    def clean(self):
        if self.film_url and (error := addresses.problem(self.film_url, local=False)):
            raise ValidationError({"film_url": error})
        if self.film_url and not (self.transcript_sv or "").strip():
            raise ValidationError({"transcript_sv": _("A film needs a text alternative.")})


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
        ordering = ["order", "title_sv"]  # the Swedish order in both languages (careers/translation.py)

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        # An address on this site is written in Swedish; an English page links to its English twin.
        return self.page.get_absolute_url() if self.page else translated.address(self.url)

    def clean(self):
        if bool(self.page) == bool(self.url):
            raise ValidationError(_("Give either an address or a page on this site, not both."))
        if self.url and (error := addresses.problem(self.url)):
            raise ValidationError({"url": error})


# The job ads live in their own module, which names the role by its label; the
# rest of the project imports them from here, like every other model.
from careers.film import Film  # noqa: E402
from careers.jobads import Contact, JobAd, JobAdQuerySet, UnionRepresentative  # noqa: E402

__all__ = ["Contact", "Film", "JobAd", "JobAdQuerySet", "Link", "Page", "Role", "Section", "Testimonial",
           "UnionRepresentative"]
