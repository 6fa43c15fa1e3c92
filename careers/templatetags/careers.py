import weakref

from django import template
from django.templatetags.static import static
from django.utils import translation
from django.utils.html import format_html

from careers import language, markup, translated
from careers.models import Section

register = template.Library()

# The template that shows each listing after a section's text on the main page (careers/home.html).
LISTING_TEMPLATES = {
    Section.Listing.ROLES: "careers/listings/roles.html",
    Section.Listing.TESTIMONIALS: "careers/listings/testimonials.html",
    Section.Listing.BENEFITS: "careers/listings/benefits.html",
    Section.Listing.LINKS: "careers/listings/links.html",
}


@register.filter
def markdown(text):
    # A Swedish text on an English page (careers/translated.py) gets Swedish link notes.
    return markup.render(text, getattr(text, "lang", None))


@register.simple_tag
def tr(obj, field):
    """{% tr role "title" as title %}: the text in the page's language, or marked Swedish (careers/translated.py)."""
    return translated.text(obj, field)


@register.filter
def listing_template(listing):
    return LISTING_TEMPLATES[listing]


@register.simple_tag
def icon(name, extra=""):
    """An FKUI icon from the site's sprite (static/fkui/icons.svg, made by `make css`), decorative.

    `name` is an icon in buildcss.ICONS (e.g. "new-window"), `extra` more classes. A tag, not
    an included template: icons sit in every field, link note and paginator, and an include
    costs ten times as much.
    """
    return format_html(
        '<svg focusable="false" class="icon f-icon-{}{}" aria-hidden="true">\n<use href="{}#f-icon-{}"></use>\n</svg>',
        name, f" {extra}" if extra else "", static("fkui/icons.svg"), name)


@register.simple_tag(takes_context=True)
def language_versions(context):
    """The page in Swedish and in English ([] without a request): the header's link, the head's alternates."""
    request = context.get("request")
    return language.versions(request) if request is not None else []


@register.filter
def thousands(number):
    """13000 → "13 000" with a no-break space, as Swedish writes numbers."""
    return f"{number:,}".replace(",", "\u00a0")


class OnceNode(template.Node):
    """Output rendered once per process for each language and set of key values, then reused.

    Only for markup that nothing but the templates, the language and the keys
    can change: the header and footer name routes, never rows; a job card
    names every value it draws. Templates change with a deploy, which starts
    new processes, and a development server that reloads its templates makes
    new nodes, with empty stores. Nothing here needs invalidating: a save
    changes a key, and the old entry is never asked for again.
    """

    max_entries = 2000  # per node: the cards of every open ad fit
    nodes = weakref.WeakSet()  # for clear(): the benchmark's first request of a new process

    def __init__(self, nodelist, keys):
        self.nodelist, self.keys, self.store = nodelist, keys, {}
        self.nodes.add(self)

    def render(self, context):
        key = (translation.get_language(), *(value.resolve(context) for value in self.keys))
        if (html := self.store.get(key)) is None:
            html = self.nodelist.render(context)
            if len(self.store) >= self.max_entries:
                self.store.clear()  # keys of old days and old versions: start again
            self.store[key] = html
        return html

    @classmethod
    def clear(cls, templates=None, holding=None):
        """Empty the stores of every node, or of the nodes in these templates (names); with
        `holding`, only the entries whose key holds that value (a search word nobody asked for)."""
        for node in list(cls.nodes):
            if templates is None or node.origin.template_name in templates:
                if holding is None:
                    node.store.clear()
                else:
                    for key in [key for key in node.store if holding in _values(key)]:
                        del node.store[key]


def _values(key):
    """Every value in a `{% once %}` key, nested tuples opened."""
    for value in key:
        if isinstance(value, tuple):
            yield from _values(value)
        else:
            yield value


@register.tag
def once(parser, token):
    """{% once job.pk job.title … today %}…{% endonce %}: see OnceNode."""
    keys = [parser.compile_filter(bit) for bit in token.split_contents()[1:]]
    nodelist = parser.parse(("endonce",))
    parser.delete_first_token()
    return OnceNode(nodelist, keys)
