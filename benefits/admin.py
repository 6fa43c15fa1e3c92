from django.contrib import admin
from django.forms.models import BaseInlineFormSet
from modeltranslation.admin import TranslationTabularInline

from benefits.models import Amount, Benefit, VacationTier
from careers.contentadmin import ContentAdmin, TranslatedContentAdmin


class AmountFormSet(BaseInlineFormSet):
    def get_unique_error_message(self, unique_check):
        # Django names the field ("valid_from") here; editors need the rule in words.
        return Amount._meta.constraints[0].violation_error_message


class AmountInline(TranslationTabularInline):
    model = Amount
    formset = AmountFormSet
    extra = 0
    fields = ["amount", "unit", "valid_from"]


@admin.register(Benefit)
class BenefitAdmin(TranslatedContentAdmin):
    list_display = ["title", "order"]
    list_editable = ["order"]
    search_fields = ["title", "text"]
    inlines = [AmountInline]
    markdown_fields = ["text"]


@admin.register(VacationTier)
class VacationTierAdmin(ContentAdmin):
    list_display = ["from_age", "days"]
