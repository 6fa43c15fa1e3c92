"""`make proxy`: the production layout on this machine: two gunicorn instances behind Debian's nginx.

    .venv/bin/python deploy/proxy.py        # nginx on $PORT (8000), the instances on $PORT+1 and $PORT+2

nginx runs deploy/nginx.conf itself, with only what differs from a server
changed (`site_config()`): the listen address, the instances' ports, the
certificate and the log folder; everything else (headers, retries, timeouts,
limits) is the file's own, so what the tests prove through it is what ops
deploy. The instances use the site's environment as `make serve` does: the
database and cache of DATABASE_URL and CACHE_URL, else SQLite and the file
cache in data/. The tests start the same nginx (`Nginx`) in front of
tests/instances.py's throwaway instances.
"""

import os
import re
import shutil
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
CONFIG = BASE_DIR / "deploy" / "nginx.conf"
UPSTREAMS = ["    server 127.0.0.1:8001 max_fails=1 fail_timeout=2s;\n",
             "    server 127.0.0.1:8002 max_fails=1 fail_timeout=2s;\n"]
# How long nginx leaves an instance alone after a failed try: a rolling restart
# waits this long after an instance answers again before it touches the next.
FAIL_TIMEOUT = int(re.search(r"fail_timeout=(\d+)s", UPSTREAMS[0]).group(1))
TLS = ["    listen 443 ssl http2;\n", "    ssl_certificate /etc/ssl/jobba/fullchain.pem;\n",
       "    ssl_certificate_key /etc/ssl/jobba/privkey.pem;\n"]


def _replace(text, old, new):
    assert text.count(old) == 1, f"deploy/nginx.conf no longer has {old.strip()!r} once"
    return text.replace(old, new)


def site_config(upstream_ports, port, folder, tls=None):
    """deploy/nginx.conf for instances on `upstream_ports` and nginx on 127.0.0.1:`port`.

    `tls`: (port, certificate, key) for the https server, else it is left out.
    """
    text = CONFIG.read_text()
    servers = "".join(UPSTREAMS[0].replace("8001", str(p)) for p in upstream_ports)
    text = _replace(text, "".join(UPSTREAMS), servers)
    text = _replace(text, "    listen 80;\n", f"    listen 127.0.0.1:{port};\n")
    if tls:
        tls_port, certificate, key = tls
        text = _replace(text, TLS[0], f"    listen 127.0.0.1:{tls_port} ssl http2;\n")
        text = _replace(text, TLS[1], f"    ssl_certificate {certificate};\n")
        text = _replace(text, TLS[2], f"    ssl_certificate_key {key};\n")
    else:
        for line in TLS:
            text = _replace(text, line, "")
    return _replace(text, "/var/log/nginx/jobba.access.log", str(Path(folder) / "access.log"))


MAIN = """\
# The main configuration Debian's /etc/nginx/nginx.conf would be, in a folder of our own.
{user}daemon off;
worker_processes 2;
pid {folder}/nginx.pid;
error_log {folder}/error.log warn;
events {{ worker_connections 1024; }}
http {{
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    client_body_temp_path {folder}/body;
    proxy_temp_path {folder}/proxy;
    fastcgi_temp_path {folder}/fastcgi;
    uwsgi_temp_path {folder}/uwsgi;
    scgi_temp_path {folder}/scgi;
    include {folder}/jobba.conf;
}}
"""


class Nginx:
    """Debian's nginx with deploy/nginx.conf on 127.0.0.1:`port`, in front of instances on `upstream_ports`."""

    def __init__(self, folder, upstream_ports, port, tls=None):
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        self.port = port
        self.url = f"http://127.0.0.1:{port}"
        self.access_log = self.folder / "access.log"
        (self.folder / "jobba.conf").write_text(site_config(upstream_ports, port, self.folder, tls))
        # As root nginx's workers would run as "nobody", who cannot write here.
        user = f"user {os.environ.get('USER') or 'root'};\n" if os.geteuid() == 0 else ""
        (self.folder / "nginx.conf").write_text(MAIN.format(user=user, folder=self.folder))
        nginx = shutil.which("nginx") or "/usr/sbin/nginx"  # not on a user's PATH on Debian
        if not Path(nginx).exists():
            raise RuntimeError("nginx is missing: apt-get install nginx (make test and make proxy do)")
        self.process = subprocess.Popen([nginx, "-p", str(self.folder), "-c", str(self.folder / "nginx.conf")],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
        self.wait_until_listening()

    def wait_until_listening(self, seconds=10):
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"nginx stopped:\n{(self.folder / 'error.log').read_text()}")
            try:
                with urllib.request.urlopen(self.url + "/healthz", timeout=2):
                    return
            except urllib.error.HTTPError:
                return  # nginx answers; whether the instances do is the caller's business
            except OSError:
                time.sleep(0.1)
        raise RuntimeError(f"nginx did not answer on {self.port} within {seconds} s")

    def stop(self):
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGQUIT)  # nginx's graceful stop
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def main():
    port = int(os.environ.get("PORT", "8000"))
    folder = Path(os.environ.get("DJANGO_DATA_DIR", BASE_DIR / "data")) / "nginx"
    env = {**os.environ, "DJANGO_CLIENT_IP_HEADER": os.environ.get("DJANGO_CLIENT_IP_HEADER", "HTTP_X_FORWARDED_FOR")}
    instances = []
    for instance_port in (port + 1, port + 2):
        instances.append(subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "--config", "gunicorn.conf.py", "careers.wsgi"],
            cwd=BASE_DIR, env={**env, "PORT": str(instance_port)}))
    nginx = None
    try:
        for instance_port in (port + 1, port + 2):
            _wait_for(f"http://127.0.0.1:{instance_port}/healthz")
        nginx = Nginx(folder, [port + 1, port + 2], port)
        print(f"nginx on http://127.0.0.1:{port}/ in front of gunicorn on {port + 1} and {port + 2} "
              f"(deploy/nginx.conf; its log in {folder}). Ctrl-C stops all three.", flush=True)
        nginx.process.wait()
    except KeyboardInterrupt:
        pass
    finally:
        if nginx:
            nginx.stop()
        for instance in instances:
            instance.terminate()
            instance.wait()


def _wait_for(url, seconds=30):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            time.sleep(0.2)
    sys.exit(f"{url} did not answer within {seconds} s")


if __name__ == "__main__":
    main()
