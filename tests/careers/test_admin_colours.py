"""The admin keeps Django's layout and takes Försäkringskassan's colours through its CSS variables."""

from pathlib import Path

import pytest
from django.conf import settings

CSS = Path(settings.BASE_DIR) / "static" / "css" / "admin.css"


@pytest.mark.django_db
def test_the_admin_loads_the_colour_stylesheet_after_its_own(client):
    html = client.get(f"/{settings.ADMIN_URL}login/").content.decode()
    assert html.index("admin/css/base") < html.index("css/admin.")


def test_the_colours_are_fks_header_green_and_action_blue():
    css = CSS.read_text()
    assert "--header-bg: #116a3e;" in css
    assert "--button-bg: #4a52b6;" in css
