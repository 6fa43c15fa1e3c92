from datetime import timedelta

from django.contrib import admin, messages
from django.contrib.admin.options import ActionLocation
from django.db.models import Q
from django.forms.models import _get_foreign_key
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from modeltranslation.admin import TranslationAdmin, TranslationStackedInline

from careers import (
    filmadmin,  # noqa: F401  the film's admin, in a module of its own
    translated,
)
from careers.contentadmin import ContentAdmin, MarkdownGuideMixin, TranslatedContentAdmin
from careers.media.fields import admin_fields, picture_form
from careers.models import Contact, JobAd, Link, Page, Role, Section, Testimonial, UnionRepresentative
from careers.preview import PreviewMixin

admin.site.site_header = _("Work at Försäkringskassan: administration")
admin.site.site_title = _("Work at Försäkringskassan")
admin.site.index_title = _("Content of the careers site")

ON_THE_LIST_AND_THE_FORM = [ActionLocation.CHANGE_LIST, ActionLocation.CHANGE_FORM]


class SectionInline(MarkdownGuideMixin, TranslationStackedInline):
    model = Section
    extra = 0
    prepopulated_fields = {"anchor": ["heading"]}
    fields = ["order", "heading", "anchor", "body", "listing"]
    markdown_fields = ["body"]


@admin.register(Page)
class PageAdmin(PreviewMixin, TranslatedContentAdmin):
    list_display = ["title", "slug", "is_published", "publish_from", "updated_at"]
    list_filter = ["is_published"]
    search_fields = ["title", "lead", "body", "sections__heading", "sections__body"]
    prepopulated_fields = {"slug": ["title"]}
    inlines = [SectionInline]
    form = picture_form("picture")
    fields = ["title", "slug", "lead", *admin_fields("picture"), "body", "meta_description", "is_published",
              "publish_from"]
    markdown_fields = ["body"]

    def lacks_english(self):
        return translated.lacks_english_within(Page, Section, "page")

    def english_missing_in(self, page):
        sections = [section for section in page.sections.all() if translated.missing_english(section)]
        return [*super().english_missing_in(page), *([str(_("sections"))] if sections else [])]

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("sections")

    def show_in_preview(self, page):
        # A draft or a page set to publish later is previewed as if published now.
        Page.objects.filter(pk=page.pk).update(is_published=True, publish_from=None)


@admin.register(Role)
class RoleAdmin(TranslatedContentAdmin):
    list_display = ["title", "summary", "ssyk_code", "order"]
    list_editable = ["order"]
    search_fields = ["title", "summary", "description", "requirements", "ssyk_code"]
    prepopulated_fields = {"slug": ["title"]}
    markdown_fields = ["description", "requirements"]
    form = picture_form("picture")
    fieldsets = [
        (None, {"fields": ["title", "slug", "summary", "description", "requirements", "ssyk_code", "order"]}),
        (_("Picture"), {"fields": admin_fields("picture")}),
    ]


@admin.register(Testimonial)
class TestimonialAdmin(TranslatedContentAdmin):
    list_display = ["name", "job_title", "film_minutes", "order"]
    list_filter = ["job_title"]
    search_fields = ["name", "job_title", "quote", "transcript"]
    markdown_fields = ["quote", "transcript"]
    form = picture_form("portrait")
    fieldsets = [
        (None, {"fields": ["name", "job_title", "quote", "film_url", "film_minutes", "transcript", "order"]}),
        (_("Portrait"), {"fields": admin_fields("portrait")}),
    ]


@admin.register(Link)
class LinkAdmin(TranslatedContentAdmin):
    list_display = ["title", "url", "page", "is_external", "order"]
    list_editable = ["order"]
    list_filter = ["is_external"]
    search_fields = ["title", "url"]


class ShownOnSiteFilter(admin.SimpleListFilter):
    """Whether visitors see the ad today: the same rules as the site, from the QuerySet."""

    title = _("shown on the site")
    parameter_name = "visas"

    def lookups(self, request, model_admin):
        return [("ja", _("Yes, open now")), ("planerad", _("No, published later")),
                ("stangd", _("No, closed")), ("nej", _("No"))]

    def queryset(self, request, queryset):
        today = timezone.localdate()
        shown = {"ja": JobAd.objects.open(today), "planerad": JobAd.objects.scheduled(today),
                 "stangd": JobAd.objects.closed(today)}
        if self.value() in shown:
            return queryset.filter(pk__in=shown[self.value()].values("pk"))
        if self.value() == "nej":
            return queryset.exclude(pk__in=JobAd.objects.open(today).values("pk"))
        return queryset


class InEnglishFilter(admin.SimpleListFilter):
    """Which ads HR has written in English too (careers/jobads_translation.py)."""

    title = _("in English")
    parameter_name = "engelska"

    def lookups(self, request, model_admin):
        return [("ja", _("Yes")), ("nej", _("No, only in Swedish"))]

    def queryset(self, request, queryset):
        english = Q(title_en__gt="")
        if self.value() == "ja":
            return queryset.filter(english)
        if self.value() == "nej":
            return queryset.exclude(english)
        return queryset


class ContactInline(admin.TabularInline):
    model = Contact
    extra = 1


class UnionRepresentativeInline(admin.TabularInline):
    model = UnionRepresentative
    extra = 2


