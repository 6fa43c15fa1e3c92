from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from careers.models import Link, Page, Role, Section, Testimonial

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
    ordering = ["title"]


@admin.register(Role)
class RoleAdmin(admin.ModelAdmin):
    list_display = ["title", "summary", "order"]
    list_editable = ["order"]
    search_fields = ["title", "summary", "description"]
    prepopulated_fields = {"slug": ["title"]}
    ordering = ["order", "title"]


@admin.register(Testimonial)
class TestimonialAdmin(admin.ModelAdmin):
    list_display = ["name", "job_title", "film_minutes", "order"]
    list_filter = ["job_title"]
    search_fields = ["name", "job_title", "quote", "transcript"]
    ordering = ["order", "name"]


@admin.register(Link)
class LinkAdmin(admin.ModelAdmin):
    list_display = ["title", "url", "page", "is_external", "order"]
    list_editable = ["order"]
    list_filter = ["is_external"]
    search_fields = ["title", "url"]
    ordering = ["order", "title"]
