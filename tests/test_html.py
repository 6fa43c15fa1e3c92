"""Every page type is valid HTML by the W3C Nu HTML Checker (npm vnu-jar, run by java).

The pages are those the browser tests visit (tests/browser/pages.py), as a new visitor
and after a choice about cookies, plus the confirmation after that choice and the
pages that refuse a choice; all are checked in one run of the checker.
"""

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from django.core.management import call_command
from django.test import Client

from tests.browser.pages import CONSENT_STATES, PAGE_TYPES
from tests.consent import SAME_ORIGIN

VNU = Path(__file__).resolve().parent.parent / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


def _checker():
    if not VNU.exists() or not shutil.which("java"):
        if os.environ.get("CI") == "true":
            pytest.fail("the Nu HTML checker cannot run in CI: node_modules (npm ci) or java is missing")
        pytest.skip("vnu.jar (npm ci) or java is missing here; CI checks the HTML")
    return ["java", "-Xss16m", "-jar", str(VNU), "--errors-only", "--format", "json"]


@pytest.mark.django_db
def test_every_page_type_has_no_html_errors(tmp_path, settings):
    command = _checker()
    call_command("loadcontent", examples=True, stdout=open(os.devnull, "w"))
    files = []
    for state, choice in CONSENT_STATES.items():
        client = Client()
        if choice:
            client.post("/kakor/val/", {"choice": choice, "next": "/"}, headers=SAME_ORIGIN)
        for page in PAGE_TYPES:
            response = client.get(page.url(""))
            assert response.status_code == page.status, page.name
            files.append(_write(tmp_path, f"{page.name}-{state}", response))
    confirmation = Client().post("/kakor/val/", {"choice": "yes", "next": "/"}, headers=SAME_ORIGIN, follow=True)
    assert 'role="alert"' in confirmation.content.decode()  # the confirmation is on the page checked
    files.append(_write(tmp_path, "cookie-confirmation", confirmation))
    files.append(_write(tmp_path, "choice-refused", Client().post("/kakor/val/", {"choice": "yes"})))
    result = subprocess.run([*command, *map(str, files)], capture_output=True, text=True)
    messages = json.loads(result.stderr or '{"messages": []}')["messages"]
    errors = [f"{Path(m['url']).name}:{m.get('lastLine')}: {m['message']}" for m in messages]
    assert not errors, "\n".join(errors[:40])


def _write(folder, name, response):
    path = folder / f"{name}.html"
    path.write_bytes(response.content)
    return path
