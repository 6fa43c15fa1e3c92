"""What the admin of every content model shares: history with restore, and the Markdown guide.

History is django-reversion's: every save in the admin keeps a version of the
object with its inlines (VersionAdmin follows them by itself), "Historik" lists
who changed what and when, any version can be viewed and restored, and the
change list links to deleted objects that can be recovered.

A model with English texts (careers/translation.py) gets TranslatedContentAdmin:
a Swedish and an English field for each text, and a column and a filter that
show which items still lack English.
"""

from django.contrib import admin
from django.contrib.admin.widgets import AdminTextareaWidget
from django.shortcuts import get_object_or_404
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationAdmin
from reversion.admin import VersionAdmin
from reversion.models import Version

from careers import markup, pagecache, translated

# Each example is shown as written and as the site shows it, through the same
# sanitiser as every page: what the guide promises is what the site does.
MARKDOWN_EXAMPLES = [
    (_("Paragraph"), _("An empty line between two paragraphs.\n\nThe second paragraph.")),
    (_("Emphasis"), _("Text in *italics* and in **bold**.")),
    (_("List"), _("- first point\n- second point")),
    (_("Numbered list"), _("1. first step\n2. second step")),
    (_("Link on this site"), _("[Read about our roles](/yrkesroller/)")),
    (_("Link to another website"), _("[The Swedish Agency for Government Employers](https://www.arbetsgivarverket.se/)")),
    (_("Subheading"), _("### A subheading")),
    (_("Quote"), _("> A quote.")),
]


class MarkdownTextarea(AdminTextareaWidget):
    """A text area with a short guide to the Markdown it takes beside it."""

    def render(self, name, value, attrs=None, renderer=None):
        textarea = super().render(name, value, attrs, renderer)
        return mark_safe(textarea + markdown_guide())


def markdown_guide():
    examples = [(label, source, markup.render(str(source))) for label, source in MARKDOWN_EXAMPLES]
    return render_to_string("admin/markdown_guide.html", {
        "examples": examples,
        "schemes": sorted(markup.URL_SCHEMES),
    })


class MarkdownGuideMixin:
    """Declare `markdown_fields`: each gets the guide beside it (for ModelAdmins and inlines)."""

    markdown_fields = ()

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        # A translated text's columns (body_sv, body_en) are named after the text (body).
        if getattr(db_field, "translated_field", db_field).name in self.markdown_fields:
            kwargs["widget"] = MarkdownTextarea
        return super().formfield_for_dbfield(db_field, request, **kwargs)


class ContentAdmin(MarkdownGuideMixin, VersionAdmin):
    """The admin of a content model: versions kept, restorable, Markdown explained."""

    history_latest_first = True

    def revision_view(self, request, object_id, version_id, extra_context=None):
        # reversion looks a version up by its number and object id only; a
        # version of another model with the same id must not be restored here.
        get_object_or_404(Version.objects.get_for_model(self.model), pk=version_id)
        return self.restored(request, super().revision_view(request, object_id, version_id, extra_context))

    def recover_view(self, request, version_id, extra_context=None):
        get_object_or_404(Version.objects.get_deleted(self.model), pk=version_id)
        return self.restored(request, super().recover_view(request, version_id, extra_context))

    def restored(self, request, response):
        """A restore is saved by the change form like any save; clear the page cache as a save does."""
        if request.method == "POST" and response.status_code == 302:
            pagecache.invalidate()
        return response


class LacksEnglishFilter(admin.SimpleListFilter):
    """Items with a Swedish text whose English is empty: what is left to translate."""

    title = _("English")
    parameter_name = "engelska"

    def lookups(self, request, model_admin):
        return [("saknas", _("Lacks English")), ("klar", _("Translated"))]

    def __init__(self, request, params, model, model_admin):
        self.condition = model_admin.lacks_english()
        super().__init__(request, params, model, model_admin)

    def queryset(self, request, queryset):
        condition = self.condition
        if self.value() == "saknas":
            return queryset.filter(condition)
        if self.value() == "klar":
            return queryset.exclude(condition)
        return queryset


class TranslatedContentAdmin(TranslationAdmin, ContentAdmin):
    """ContentAdmin for a model with English texts: Swedish required, English optional."""

    def get_list_display(self, request):
        return [*super().get_list_display(request), "missing_english"]

    def get_list_filter(self, request):
        return [*super().get_list_filter(request), LacksEnglishFilter]

    def lacks_english(self):
        """The filter for the items that lack English (with a page, its sections count too)."""
        return translated.lacks_english(self.model)

    def english_missing_in(self, obj):
        return [str(name) for name in translated.missing_english(obj)]

    @admin.display(description=_("Lacks English"))
    def missing_english(self, obj):
        return ", ".join(self.english_missing_in(obj)) or "–"
