"""Templates stay readable: no line longer than 160 characters, and every include says what it takes."""

from pathlib import Path

import pytest

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
ALL = sorted(p for p in TEMPLATES.rglob("*.html"))
INCLUDES = sorted((TEMPLATES / "includes").glob("*.html"))


@pytest.mark.parametrize("path", ALL, ids=lambda p: str(p.relative_to(TEMPLATES)))
def test_no_template_line_is_longer_than_160_characters(path):
    long = [n for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if len(line) > 160]
    assert not long, f"lines {long} are longer than 160 characters"


@pytest.mark.parametrize("path", INCLUDES, ids=lambda p: p.name)
def test_every_include_starts_with_a_comment_on_what_it_takes(path):
    head = path.read_text(encoding="utf-8")[:400]
    assert "{% comment %}" in head or "{#" in head
