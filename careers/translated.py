"""An editable text in the page's language, or in Swedish, marked as Swedish, where English is missing.

modeltranslation keeps a column per language (careers/translation.py,
benefits/translation.py). Its own fallback would put the Swedish text on an
English page unmarked; here every text knows the language it is in, so a
template can say so: `{% tr role "title" as title %}` and then
`<h1{{ title.attr }}>{{ title }}</h1>` or `{{ title.marked }}` inline. A
screen reader then reads the Swedish words with Swedish sounds, and an
English page never shows an empty box where English is missing.
"""

from urllib.parse import urlsplit

from django.db.models import Exists, OuterRef, Q
from django.urls import NoReverseMatch, Resolver404, resolve, reverse
from django.utils.html import escape, format_html
from django.utils.translation import override
from modeltranslation.translator import translator
from modeltranslation.utils import get_language

SWEDISH = "sv"


class Text(str):
    """A text with the language it is written in; `foreign` when that is not the page's."""

    lang = SWEDISH
    foreign = False

    @classmethod
    def of(cls, value, lang, page_lang):
        text = cls(value)
        text.lang, text.foreign = lang, lang != page_lang
        return text

    @property
    def attr(self):
        """` lang="sv"` for the element that holds a text in another language than the page, else nothing."""
        return format_html(' lang="{}"', self.lang) if self.foreign else ""

    @property
    def marked(self):
        """The text, escaped, in a span that says its language where that is not the page's."""
        return format_html('<span lang="{}">{}</span>', self.lang, str(self)) if self.foreign else escape(str(self))


def text(obj, field):
    """`field` of `obj` in the active language, or its Swedish text marked as Swedish where that is empty."""
    page_lang = get_language()
    if not hasattr(obj, f"{field}_{SWEDISH}"):  # a text kept in Swedish only (the film's text version)
        return Text.of(getattr(obj, field, None) or "", SWEDISH, page_lang)
    own = getattr(obj, f"{field}_{page_lang}", None) or ""
    swedish = "" if own or page_lang == SWEDISH else getattr(obj, f"{field}_{SWEDISH}", None) or ""
    if not swedish:  # English, or nothing in either language (a section with only a listing)
        return Text.of(own, page_lang, page_lang)
    return Text.of(swedish, SWEDISH, page_lang)


def address(url):
    """A Swedish address on this site as the same page's address in the active language; others as they are."""
    if not url.startswith("/") or get_language() == SWEDISH:
        return url
    parts = urlsplit(url)
    try:
        with override(SWEDISH):
            match = resolve(parts.path)
        path = reverse(match.view_name, args=match.args, kwargs=match.kwargs)
    except (Resolver404, NoReverseMatch):
        return url
    return parts._replace(path=path).geturl()


def fields(model):
    """The names of the model's translated fields (title, body…), in the order they were declared."""
    translated = translator.get_options_for_model(model).fields  # a dict of sets: its order is not kept
    return [field.name for field in model._meta.concrete_fields if field.name in translated]


def _empty(name):
    return Q(**{name: ""}) | Q(**{f"{name}__isnull": True})


def lacks_english(model):
    """A filter for the rows with a Swedish text whose English is empty."""
    condition = Q(pk__in=[])
    for field in fields(model):
        condition |= ~_empty(f"{field}_sv") & _empty(f"{field}_en")
    return condition


def lacks_english_within(model, related_model, fk_name):
    """lacks_english() for `model`, or for any of its rows of `related_model` (a page's sections)."""
    inner = related_model._default_manager.filter(lacks_english(related_model), **{fk_name: OuterRef("pk")})
    return lacks_english(model) | Q(Exists(inner))


def missing_english(obj):
    """The verbose names of `obj`'s fields that have Swedish but no English."""
    return [obj._meta.get_field(field).verbose_name for field in fields(type(obj))
            if getattr(obj, f"{field}_sv", None) and not getattr(obj, f"{field}_en", None)]
