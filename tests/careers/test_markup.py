"""Editors write a small Markdown; nothing they write can run code on the site."""

import pytest
from django.template.loader import render_to_string

from careers.markup import render


def test_markdown_gives_paragraphs_lists_links_and_emphasis():
    html = render("Hej *du*.\n\n- ett\n- två\n\n[Läs](/om-forsakringskassan/) **mer**")
    assert "<p>Hej <em>du</em>.</p>" in html
    assert "<ul>\n<li>ett</li>\n<li>två</li>\n</ul>" in html
    assert '<a href="/om-forsakringskassan/" rel="noopener noreferrer">Läs</a> <strong>mer</strong>' in html


@pytest.mark.parametrize("attack", [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    '<a href="javascript:alert(1)">klicka</a>',
    "[klicka](javascript:alert(1))",
    "[klicka](JaVaScRiPt:alert(1))",
    "[klicka](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    '<p style="background:url(javascript:alert(1))">x</p>',
    "<style>body{display:none}</style>",
    '<iframe src="https://evil.example"></iframe>',
    '<svg onload=alert(1)>',
    '<a href="https://ok.example" onclick="alert(1)">x</a>',
    "<form action=https://evil.example><input name=p></form>",
    '<object data="x.swf"></object>',
    "<<script>script>alert(1)<</script>/script>",
])
def test_no_script_style_event_handler_or_dangerous_url_gets_through(attack):
    # The new-window icon (an svg from the site's own include) is ours, not the attack's.
    html = render(attack).lower().replace(render_to_string("includes/external_link_note.html").lower(), "")
    for forbidden in ["<script", "onerror", "onload", "onclick", "javascript:", "data:text", "<style",
                      "style=", "<iframe", "<svg", "<form", "<input", "<object"]:
        assert forbidden not in html


def test_links_to_other_websites_open_in_a_new_window_and_say_so():
    html = render("[Värdegrunden](https://www.example.se/vardegrund)")
    assert 'target="_blank"' in html
    assert 'rel="noopener noreferrer"' in html
    assert "Länk till annan webbplats, öppnas i nytt fönster" in html


def test_links_on_the_site_stay_in_the_same_window():
    assert "target" not in render("[Kakor](/kakor/)")


def test_the_same_text_is_converted_once_and_an_edit_is_converted_at_once(monkeypatch):
    """Pages render the same editors' texts again and again; only a changed text costs a conversion."""
    import markdown

    calls = []
    convert = markdown.markdown
    monkeypatch.setattr(markdown, "markdown", lambda text, **kw: calls.append(text) or convert(text, **kw))
    text = "Ett *unikt* stycke för det här testet."
    first, again = render(text), render(text)
    edited = render(text + " Ändrat.")
    assert first == again and "<em>unikt</em>" in first
    assert "Ändrat." in edited
    assert calls == [text, text + " Ändrat."]


@pytest.mark.parametrize("link", [
    "[Läs](/\\evil.example/)",
    "[Läs](//evil.example/)",
    "[Läs](</\t/evil.example/>)",
    '<a href="/&#9;/evil.example/">Läs</a>',
    '<a href="/&#10;/evil.example/">Läs</a>',
    '<a href="https:\\\\evil.example/">Läs</a>',
])
def test_a_link_a_browser_would_take_to_another_site_unmarked_loses_its_address(link):
    html = render(link)
    assert "Läs" in html and "href" not in html and "evil.example" not in html


def test_a_percent_encoded_tab_stays_a_path_on_this_site():
    assert '<a href="/%09/yrkesroller/"' in render("[Läs](/%09/yrkesroller/)")
