from django.contrib import admin
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from careers.models import JobAd, Link, Page, Role, Section, Testimonial

admin.site.site_header = _("Work at Försäkringskassan: administration")
admin.site.site_title = _("Work at Försäkringskassan")
admin.site.index_title = _("Content of the careers site")


class SectionInline(admin.StackedInline):
    model = Section
    extra = 0
    prepopulated_fields = {"anchor": ["heading"]}
    fields = ["order", "heading", "anchor", "body", "listing"]


@admin.register(Page)
class PageAdmin(admin.ModelAdmin):
    list_display = ["title", "slug", "is_published", "publish_from", "updated_at"]
    list_filter = ["is_published"]
    search_fields = ["title", "lead", "body", "sections__heading", "sections__body"]
    prepopulated_fields = {"slug": ["title"]}
    inlines = [SectionInline]
    fields = ["title", "slug", "lead", "body", "meta_description", "is_published", "publish_from"]


@admin.register(Role)
class RoleAdmin(admin.ModelAdmin):
    list_display = ["title", "summary", "order"]
    list_editable = ["order"]
    search_fields = ["title", "summary", "description", "requirements"]
    prepopulated_fields = {"slug": ["title"]}


@admin.register(Testimonial)
class TestimonialAdmin(admin.ModelAdmin):
    list_display = ["name", "job_title", "film_minutes", "order"]
    list_filter = ["job_title"]
    search_fields = ["name", "job_title", "quote", "transcript"]


@admin.register(Link)
class LinkAdmin(admin.ModelAdmin):
    list_display = ["title", "url", "page", "is_external", "order"]
    list_editable = ["order"]
    list_filter = ["is_external"]
    search_fields = ["title", "url"]


class ShownOnSiteFilter(admin.SimpleListFilter):
    """Whether visitors see the ad today: the same rule as the site, from the QuerySet."""

    title = _("shown on the site")
    parameter_name = "visas"

    def lookups(self, request, model_admin):
        return [("ja", _("Yes, open now")), ("nej", _("No"))]

    def queryset(self, request, queryset):
        open_now = JobAd.objects.open(timezone.localdate())
        if self.value() == "ja":
            return queryset.filter(pk__in=open_now)
        if self.value() == "nej":
            return queryset.exclude(pk__in=open_now)
        return queryset


@admin.register(JobAd)
class JobAdAdmin(admin.ModelAdmin):
    list_display = ["title", "reference", "role", "town", "status", "published_on", "last_day"]
    list_filter = [ShownOnSiteFilter, "status", "role", "town", "employment_form", "extent"]
    search_fields = ["title", "reference", "town", "description"]
    list_select_related = ["role"]
    prepopulated_fields = {"slug": ["title"]}
    date_hierarchy = "last_day"
    fieldsets = [
        (None, {"fields": ["title", "slug", "role", "town", "employment_form", "extent", "reference"]}),
        (_("Publishing"), {"fields": ["status", "published_on", "last_day", "apply_url"]}),
        (_("The ad"), {"fields": ["description"]}),
    ]
