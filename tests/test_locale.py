"""The compiled catalogues in the repository say what their .po sources say."""

import gettext
import os
import shutil
import subprocess
from pathlib import Path

import pytest

BASE_DIR = Path(__file__).resolve().parent.parent
CATALOGUES = sorted(p for p in BASE_DIR.glob("**/locale/sv/LC_MESSAGES/*.po")
                    if ".venv" not in p.parts and "node_modules" not in p.parts)


def test_there_is_a_swedish_catalogue():
    assert BASE_DIR / "locale/sv/LC_MESSAGES/django.po" in CATALOGUES


@pytest.mark.parametrize("po", CATALOGUES, ids=lambda p: str(p.relative_to(BASE_DIR)))
def test_committed_mo_matches_its_po(po, tmp_path):
    if not shutil.which("msgfmt"):
        if os.environ.get("CI") == "true":
            pytest.fail("msgfmt (Debian package gettext) is missing in CI")
        pytest.skip("msgfmt is not installed here; CI checks the catalogues")
    fresh = tmp_path / "django.mo"
    subprocess.run(["msgfmt", "--check", "-o", fresh, po], check=True)
    with open(fresh, "rb") as a, open(po.with_suffix(".mo"), "rb") as b:
        assert gettext.GNUTranslations(a)._catalog == gettext.GNUTranslations(b)._catalog


@pytest.mark.parametrize("po", CATALOGUES, ids=lambda p: str(p.relative_to(BASE_DIR)))
def test_every_message_is_translated(po):
    text = po.read_text()
    assert 'msgstr ""\n\n' not in text.split("\n\n", 1)[1] + "\n\n"
    assert "#, fuzzy" not in text.split("\n\n", 1)[1]
