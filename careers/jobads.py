"""Job ads: what a state ad must and customarily carries, its contact persons and union representatives."""

from datetime import datetime, time, timedelta

from django.contrib.postgres.search import SearchVectorField
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from django.utils.translation import override

from careers import addresses, appeals, search


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

    def closed_for(self, days, today):
        """Ads that closed more than `days` days ago: their contact persons are no longer needed."""
        return self.closed(today - timedelta(days=days))

    def recently_closed(self, today, days=90):
        """Ads that closed within the last `days` days: the recruitments on the status page, newest first."""
        return self.closed(today).filter(last_day__gte=today - timedelta(days=days)).order_by(
            "-last_day", "reference", "pk")

    def appealable(self, today):
        """Posted decisions that can be appealed and whose appeal time has not run out."""
        return self.closed(today).filter(
            recruitment_status=JobAd.RecruitmentStatus.FILLED, decision_appealable=True,
            decision_posted_on__lte=today, decision_appeal_until__gte=today,
        ).order_by("-decision_posted_on", "decision_reference", "pk")

    def similar_to(self, job, today, count=4):
        """Up to `count` other open ads, the most similar first: the same role, then the same town,
        then the same SSYK group; the newest first among equals. One query, ordered by the
        conditions themselves (true first): Case/When annotations cost half as much again to build."""
        same = [Q(role=job.role_id), Q(town=job.town)]
        if job.role.ssyk_code:
            same.append(Q(role__ssyk_code=job.role.ssyk_code))
        first = [models.ExpressionWrapper(condition, output_field=models.BooleanField()).desc() for condition in same]
        return self.open(today).exclude(pk=job.pk).filter(Q(*same, _connector=Q.OR)).order_by(
            *first, "-published_on", "title", "pk").cards()[:count]

    def cards(self):
        """Only what a card shows (careers/listings/jobs.html): an ad has some forty columns, its
        role a dozen, and reading them all was a tenth of the job list's cost. A field the card
        starts to show must be named here, or each card costs a query (test_jobs counts them)."""
        return self.select_related("role").only(
            "title", "slug", "town", "employment_form", "extent", "published_on", "last_day",
            "role__title_sv", "role__title_en", "role__slug")  # the role's title in each language

    def search(self, text, language=search.SWEDISH):
        """Ads that hold every word of the text in some form, with a `rank` (see careers.search):
        in Swedish, or (language "en") in English or in Swedish."""
        return search.search(self, text, language)

    def with_stale_role_copies(self, role):
        """The ads whose copies of their role's titles (Swedish or English) are not the role's."""
        titles = search.role_titles(role)
        return self.exclude(search_role=titles[search.SWEDISH], search_role_en=titles[search.ENGLISH])


