"""Marking the Swedish text of an ad shown on an English page (careers/jobads_translation.py).

An ad without English is shown in Swedish on the English site: its title and texts carry
`lang="sv"`, so that a screen reader reads them in Swedish and a browser translates them.
"""

from django import template
from django.utils.html import format_html

from careers.jobads_translation import foreign_language, page_language
from careers.search import SWEDISH

register = template.Library()


@register.filter
def lang_attr(obj, field):
    """` lang="sv"` for an element holding `obj.<field>` when it is not in the page's language, else ""."""
    language = foreign_language(obj, field)
    return format_html(' lang="{}"', language) if language else ""


@register.filter
def marked(obj, field):
    """`obj.<field>`, in a `<span lang>` when it is not in the page's language."""
    value = getattr(obj, field)
    language = foreign_language(obj, field)
    return format_html('<span lang="{}">{}</span>', language, value) if language else value


@register.filter
def in_swedish(value):
    """A text that is only ever written in Swedish (the pay's own words), marked so on other pages."""
    return value if page_language() == SWEDISH else format_html('<span lang="sv">{}</span>', value)
