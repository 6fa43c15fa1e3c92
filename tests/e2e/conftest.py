"""One throwaway deploy with two gunicorn instances for all end-to-end tests: starting it is the slow part."""

import re
import subprocess

import pytest
from django.conf import settings

from deploy.proxy import Nginx
from tests.e2e import METRICS_TOKEN, PASSWORD
from tests.editors import secret_of
from tests.instances import Site, free_port
from tests.smtp import start_server


@pytest.fixture(scope="package")
def site(tmp_path_factory, collected_static):
    site = Site(tmp_path_factory.mktemp("instances"), static_root=settings.STATIC_ROOT)
    try:
        site.prepare()
        enrolment = site.manage("createhreditor", "--username", "redaktor", "--noinput", "--static-codes",
                                env={"DJANGO_HR_EDITOR_PASSWORD": PASSWORD})
        # The editor's app (its secret) and backup codes: each test's login uses up one code.
        site.editor_secret = secret_of(enrolment)
        site.backup_codes = re.findall(r"^  ([a-z2-7]{8})$", enrolment, re.MULTILINE)
        site.a, site.b = site.start(), site.start()
        yield site
    finally:
        site.close()


def certificate(folder):
    """A self-signed certificate for 127.0.0.1: (certificate, key)."""
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
                    "-subj", "/CN=127.0.0.1", "-keyout", str(key), "-out", str(cert)],
                   check=True, capture_output=True, timeout=60)
    return cert, key


@pytest.fixture(scope="package")
def proxied(tmp_path_factory, collected_static):
    """nginx with deploy/nginx.conf (plain http and TLS) in front of two instances configured for it."""
    folder = tmp_path_factory.mktemp("proxy")
    inbox, smtp = start_server()
    site = Site(folder, static_root=settings.STATIC_ROOT, name="proxy")
    site.env.update({
        "DJANGO_HTTPS": "1",
        "DJANGO_SECURE_PROXY_SSL_HEADER": "HTTP_X_FORWARDED_PROTO,https",
        "DJANGO_CLIENT_IP_HEADER": "HTTP_X_FORWARDED_FOR",
        "DJANGO_SITE_URL": "https://127.0.0.1",
        "EMAIL_URL": f"smtp://127.0.0.1:{inbox.port}",
        "DJANGO_LOG_LEVEL": "INFO",
        "METRICS_TOKEN": METRICS_TOKEN,
    })
    nginx = None
    try:
        site.prepare()
        site.manage("createhreditor", "--username", "redaktor", "--noinput",
                    env={"DJANGO_HR_EDITOR_PASSWORD": PASSWORD})
        site.a, site.b = site.start(), site.start()
        tls_port = free_port()
        nginx = Nginx(folder / "nginx", [site.a.port, site.b.port], free_port(),
                      tls=(tls_port, *certificate(folder)))
        site.nginx, site.https, site.inbox = nginx, f"https://127.0.0.1:{tls_port}", inbox
        yield site
    finally:
        if nginx:
            nginx.stop()
        site.close()
        smtp.stop()