class JobAd(models.Model):
    # What förordningen (1984:819) om statliga platsanmälningar, 6 §, asks of
    # every ad is a field of its own: town, duties, qualifications, employment
    # form, extent and working hours, duration, start, pay and last day.
    class EmploymentForm(models.TextChoices):
        PERMANENT = "tillsvidare", _("Permanent employment")
        FIXED_TERM = "visstid", _("Fixed-term employment")

    class Extent(models.TextChoices):
        FULL_TIME = "heltid", _("Full time")
        PART_TIME = "deltid", _("Part time")

    class Remote(models.TextChoices):
        ON_SITE = "pa-plats", _("On site")
        PARTLY = "delvis", _("Partly remote")
        FULLY = "helt", _("Fully remote")

    class SecurityVetting(models.TextChoices):
        NONE = "", _("No security vetting")
        REGISTER_CHECK = "registerkontroll", _("Security vetting with a register check")

    class Status(models.TextChoices):
        DRAFT = "utkast", _("Draft")
        PUBLISHED = "publicerad", _("Published")

    class RecruitmentStatus(models.TextChoices):
        """Where the recruitment stands once the ad has closed; HR sets it in the admin."""

        CLOSED = "ansokningstiden-har-gatt-ut", _("The application period has ended")
        INTERVIEWS = "intervjuer", _("Interviews are being held")
        FILLED = "tillsatt", _("The position is filled")
        CANCELLED = "avbruten", _("The recruitment is cancelled")

    class Visibility(models.TextChoices):
        """What a visitor sees of the ad on a given day; see `visibility()`."""

        DRAFT = "utkast", _("Draft")
        SCHEDULED = "kommande", _("Scheduled to be shown")
        OPEN = "oppen", _("Open for applications")
        CLOSED = "stangd", _("Closed")

    ORGANISATION = "Försäkringskassan"
    ORGANISATION_NUMBER = "202100-5521"
    DEFAULT_PAY = "Individuell lönesättning"
    MARKDOWN = _("Markdown: paragraphs, lists, links and emphasis.")

    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=100,
                            help_text=_("The end of the ad's address. Made from the title."))
    role = models.ForeignKey("careers.Role", verbose_name=_("role"), on_delete=models.PROTECT, related_name="jobs")
    town = models.CharField(_("place of work"), max_length=100, help_text=_("The town, for example Östersund."))
    duties = models.TextField(_("duties"), help_text=MARKDOWN)
    qualifications = models.TextField(
        _("qualifications"), blank=True,
        help_text=format_lazy("{} {}", _("What the applicant must have. Required."), MARKDOWN))
    merits = models.TextField(_("meriting"), blank=True,
                              help_text=format_lazy("{} {}", _("What counts in the applicant's favour."), MARKDOWN))
    employment_form = models.CharField(_("employment form"), max_length=20, choices=EmploymentForm.choices,
                                       default=EmploymentForm.PERMANENT)
    probation = models.BooleanField(_("trial period"), default=False,
                                    help_text=_("The employment begins with a trial period (provanställning)."))
    ends_on = models.DateField(_("employment ends"), null=True, blank=True,
                               help_text=_("For fixed-term employment: the last day, or describe it below."))
    duration = models.CharField(_("duration"), max_length=200, blank=True,
                                help_text=_("For fixed-term employment, e.g. “Six months, with a possible "
                                            "extension”."))
    extent = models.CharField(_("extent"), max_length=10, choices=Extent.choices, default=Extent.FULL_TIME)
    working_hours = models.CharField(_("working hours"), max_length=200, blank=True,
                                     help_text=_("For example “Daytime, flexible hours” or “75 percent”."))
    starts_on = models.DateField(_("start date"), null=True, blank=True,
                                 help_text=_("Leave empty for “by agreement”."))
    pay = models.CharField(_("pay"), max_length=200, default=DEFAULT_PAY,
                           help_text=_("How the pay is set."))
    pay_min = models.PositiveIntegerField(_("lowest monthly pay"), null=True, blank=True,
                                          help_text=_("Kronor per month, optional. Give both ends of the range."))
    pay_max = models.PositiveIntegerField(_("highest monthly pay"), null=True, blank=True,
                                          help_text=_("Kronor per month."))
    openings = models.PositiveSmallIntegerField(_("number of positions"), default=1,
                                                validators=[MinValueValidator(1)])
    remote = models.CharField(_("remote work"), max_length=10, choices=Remote.choices, default=Remote.ON_SITE)
    security_vetting = models.CharField(
        _("security vetting"), max_length=20, choices=SecurityVetting.choices, blank=True,
        default=SecurityVetting.NONE, help_text=_("Under the Protective Security Act (2018:585)."))
    citizenship_required = models.BooleanField(_("Swedish citizenship required"), default=False)
    reference = models.CharField(_("reference number"), max_length=50,
                                 help_text=_("The case number of the recruitment, for example FK 2025/012345."))
    published_on = models.DateField(_("published date"), default=timezone.localdate,
                                    help_text=_("The ad is shown from this day."))
    last_day = models.DateField(_("last application day"),
                                help_text=_("The ad is shown through this whole day, then hidden automatically."))
    apply_url = models.URLField(_("application address"), max_length=500,
                                help_text=_("Where the applicant applies, in the recruitment system. Starts with https://."))
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.DRAFT,
                              help_text=_("A draft is only seen by editors, through “View on site”."))
    # After the last day. Each new column has a database default too, so that
    # an instance still running the code before it can go on inserting ads.
    recruitment_status = models.CharField(
        _("recruitment status"), max_length=30, choices=RecruitmentStatus.choices,
        default=RecruitmentStatus.CLOSED, db_default=RecruitmentStatus.CLOSED,
        help_text=_("Where the recruitment stands, shown on the closed ad's page. "
                    "Can be changed after the last application day."))
    recruitment_status_set_on = models.DateField(
        _("status set"), null=True, blank=True, editable=False,
        help_text=_("The day the status was last changed. Set automatically."))
    decision_posted_on = models.DateField(
        _("decision posted on the notice board"), null=True, blank=True,
        help_text=_("The day the decision to employ was posted on the notice board (anslagstavlan)."))
    decision_reference = models.CharField(
        _("reference number of the decision"), max_length=50, blank=True, default="", db_default="",
        help_text=_("The case number the decision was taken under."))
    decision_appealable = models.BooleanField(
        _("the decision can be appealed"), default=True, db_default=True,
        help_text=_("Untick when the decision cannot be appealed."))
    # The last day an appeal must reach us (careers/appeals.py), kept by save()
    # so that the list of decisions can ask the database for it.
    decision_appeal_until = models.DateField(_("last day to appeal"), null=True, blank=True, editable=False)
    updated_at = models.DateTimeField(_("last updated"), auto_now=True)
    # The Stockholm day visitors could first see the ad: the published date, or
    # the day it was published if that came later. Job alerts go by this day.
    first_shown_on = models.DateField(_("first shown"), null=True, blank=True, editable=False)
    # Search copies, kept by save(): the role's title (PostgreSQL's document
    # cannot reach into the role's table) and the stemmed words SQLite searches.
    search_role = models.CharField(max_length=200, editable=False, default="")
    search_text = models.TextField(editable=False, default="")
    # The same for the English version (careers/jobads_translation.py): the role's English title,
    # and the stems of the English texts by Snowball's English algorithm.
    search_role_en = models.CharField(max_length=200, editable=False, default="", db_default="")
    search_text_en = models.TextField(editable=False, default="", db_default="")
    # PostgreSQL's weighted document (careers/search.py `vector()`), written by
    # the database itself on every insert and update (migration 0012), so that
    # a search and its ranking read it instead of parsing every ad's text anew.
    # Unused (empty) on SQLite.
    search_document = SearchVectorField(null=True, editable=False)
    # The English texts' document, with PostgreSQL's `english` configuration (migration 0014).
    search_document_en = SearchVectorField(null=True, editable=False)

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
        self.keep_first_shown(timezone.localdate())
        self.decision_appeal_until = (appeals.last_day_to_appeal(self.decision_posted_on)
                                      if self.decision_posted_on and self.decision_appealable else None)
        search.keep_copies(self)
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {*kwargs["update_fields"], "first_shown_on", "decision_appeal_until",
                                       *search.COPIES}
        # The untranslated columns (`title`, `duties`…) hold the Swedish ad, whatever the language
        # of the moment: modeltranslation writes them from the active language's values.
        with override(search.SWEDISH):
            super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("careers:job-detail", args=[self.pk, self.slug])

    def drawn_key(self):
        """Every value a drawing of the whole ad reads (the feed's entry): a key for `{% once %}`.

        All of the ad's columns, the role's values that the facts show, and the
        people, so that any change to them, saved or not through save(), is a
        new key. Takes the ad with its role and its people fetched together.
        """
        return (*(getattr(self, field.attname) for field in self._meta.concrete_fields),
                self.role.title, self.role.slug, self.role.ssyk_code,
                *((person.name, person.job_title, person.phone, person.email) for person in self.contacts.all()),
                *((person.union, person.name, person.phone) for person in self.union_representatives.all()))

    def clean(self):
        errors = {}
        if self.last_day and self.published_on and self.last_day < self.published_on:
            errors["last_day"] = _("The last application day cannot be before the published date.")
        if self.apply_url and (error := addresses.problem(self.apply_url, local=False)):
            errors["apply_url"] = error
        # The Swedish ad's texts, whatever the language of the moment: the ad the rules are about.
        if not (self.qualifications_sv or "").strip():
            errors["qualifications_sv"] = _(
                "Write the qualifications the job requires: every state ad must state them.")
        if self.employment_form == self.EmploymentForm.FIXED_TERM and not (
                self.ends_on or (self.duration_sv or "").strip()):
            errors["duration_sv"] = _("A fixed-term employment needs its duration: give an end date or describe it.")
        if self.ends_on and self.starts_on and self.ends_on < self.starts_on:
            errors["ends_on"] = _("The employment cannot end before it starts.")
        if (self.pay_min is None) != (self.pay_max is None):
            errors["pay_max" if self.pay_max is None else "pay_min"] = _(
                "Give both the lowest and the highest monthly pay, or neither.")
        elif self.pay_min is not None and self.pay_min > self.pay_max:
            errors["pay_min"] = _("The lowest pay cannot be higher than the highest pay.")
        errors.update(self.clean_recruitment())
        from careers.jobads_translation import english_errors  # (it imports this module)
        errors.update(english_errors(self))
        if errors:
            raise ValidationError(errors)

    def clean_recruitment(self):
        """The status follows the last day, and a decision needs a filled position and its number."""
        errors = {}
        today = timezone.localdate()
        if (self.recruitment_status != self.RecruitmentStatus.CLOSED and self.last_day
                and self.last_day >= today):
            errors["recruitment_status"] = _("The status can be changed after the last application day.")
        if self.decision_posted_on or self.decision_reference.strip():
            if self.recruitment_status != self.RecruitmentStatus.FILLED:
                errors["recruitment_status"] = _("A decision to employ needs the status “filled”.")
            if not self.decision_posted_on:
                errors["decision_posted_on"] = _("Give the day the decision was posted on the notice board.")
            elif self.last_day and self.decision_posted_on <= self.last_day:
                errors["decision_posted_on"] = _(
                    "A decision cannot be posted until the last application day has passed.")
            if not self.decision_reference.strip():
                errors["decision_reference"] = _("Give the reference number of the decision.")
        return errors

    def keep_first_shown(self, today):
        """Set `first_shown_on` while no alert can have sent the ad: alerts cover only days that are over.

        A draft published days after its published date is shown, and sent, from the day it went
        out; a day that is over is never moved again, so an edit cannot send the ad a second time.
        """
        if self.first_shown_on is not None and self.first_shown_on < today and not self._state.adding:
            return  # (a copy starts afresh)
        published = self.status == self.Status.PUBLISHED and self.published_on is not None
        self.first_shown_on = max(self.published_on, today) if published else None

    def visibility(self, today):
        """The state of one ad in the words of the QuerySet's rules (published, open, closed, scheduled)."""
        if self.status != self.Status.PUBLISHED:
            return self.Visibility.DRAFT
        if self.published_on > today:
            return self.Visibility.SCHEDULED
        if self.last_day < today:
            return self.Visibility.CLOSED
        return self.Visibility.OPEN

    def shows_people(self, today):
        """Contact persons and union representatives are personal data: never shown once the ad has closed."""
        return self.visibility(today) != self.Visibility.CLOSED

    @property
    def closes_at(self):
        """The last moment one can apply: the end of the last day, in the site's time zone."""
        return timezone.make_aware(datetime.combine(self.last_day, time.max.replace(microsecond=0)))

    @property
    def status_set_on(self):
        """The day the recruitment's status was set: by HR, or the day after the last day."""
        return self.recruitment_status_set_on or self.last_day + timedelta(days=1)

    @property
    def in_english(self):
        """HR has written the ad in English too (then with its duties: `clean()` asks for both)."""
        return bool(self.title_en)

    @property
    def has_pay_range(self):
        return self.pay_min is not None and self.pay_max is not None

    @property
    def employment_types(self):
        """schema.org's employmentType values for this ad."""
        types = ["FULL_TIME" if self.extent == self.Extent.FULL_TIME else "PART_TIME"]
        if self.employment_form == self.EmploymentForm.FIXED_TERM:
            types.append("TEMPORARY")
        return types


