from django.contrib import admin
from django.template.response import TemplateResponse
from django.utils import timezone

from careers.alerts import filters
from careers.alerts.models import Subscription


@admin.register(Subscription)
class SubscriptionAdmin(admin.ModelAdmin):
    """How many alerts each set of filters has, and nothing more: no address, no single alert.

    The change list is replaced by a count per filter (a declaration cannot
    group rows), and every way to a single row is closed, so that not even an
    administrator reads a subscriber's address here.
    """

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def has_view_permission(self, request, obj=None):
        return obj is None and super().has_view_permission(request)

    def changelist_view(self, request, extra_context=None):
        if not self.has_view_permission(request):
            return super().changelist_view(request, extra_context)  # the admin's own refusal
        today = timezone.localdate()
        rows = [
            {**row, "described": filters.describe(filters.form(row["query"], today))}
            for row in Subscription.objects.count_per_filter()
        ]
        return TemplateResponse(request, "admin/alerts/subscription/counts.html", {
            **self.admin_site.each_context(request), "opts": self.model._meta, "rows": rows,
            "total": sum(row["total"] for row in rows), "title": self.model._meta.verbose_name_plural,
        })
