from django.contrib import admin
from django.forms.models import BaseInlineFormSet

from benefits.models import Amount, Benefit, VacationTier


class AmountFormSet(BaseInlineFormSet):
    def get_unique_error_message(self, unique_check):
        # Django names the field ("valid_from") here; editors need the rule in words.
        return Amount._meta.constraints[0].violation_error_message


class AmountInline(admin.TabularInline):
    model = Amount
    formset = AmountFormSet
    extra = 0
    fields = ["amount", "unit", "valid_from"]


@admin.register(Benefit)
class BenefitAdmin(admin.ModelAdmin):
    list_display = ["title", "order"]
    list_editable = ["order"]
    search_fields = ["title", "text"]
    inlines = [AmountInline]


@admin.register(VacationTier)
class VacationTierAdmin(admin.ModelAdmin):
    list_display = ["from_age", "days"]
