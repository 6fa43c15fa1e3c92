"""The stylesheet, fonts and icons in static/ are what `make css` builds from the pinned FKUI packages."""

import io
import os
from pathlib import Path

import pytest
from django.core.management import call_command

from careers.management.commands import buildcss

STATIC = Path(__file__).resolve().parent.parent / "static"
BUILT = ["css/site.css", "fonts/inter-400.woff2", "fonts/inter-600.woff2", "fkui/icons.svg", "fkui/LICENSE.md"]


@pytest.fixture(scope="module")
def fresh(tmp_path_factory):
    if not buildcss.SASS.exists():
        if os.environ.get("CI") == "true":
            pytest.fail("node_modules is missing in CI: `make test` runs npm ci")
        pytest.skip("node_modules is missing here (npm ci); CI checks the build")
    out = tmp_path_factory.mktemp("static")
    call_command("buildcss", output=str(out), stdout=io.StringIO())
    return out


@pytest.mark.parametrize("name", BUILT)
def test_committed_file_matches_a_fresh_build(fresh, name):
    assert (STATIC / name).read_bytes() == (fresh / name).read_bytes(), f"static/{name} is stale: run make css"


def test_the_fonts_licence_ships_beside_them():
    text = (STATIC / "fonts" / "OFL.txt").read_text(encoding="utf-8")
    assert "The Inter Project Authors" in text
    assert "SIL OPEN FONT LICENSE Version 1.1" in text


def test_the_stylesheet_loads_two_preloaded_font_files_that_never_swap_in_late():
    """`optional`: text shows at once, and a font that comes late is not swapped in (no layout shift)."""
    import re

    css = (STATIC / "css" / "site.css").read_text(encoding="utf-8")
    assert css.count("@font-face") == 2
    assert css.count("font-display:optional") == 2
    fonts = re.findall(r'url\("\.\./fonts/([^"]+)"\)', css)
    base = (Path(__file__).resolve().parent.parent / "templates" / "base.html").read_text(encoding="utf-8")
    preloaded = re.findall(r'<link rel="preload" href="\{% static \'fonts/([^\']+)\' %\}" as="font" '
                           r'type="font/woff2" crossorigin>', base)
    assert sorted(fonts) == sorted(preloaded) == ["inter-400.woff2", "inter-600.woff2"]


def test_the_icons_carry_no_style_attributes_the_csp_would_block():
    svg = (STATIC / "fkui" / "icons.svg").read_text(encoding="utf-8")
    assert "style=" not in svg
    assert svg.count("<symbol") == len(buildcss.ICONS)


def test_every_icon_the_templates_name_is_in_the_sprite_and_drawn_from_it():
    import re

    from django.template import Context, Template
    from django.templatetags.static import static

    from tests.parse import parse

    templates = Path(__file__).resolve().parent.parent / "templates"
    named = {name for path in templates.rglob("*.html")
             for name in re.findall(r'\{% icon "([a-z-]+)"', path.read_text(encoding="utf-8"))}
    assert {"arrow-down", "error", "new-window"} <= named <= set(buildcss.ICONS)
    svg = parse(Template('{% load careers %}{% icon "error" "label__icon--left" %}').render(Context())).svg
    assert svg["class"] == ["icon", "f-icon-error", "label__icon--left"] and svg["aria-hidden"] == "true"
    assert svg.use["href"] == f"{static('fkui/icons.svg')}#f-icon-error"
