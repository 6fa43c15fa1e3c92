"""Debian's Chromium for the browser tests (tests/browser and tests/e2e), and axe-core to run in it.

Playwright never downloads a browser here: Chromium is launched by path.
"""

import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
AXE_JS = ROOT / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]
# The rule sets of WCAG 2.0, 2.1 and 2.2, levels A and AA.
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


def missing(what):
    """In CI a missing browser is a failure; on a laptop, a loud skip."""
    if os.environ.get("CI") == "true":
        pytest.fail(f"{what}: the browser tests cannot run (CI=true, so this is a failure).")
    pytest.skip(f"BROWSER TESTS NOT RUN: {what} (run tests/browser/ensure-browser.sh as root).")


def chromium():
    """The path of Debian's chromium, or a failure or skip that says it is missing."""
    return shutil.which("chromium") or missing("Debian's chromium is not installed")


def describe(violations):
    """A readable summary of axe violations for an assertion message."""
    lines = []
    for v in violations:
        targets = ", ".join(str(node["target"]) for node in v["nodes"][:5])
        lines.append(f"{v['id']} ({v['impact']}): {v['help']} at {targets}")
    return "\n".join(lines)
