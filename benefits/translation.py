"""The benefits' texts that have an English version (see careers/translation.py).

Vacation tiers are ages and days only: nothing in them to translate.
"""

from modeltranslation.translator import register

from benefits.models import Amount, Benefit
from careers.translation import SwedishRequired


@register(Benefit)
class BenefitTranslation(SwedishRequired):
    fields = ("title", "text")


@register(Amount)
class AmountTranslation(SwedishRequired):
    fields = ("unit",)
