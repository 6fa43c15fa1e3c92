from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationAdmin

from careers.contentadmin import ContentAdmin
from cookies.models import ConsentRecord, Cookie, CookiePolicy


@admin.register(Cookie)
class CookieAdmin(TranslationAdmin, ContentAdmin):
    """Swedish and English side by side (cookies/translation.py); the list shows which lack English."""

    list_display = ["name", "category", "third_party", "lifetime", "has_english", "order"]
    list_editable = ["order"]
    list_filter = ["category", "third_party"]
    search_fields = ["name", "purpose_sv", "purpose_en"]
    fields = ["name", "purpose", "category", "third_party", "lifetime", "order"]

    @admin.display(description=_("in English"), boolean=True)
    def has_english(self, cookie):
        return bool(cookie.purpose_en and cookie.lifetime_en)


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

    list_display = ["created_at", "consent_id", "choice", "policy_version", "language"]
    list_filter = ["choice", "policy_version", "language"]
    search_fields = ["consent_id"]
    date_hierarchy = "created_at"

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
