"""Pages as a reader sees them, for assertions that do not depend on markup.

A test about what a page says asks for the text of a landmark, the rows of a
table, the links by their names, the fields of a form by their names: a change
of classes or wrapper elements (the design system's markup) leaves it alone.
Only tests about markup itself (CSP-safe attributes, the skip link, aria
attributes, JSON-LD) look at tags and attributes.
"""

import re

from bs4 import BeautifulSoup, Tag
from bs4.element import PreformattedString

# Elements that start a new line where a browser renders them; text inside
# anything else (a, em, strong, time, code, span) runs on within its line.
BLOCKS = {
    "address", "article", "aside", "blockquote", "br", "caption", "dd", "details", "div", "dl", "dt",
    "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
    "hr", "label", "legend", "li", "main", "nav", "ol", "option", "p", "section", "select", "summary",
    "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
}
SPACES = re.compile(r"[ \t\n\r\f]+")  # not the no-break space, which the site writes on purpose
BREAK = "\x00"  # where a block begins or ends; never in a page's text


def body(response):
    """The response's body as a string."""
    return response.content.decode()


def get(client, url, **kwargs):
    """The body of a page that must answer 200."""
    response = client.get(url, **kwargs)
    assert response.status_code == 200, (url, response.status_code)
    return body(response)


def parse(page):
    """A response or a string of HTML, parsed."""
    if not isinstance(page, str | bytes):
        page = page.content
    return BeautifulSoup(page, "html.parser")


def text(node):
    """What a reader reads in `node` (a response, a string of HTML or an element), on one line.

    Blocks are kept apart by a space, inline elements run on, and every run
    of whitespace is one space.
    """
    return SPACES.sub(" ", "".join(_pieces(as_tree(node))).replace(BREAK, " ")).strip()


def lines(node):
    """The text of `node` as the lines a browser breaks it into: one per block, empty ones left out.

    `"4 000 kr per år" in lines(page)` says that some block holds exactly that,
    whatever element it is.
    """
    found = (SPACES.sub(" ", line).strip() for line in "".join(_pieces(as_tree(node))).split(BREAK))
    return [line for line in found if line]


def _pieces(node):
    for child in node.children:
        if isinstance(child, Tag):
            if child.name in ("script", "style", "template", "head"):
                continue
            block = BREAK if child.name in BLOCKS else ""
            yield block
            yield from _pieces(child)
            yield block
        elif not isinstance(child, PreformattedString):  # comments, doctype
            yield str(child)


def one(node, selector):
    """The one element that matches a CSS selector; two or none is a failure."""
    found = as_tree(node).select(selector)
    assert len(found) == 1, f"{len(found)} elements match {selector!r}"
    return found[0]


def main(page):
    """The page's main landmark."""
    return one(page, "main")


def main_text(page):
    return text(main(page))


def headings(node, level="h1, h2, h3, h4, h5, h6"):
    """The texts of the headings in `node`, in order."""
    return [text(heading) for heading in as_tree(node).select(level)]


def rows(table):
    """A table's rows (head and body) as lists of cell texts."""
    return [[text(cell) for cell in row.find_all(["th", "td"])] for row in table.find_all("tr")]


def terms(node):
    """Every term of the definition lists in `node` with the text of its description."""
    return {text(term): text(term.find_next_sibling("dd")) for term in as_tree(node).find_all("dt")}


def links(node):
    """Every link in `node` as (href, name), in order."""
    return [(link.get("href"), text(link)) for link in as_tree(node).find_all("a")]


def ad_titles(node):
    """The titles of the ads listed in `node`, in order: the names of the links to ads."""
    return [name for href, name in links(node) if re.fullmatch(r"/lediga-jobb/\d+-[\w-]+/", href)]


def link(node, name):
    """The one link named `name`, or else the one whose name starts with it
    (an external link's name goes on with a note that it leaves the site)."""
    named = [(a, text(a)) for a in as_tree(node).find_all("a")]
    found = [a for a, t in named if t == name] or [a for a, t in named if t.startswith(name)]
    assert len(found) == 1, f"{len(found)} links named {name!r}"
    return found[0]


def hrefs(node):
    return [href for href, _ in links(node)]


def label(node, for_id):
    """The name a label gives the field with this id: its own text, without a hint or an
    error message that the label may hold too."""
    own = one(node, f'label[for="{for_id}"]').find_all(string=True, recursive=False)
    return SPACES.sub(" ", "".join(own)).strip()


def submitted(form):
    """The fields a browser submits with `form`, by name: no buttons, checked boxes only,
    a select's selected options (or its first, for a single select)."""
    fields = {}
    for field in form.find_all(["input", "textarea", "select"]):
        name = field.get("name")
        if not name:
            continue
        if field.name == "select":
            options = field.find_all("option")
            chosen = [o for o in options if o.has_attr("selected")]
            if not chosen and options and not field.has_attr("multiple"):
                chosen = options[:1]
            fields.setdefault(name, []).extend(o.get("value", text(o)) for o in chosen)
            continue
        if field.name == "textarea":
            value = re.sub(r"^\r?\n", "", field.get_text())  # a browser drops the newline right after <textarea>
        else:
            kind = field.get("type", "text").lower()
            if kind in ("submit", "button", "image", "reset", "file"):
                continue
            if kind in ("checkbox", "radio") and not field.has_attr("checked"):
                continue
            value = field.get("value", "on" if kind == "checkbox" else "")
        fields.setdefault(name, []).append(value)
    return fields


def as_tree(node):
    """An element as it is; a response or a string of HTML parsed."""
    return node if isinstance(node, Tag) else parse(node)
