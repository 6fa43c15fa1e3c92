"""Real gunicorn instances of the site on loopback ports, sharing one database and one cache.

Used by the end-to-end tests, tests/careers/test_cache_processes.py and
bench/loadtest.py. The database and cache follow DATABASE_URL and CACHE_URL:
with PostgreSQL a database of its own is created (and dropped afterwards) on
that server, with Redis a key prefix of its own is used (and its keys
deleted); without them, a SQLite file and a file cache in the given folder.
Nothing of the developer's own data is touched.
"""

import os
import secrets
import socket
import ssl
import subprocess
import sys
import time
import urllib.request
from http.client import HTTPConnection, HTTPSConnection
from http.cookies import SimpleCookie
from pathlib import Path
from urllib.parse import urlencode, urlsplit

import environ

from tests.parse import one, submitted

BASE_DIR = Path(__file__).resolve().parents[1]


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Site:
    """A throwaway deploy: environment, database, cache, static files; then `start()` instances."""

    def __init__(self, folder, static_root=None, name="e2e"):
        self.folder = Path(folder)
        self.name = name  # in the database's name: two sites of one test run must not share one
        self.instances = []
        self.database = None
        self.cache_prefix = f"{name}-{os.getpid()}-{secrets.token_hex(4)}"
        self.env = {
            "PATH": os.environ["PATH"],
            "HOME": str(self.folder / "home"),  # so that nothing lands in the real ~ (gunicorn's socket)
            "LANG": "C.UTF-8",
            "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
            "DJANGO_DATA_DIR": str(self.folder / "data"),
            "DJANGO_STATIC_ROOT": str(static_root or self.folder / "static"),
            "DJANGO_HTTPS": "0",
            "DJANGO_CACHE_PREFIX": self.cache_prefix,
            "DJANGO_LOG_LEVEL": "WARNING",
        }
        (self.folder / "home").mkdir(parents=True, exist_ok=True)
        if url := os.environ.get("DATABASE_URL"):
            self.env["DATABASE_URL"] = self._create_database(url)
        if url := os.environ.get("CACHE_URL"):
            self.env["CACHE_URL"] = url

    def _create_database(self, url):
        config = environ.Env.db_url_config(url)
        if config["ENGINE"] != "django.db.backends.postgresql":
            return url
        self.database = (config, f"{config['NAME']}_{self.name}_{os.getpid()}_{secrets.token_hex(3)}")
        with self._admin_connection() as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{self.database[1]}"')
            connection.execute(f'CREATE DATABASE "{self.database[1]}"')
        return urlsplit(url)._replace(path="/" + self.database[1]).geturl()

    def _admin_connection(self):
        import psycopg

        config = self.database[0]
        return psycopg.connect(host=config["HOST"] or None, port=config["PORT"] or None,
                               user=config["USER"] or None, password=config["PASSWORD"] or None,
                               dbname="postgres", autocommit=True)

    def manage(self, *args, env=None):
        result = subprocess.run([sys.executable, "manage.py", *args], cwd=BASE_DIR, env={**self.env, **(env or {})},
                                capture_output=True, text=True, timeout=180)
        if result.returncode != 0:
            raise RuntimeError(f"manage.py {' '.join(args)} failed:\n{result.stdout}\n{result.stderr}")
        return result.stdout

    def prepare(self, collect_static=False):
        """What a deploy does before gunicorn starts."""
        self.manage("migrate", "--noinput")
        self.manage("loadcontent")
        if collect_static:
            self.manage("collectstatic", "--noinput", "--verbosity", "0")

    def start(self, workers=2, threads=4):
        instance = Instance(self, free_port(), workers, threads)
        self.instances.append(instance)
        return instance

    def close(self):
        for instance in self.instances:
            instance.stop()
        if self.database:
            with self._admin_connection() as connection:
                connection.execute(f'DROP DATABASE IF EXISTS "{self.database[1]}" WITH (FORCE)')
        if (url := self.env.get("CACHE_URL", "")).startswith("redis"):
            import redis

            client = redis.Redis.from_url(url)
            for key in client.scan_iter(match=f"{self.cache_prefix}:*"):
                client.delete(key)


class Instance:
    """`gunicorn --config gunicorn.conf.py careers.wsgi` on its own port, as README.md says."""

    def __init__(self, site, port, workers, threads):
        self.port = port
        self.url = f"http://127.0.0.1:{port}"
        self.log = site.folder / f"gunicorn-{port}.log"
        self.control_socket = Path(site.env["DJANGO_DATA_DIR"]) / f"gunicorn-127.0.0.1-{port}.ctl"
        env = {**site.env, "PORT": str(port), "GUNICORN_WORKERS": str(workers), "GUNICORN_THREADS": str(threads)}
        with open(self.log, "wb") as log:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "gunicorn", "--config", "gunicorn.conf.py", "careers.wsgi"],
                cwd=BASE_DIR, env=env, stdout=log, stderr=subprocess.STDOUT,
            )
        try:
            self.wait_until_ready()
        except RuntimeError:
            self.stop()  # not in the site's list yet: nobody else would stop it
            raise

    def wait_until_ready(self, seconds=30):
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"gunicorn on {self.port} stopped:\n{self.log.read_text()}")
            try:
                with urllib.request.urlopen(self.url + "/healthz", timeout=2) as response:
                    if response.status == 200:
                        return
            except OSError:
                time.sleep(0.2)
        raise RuntimeError(f"gunicorn on {self.port} did not answer within {seconds} s:\n{self.log.read_text()}")

    def stop(self):
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


class Browser:
    """Just enough of a browser for the admin: cookies, GET, POST of a form; no redirects followed.

    `source`: the loopback address to connect from (all of 127.0.0.0/8 is this
    machine), so that a proxy sees different clients. Over https any
    certificate is taken: the tests make their own.
    """

    def __init__(self, base_url, source="127.0.0.1"):
        self.base = urlsplit(base_url)
        self.source = source
        self.cookies = SimpleCookie()

    def connection(self):
        if self.base.scheme == "https":
            return HTTPSConnection(self.base.hostname, self.base.port, timeout=30, source_address=(self.source, 0),
                                   context=ssl._create_unverified_context())
        return HTTPConnection(self.base.hostname, self.base.port, timeout=30, source_address=(self.source, 0))

    def request(self, method, path, body=None, headers=None):
        connection = self.connection()
        headers = {"Host": self.base.netloc, **(headers or {})}
        if cookies := "; ".join(f"{name}={morsel.value}" for name, morsel in self.cookies.items()):
            headers["Cookie"] = cookies
        if body is not None:
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        try:
            connection.request(method, path, body=body, headers=headers)
            response = connection.getresponse()
            text = response.read().decode("utf-8", "replace")
        finally:
            connection.close()
        for header in response.headers.get_all("Set-Cookie") or []:
            self.cookies.load(header)
        return response.status, response.headers, text

    def get(self, path, headers=None):
        return self.request("GET", path, headers=headers)

    def post(self, path, fields, headers=None):
        referer = f"{self.base.scheme}://{self.base.netloc}{path}"  # absolute, as over https Django's CSRF check wants
        return self.request("POST", path, urlencode(fields, doseq=True).encode(),
                            headers={"Referer": referer, **(headers or {})})

    def submit(self, path, changes, headers=None):
        """GET the form at `path`, change some fields, POST it back as a browser would.

        The page's one POST form besides the admin's logout button.
        """
        status, _, html = self.get(path)
        assert status == 200, (path, status)
        fields = submitted(one(html, 'form[method="post"]:not(#logout-form)'))
        fields.update(changes)
        return self.post(path, fields, headers)