class Contact(models.Model):
    job = models.ForeignKey(JobAd, verbose_name=_("job ad"), on_delete=models.CASCADE, related_name="contacts")
    name = models.CharField(_("name"), max_length=200)
    job_title = models.CharField(_("title"), max_length=200, help_text=_("For example “Unit manager”."))
    phone = models.CharField(_("phone"), max_length=30, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)

    class Meta:
        verbose_name = _("contact person")
        verbose_name_plural = _("contact persons")
        ordering = ["pk"]

    def __str__(self):
        return self.name


class UnionRepresentative(models.Model):
    class Union(models.TextChoices):
        SACO_S = "saco-s", "Saco-S"
        ST = "st", "ST (OFR/S)"
        SEKO = "seko", "Seko"

    job = models.ForeignKey(JobAd, verbose_name=_("job ad"), on_delete=models.CASCADE,
                            related_name="union_representatives")
    union = models.CharField(_("union"), max_length=10, choices=Union.choices)
    name = models.CharField(_("name"), max_length=200)
    phone = models.CharField(_("phone"), max_length=30, blank=True)

    class Meta:
        verbose_name = _("union representative")
        verbose_name_plural = _("union representatives")
        ordering = ["union", "pk"]

    def __str__(self):
        return f"{self.name} ({self.get_union_display()})"
