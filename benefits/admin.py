from django.contrib import admin

from benefits.models import Amount, Benefit, VacationTier


class AmountInline(admin.TabularInline):
    model = Amount
    extra = 0
    fields = ["amount", "unit", "valid_from"]


@admin.register(Benefit)
class BenefitAdmin(admin.ModelAdmin):
    list_display = ["title", "order"]
    list_editable = ["order"]
    search_fields = ["title", "text"]
    inlines = [AmountInline]
    ordering = ["order", "title"]


@admin.register(VacationTier)
class VacationTierAdmin(admin.ModelAdmin):
    list_display = ["from_age", "days"]
    ordering = ["from_age"]
