"""The careers texts that have an English version (django-modeltranslation).

Each field named here gets a column per language (title_sv, title_en) beside the
original one, which keeps the Swedish text for the release before this one.
Swedish is required where the field is, English is always optional: an English
page shows the Swedish text, marked as Swedish, where English is missing
(careers/translated.py). Slugs, addresses and numbers are the same in both.
"""

from modeltranslation.translator import TranslationOptions, register

from careers import jobads_translation  # noqa: F401 (registers JobAd's English columns)
from careers.models import Link, Page, Role, Section, Testimonial


class SwedishRequired(TranslationOptions):
    required_languages = ("sv",)


@register(Page)
class PageTranslation(SwedishRequired):
    fields = ("title", "lead", "body", "meta_description")


@register(Section)
class SectionTranslation(SwedishRequired):
    fields = ("heading", "body")


@register(Role)
class RoleTranslation(SwedishRequired):
    fields = ("title", "summary", "description", "requirements")


@register(Testimonial)
class TestimonialTranslation(SwedishRequired):
    fields = ("name", "job_title", "quote", "transcript")


@register(Link)
class LinkTranslation(SwedishRequired):
    fields = ("title",)
