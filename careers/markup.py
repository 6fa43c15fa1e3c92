"""The small Markdown that editors write, made safe to show.

Markdown turns the text into HTML; nh3 (the Rust ammonia sanitiser) then keeps
only the tags below, so no editor can put script, style, event handlers or
javascript: links into a page, whatever the Markdown produced. Links to other
websites then open in a new window and say so to screen readers.
"""

import functools
import re

import markdown
import nh3
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, override

from careers import addresses

TAGS = {"p", "ul", "ol", "li", "a", "em", "strong", "br", "h3", "h4", "blockquote"}
ATTRIBUTES = {"a": {"href", "title"}}
URL_SCHEMES = {"https", "http", "mailto", "tel"}
# nh3 writes every attribute quoted with ", so this sees every external link it let through.
EXTERNAL_LINK = re.compile(r'<a href="(https?://[^"]*)"([^>]*)>(.*?)</a>', re.DOTALL)


def _read_as_it_looks(tag, attribute, value):
    """Drop an href that a browser would take elsewhere than it looks (careers/addresses.py):
    `/\\evil.example/`, `//evil.example/` or a tab inside lead to another site, unmarked."""
    if attribute == "href" and (addresses.REPAIRED_BY_BROWSERS.search(value) or value.startswith("//")):
        return None
    return value


def render(text, language=None):
    """`text` as safe HTML; its link notes in `language`, by default the page's."""
    return mark_safe(_render(str(text or ""), language or get_language()))


# Keyed by the text itself (and the language of the link note), so an edit is a
# new key and can never be answered with the old HTML; the same text is then
# converted once per process instead of at every page render, where Markdown
# and the sanitiser were a third of the main page's time. The size bounds the
# memory a process gives it.
@functools.lru_cache(maxsize=2048)
def _render(text, language):
    html = markdown.markdown(text, output_format="html")
    safe = nh3.clean(html, tags=TAGS, attributes=ATTRIBUTES, url_schemes=URL_SCHEMES,
                     attribute_filter=_read_as_it_looks, link_rel="noopener noreferrer")
    if not EXTERNAL_LINK.search(safe):
        return safe
    # The same icon and hidden text as every other link that opens in a new window.
    with override(language):
        note = render_to_string("includes/external_link_note.html")
    return EXTERNAL_LINK.sub(lambda m: f'<a href="{m[1]}"{m[2]} target="_blank">{m[3]} {note}</a>', safe)
