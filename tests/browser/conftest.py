"""Fixtures for the end-to-end tests in headless Chromium.

One browser for all of them (starting Chromium is the slow part); each test
opens its own context, which is cheap and keeps cookies apart. The browser is
Debian's `chromium`, launched by path: playwright never downloads one.
"""

import io
import os
from pathlib import Path

import pytest
from django.core.management import call_command
from django.test import override_settings
from pytest_django.live_server_helper import LiveServer

from tests.browser.chromium import AXE_JS, AXE_TAGS, CHROMIUM_ARGS, ROOT, chromium, missing

# Playwright's sync API runs an event loop in the test thread, which makes
# Django's ORM refuse to run there ("async context"). The tests only touch the
# database between browser calls, never concurrently, so this is safe here.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

SCREENSHOTS = ROOT / "screenshots"


def pytest_collection_modifyitems(items):
    """Every test in this folder is a browser test (`-m "not browser"` leaves them out)."""
    here = Path(__file__).parent
    for item in items:
        if Path(item.fspath).is_relative_to(here):
            item.add_marker(pytest.mark.browser)


# Package scope: one browser for every test in this folder, closed before other
# folders run, so that tests elsewhere (tests/e2e) can start Playwright's sync
# API themselves: it cannot run twice at once in one thread.
@pytest.fixture(scope="package")
def browser():
    executable = chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def _served_by_the_site(application):
    """The live server's static handler: none, so WhiteNoise serves the files as in production."""
    return application


@pytest.fixture(scope="session")
def live_server(request, django_db_setup):
    """pytest-django's live server, but as production serves it, over plain http.

    pytest-django puts Django's finder-based static handler in front, which
    knows none of the hashed names that the manifest storage puts in pages,
    so every page would lose its stylesheet; here WhiteNoise serves the
    collected files instead. The server builds its middleware once, when it
    starts, so the redirect to https (production's default) is turned off
    before that: the per-test `_plain_http` fixture would come too late.
    """
    plain_http = override_settings(SECURE_SSL_REDIRECT=False)
    plain_http.enable()
    address = request.config.getvalue("liveserver") or os.getenv(
        "DJANGO_LIVE_TEST_SERVER_ADDRESS", "localhost"
    )
    server = LiveServer(address, start=False)
    server.thread.static_handler = _served_by_the_site
    server.start()
    yield server
    server.stop()
    plain_http.disable()


@pytest.fixture
def site(live_server, transactional_db, settings):
    """The live server's base URL (no trailing slash), with the site's real content and example ads."""
    settings.SESSION_COOKIE_SECURE = settings.CSRF_COOKIE_SECURE = False
    call_command("loadcontent", examples=True, stdout=io.StringIO(), stderr=io.StringIO())
    return live_server.url


@pytest.fixture
def axe():
    """`axe(page)` runs axe-core in the page and returns its WCAG A/AA violations.

    The site's CSP (script-src 'self') blocks a script tag with inline source,
    so axe's source is evaluated through the DevTools protocol instead, which
    CSP does not govern; the page under test keeps its real policy.
    """
    if not AXE_JS.exists():
        missing(f"{AXE_JS.relative_to(ROOT)} is missing (npm ci)")
    source = AXE_JS.read_text(encoding="utf-8")

    def run(page):
        if not page.evaluate("() => typeof window.axe === 'object'"):
            page.evaluate(f"() => {{ {source}\n}}")
            page.evaluate("() => { if (!window.axe && typeof axe === 'object') window.axe = axe; }")
        result = page.evaluate(
            "tags => window.axe.run(document, {runOnly: {type: 'tag', values: tags}})", AXE_TAGS
        )
        return result["violations"]

    return run


@pytest.fixture
def screenshot():
    """`screenshot(page, name)` writes screenshots/<name>.png (git-ignored) for a person to look at."""
    SCREENSHOTS.mkdir(exist_ok=True)

    def take(page, name):
        path = SCREENSHOTS / f"{name}.png"
        page.screenshot(path=str(path), full_page=True)
        return path

    return take
