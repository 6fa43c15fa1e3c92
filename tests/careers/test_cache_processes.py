"""The page cache across processes: a save in one process reaches pages that others serve.

A real proof with three processes sharing one SQLite file and one cache (the
file cache, as `make serve` runs, or Redis when this test run uses it):
gunicorn with two workers serves the pages, a `manage.py shell` process saves
a page as an editor would, and this test process asks for the page over HTTP.
The workers never see the editor's save signal; only the shared cache can
tell them.
"""

import os
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.request
import uuid
from pathlib import Path

import pytest
from django.conf import settings
from django.urls import reverse

ROOT = Path(__file__).resolve().parents[2]
SLUG = "om-forsakringskassan"


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def redis_url():
    url = os.environ.get("CACHE_URL", "")
    return url if url.startswith(("redis://", "rediss://")) else ""


@pytest.fixture
def shared(tmp_path):
    """Environment for processes that share a database file and a cache folder."""
    port = free_port()
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
        # The cache this test run is configured with when it is Redis (CI's second run), else files.
        "CACHE_URL": redis_url() or f"filecache://{tmp_path / 'cache'}",
        "DJANGO_CACHE_PREFIX": f"test-processes-{uuid.uuid4().hex}",
        "DJANGO_STATIC_ROOT": str(settings.STATIC_ROOT),  # collected for this test run
        "DJANGO_DEBUG": "0",
        "DJANGO_HTTPS": "0",
        "DJANGO_LOG_LEVEL": "WARNING",
        "GUNICORN_BIND": f"127.0.0.1:{port}",
        "GUNICORN_WORKERS": "2",
        "GUNICORN_THREADS": "1",
        "GUNICORN_CONTROL_SOCKET": "off",
    }
    env.pop("DJANGO_SETTINGS_MODULE", None)
    return SimpleEnv(env, f"http://127.0.0.1:{port}", tmp_path / "db.sqlite3")


class SimpleEnv:
    def __init__(self, env, base, db):
        self.env, self.base, self.db = env, base, db

    def manage(self, code):
        subprocess.run([sys.executable, "manage.py", "shell", "-c", code], cwd=ROOT, env=self.env,
                       check=True, capture_output=True, timeout=120)

    def get(self, path):
        with urllib.request.urlopen(self.base + path, timeout=10) as response:
            return response.read().decode()


@pytest.fixture
def gunicorn(shared):
    shared.manage("from django.core.management import call_command; "
                  "call_command('migrate', verbosity=0); call_command('loadcontent', verbosity=0)")
    server = subprocess.Popen([sys.executable, "-m", "gunicorn", "--config", "gunicorn.conf.py", "careers.wsgi"],
                              cwd=ROOT, env=shared.env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                shared.get("/healthz")
                break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    pytest.fail("gunicorn did not start")
                time.sleep(0.2)
        yield shared
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_a_save_in_another_process_reaches_every_worker(gunicorn):
    url = reverse("careers:page-detail", args=[SLUG])
    assert "Tyst ändring." not in gunicorn.get(url)  # now cached, for both workers
    # A change behind Django's back (no save signal) is not seen: the page comes from the cache.
    with sqlite3.connect(gunicorn.db) as db:
        db.execute("UPDATE careers_page SET lead = ? WHERE slug = ?", ("Tyst ändring.", SLUG))
    assert not any("Tyst ändring." in gunicorn.get(url) for _ in range(6))
    # An editor saves the page in a process of its own.
    gunicorn.manage(f"from careers.models import Page; page = Page.objects.get(slug={SLUG!r}); "
                    "page.lead = 'Ny ingress från en redaktör.'; page.save()")
    # Six requests on new connections: whichever worker answers has the new page.
    assert all("Ny ingress från en redaktör." in gunicorn.get(url) for _ in range(6))
