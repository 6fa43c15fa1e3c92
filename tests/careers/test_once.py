"""{% once %}: markup that only the templates, the language and its keys can change is rendered once per process."""

from django.template import Context, Template
from django.utils import translation

from tests.parse import parse


def keyed():
    return Template('{% load careers %}{% once key %}<p>{{ text }}</p>{% endonce %}')


def render(template, **context):
    return template.render(Context(context))


def test_the_first_rendering_for_a_key_is_reused():
    template = keyed()
    assert render(template, key="a", text="först") == "<p>först</p>"
    assert render(template, key="a", text="sedan") == "<p>först</p>"  # nothing outside the key reaches it again
    assert render(template, key="b", text="sedan") == "<p>sedan</p>"


def test_each_language_has_its_own_copy():
    template = Template('{% load careers i18n %}{% once %}{% translate "Open jobs" %}{% endonce %}')
    with translation.override("sv"):
        assert render(template) == "Lediga jobb"
    with translation.override("en"):
        assert render(template) == "Open jobs"


def test_clearing_what_holds_a_value_leaves_the_other_entries():
    # The render bench's new search word: only the entries drawn for that word go.
    from careers.templatetags.careers import OnceNode

    template = keyed()
    render(template, key=("q", "java", ()), text="java")
    render(template, key=("ort", "Visby", (("", "Alla"), ("Visby", "Visby"))), text="Visby")
    OnceNode.clear(holding="Visby")
    assert render(template, key=("q", "java", ()), text="ny") == "<p>java</p>"
    assert render(template, key=("ort", "Visby", (("", "Alla"), ("Visby", "Visby"))), text="ny") == "<p>ny</p>"


def test_a_template_loaded_anew_starts_with_an_empty_store():
    render(keyed(), key="a", text="gammal")
    assert render(keyed(), key="a", text="ny") == "<p>ny</p>"


def test_the_menu_marks_the_page_the_visitor_is_on_on_every_page(client, db):
    from tests.factories import make_role

    make_role("Utredare")
    for path, current in [("/kakor/", "Kakor"), ("/yrkesroller/", "Våra yrkesroller"), ("/kakor/", "Kakor"),
                          ("/lediga-jobb/", "Lediga jobb"), ("/yrkesroller/", "Våra yrkesroller")]:
        menu = parse(client.get(path).content).select_one("nav.imenu")
        assert [a.get_text(strip=True) for a in menu.select("[aria-current=page]")] == [current], path