@admin.register(JobAd)
class JobAdAdmin(PreviewMixin, TranslationAdmin, ContentAdmin):
    # TranslationAdmin: each translated field as its Swedish (required) and English (optional) field.
    list_display = ["title", "reference", "role", "town", "shown_on_site", "in_english", "published_on", "last_day"]
    list_filter = [ShownOnSiteFilter, InEnglishFilter, "status", "recruitment_status", "role", "town",
                   "employment_form", "extent", "remote"]
    search_fields = ["title", "title_en", "reference", "town", "duties", "qualifications"]
    list_select_related = ["role"]
    prepopulated_fields = {"slug": ["title"]}
    date_hierarchy = "last_day"
    inlines = [ContactInline, UnionRepresentativeInline]
    # The order of förordningen (1984:819) 6 §: what the job is, what it asks,
    # then the terms; the customary facts after them.
    fieldsets = [
        (None, {"fields": ["title", "slug", "role", "town", "reference"]}),
        (_("Publishing"), {"fields": ["status", "published_on", "last_day", "apply_url"]}),
        (_("The ad"), {"fields": ["duties", "qualifications", "merits"]}),
        (_("Terms of employment"), {"fields": [
            "employment_form", "probation", "ends_on", "duration", "extent", "working_hours", "starts_on",
            "pay", "pay_min", "pay_max", "openings", "remote", "security_vetting", "citizenship_required"]}),
        (_("After the last application day"), {"fields": [
            "recruitment_status", "recruitment_status_set_on",
            "decision_posted_on", "decision_reference", "decision_appealable", "decision_appeal_until"]}),
    ]
    readonly_fields = ["recruitment_status_set_on", "decision_appeal_until"]
    # Each language's field takes the widget of its untranslated field (modeltranslation's admin).
    markdown_fields = ["duties", "qualifications", "merits"]
    actions = ["close_now", "copy"]

    def save_model(self, request, obj, form, change):
        # The date visitors see beside the status is the day HR last changed it.
        if "recruitment_status" in form.changed_data:
            obj.recruitment_status_set_on = timezone.localdate()
        super().save_model(request, obj, form, change)

    @admin.display(description=_("on the site"))
    def shown_on_site(self, ad):
        visibility = ad.visibility(timezone.localdate())
        if visibility == JobAd.Visibility.SCHEDULED:
            return _("Shown from %(date)s") % {"date": date_format(ad.published_on)}
        return {JobAd.Visibility.OPEN: _("Shown now"), JobAd.Visibility.CLOSED: _("Closed"),
                JobAd.Visibility.DRAFT: _("Draft, not shown")}[visibility]

    @admin.display(description=_("in English"), boolean=True)
    def in_english(self, ad):
        return ad.in_english

    @admin.action(description=_("Close the ad now"), permissions=["change"], location=ON_THE_LIST_AND_THE_FORM)
    def close_now(self, request, queryset):
        """Open and scheduled ads end yesterday: from now on their address says the ad is closed."""
        yesterday = timezone.localdate() - timedelta(days=1)
        closed = 0
        for ad in queryset.published().filter(last_day__gt=yesterday):
            ad.last_day = yesterday
            ad.published_on = min(ad.published_on, yesterday)
            ad.save()  # one by one: the page cache and the history see every save
            self.log_change(request, ad, str(_("Closed the ad.")))
            closed += 1
        if closed:
            self.message_user(request, ngettext("%(count)d ad was closed.", "%(count)d ads were closed.",
                                                closed) % {"count": closed})
        else:
            self.message_user(request, _("None of the chosen ads was open or waiting to be published: "
                                         "nothing was changed."), messages.WARNING)

    @admin.action(description=_("Copy the ad"), permissions=["add"], location=ON_THE_LIST_AND_THE_FORM)
    def copy(self, request, queryset):
        """A new draft with the same facts and the same inline rows, for the next recruitment."""
        copies = [self.copy_ad(request, ad) for ad in queryset]
        self.message_user(request, ngettext("%(count)d ad was copied. The copy is a draft.",
                                            "%(count)d ads were copied. The copies are drafts.",
                                            len(copies)) % {"count": len(copies)})
        if len(copies) == 1:
            return redirect("admin:careers_jobad_change", copies[0].pk)
        return None

    def copy_ad(self, request, ad):
        rows = [(inline.model, _get_foreign_key(JobAd, inline.model, inline.fk_name)) for inline in self.inlines]
        related = [(fk, list(model.objects.filter(**{fk.name: ad}))) for model, fk in rows]
        ad.pk, ad._state.adding, ad.status = None, True, JobAd.Status.DRAFT
        # The next recruitment starts afresh: the old one's status and decision stay with the old ad.
        for field in ("recruitment_status", "recruitment_status_set_on", "decision_posted_on",
                      "decision_reference", "decision_appealable"):
            setattr(ad, field, JobAd._meta.get_field(field).get_default())
        ad.save()
        for fk, objects in related:
            for obj in objects:
                obj.pk, obj._state.adding = None, True
                setattr(obj, fk.name, ad)
                obj.save()
        self.log_addition(request, ad, str(_("Copied from the ad with reference number %(reference)s.")
                                           % {"reference": ad.reference}))
        return ad
