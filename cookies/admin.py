from django.contrib import admin

from careers.contentadmin import ContentAdmin
from cookies.models import ConsentRecord, Cookie, CookiePolicy


@admin.register(Cookie)
class CookieAdmin(ContentAdmin):
    list_display = ["name", "category", "third_party", "lifetime", "order"]
    list_editable = ["order"]
    list_filter = ["category", "third_party"]
    search_fields = ["name", "purpose"]
    fields = ["name", "purpose", "category", "third_party", "lifetime", "order"]


@admin.register(CookiePolicy)
class CookiePolicyAdmin(ContentAdmin):
    list_display = ["__str__", "version", "updated_at"]
    fields = ["version"]

    # One row, made by a migration: the version is raised, never removed.
    def has_add_permission(self, request):
        return super().has_add_permission(request) and not CookiePolicy.objects.exists()

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(ConsentRecord)
class ConsentRecordAdmin(admin.ModelAdmin):
    """Proof of consent: visitors write it, nobody edits it; the retention command deletes it."""

    list_display = ["created_at", "consent_id", "choice", "policy_version"]
    list_filter = ["choice", "policy_version"]
    search_fields = ["consent_id"]
    date_hierarchy = "created_at"

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
