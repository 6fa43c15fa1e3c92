"""deploy/: nginx's configuration and the systemd units are valid, in step with gunicorn's, and named in the README."""

import re
import runpy
import shutil
import subprocess
from configparser import ConfigParser
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import get_commands

from deploy.proxy import CONFIG, MAIN, site_config

BASE_DIR = Path(__file__).resolve().parents[1]
SYSTEMD = BASE_DIR / "deploy" / "systemd"
TIMED_COMMANDS = ["sendjobalerts", "clearjobalerts", "clearconsentrecords", "clearjobcontacts", "deleterevisions"]
NGINX = shutil.which("nginx") or "/usr/sbin/nginx"  # make test installs Debian's nginx when it is missing


def nginx_setting(name, indent=r"\s*"):
    [value] = re.findall(rf"^{indent}{name} ([^;]+);", CONFIG.read_text(), re.MULTILINE)
    return value


def seconds(value):
    return int(value.removesuffix("s"))


def unit(name):
    parser = ConfigParser(interpolation=None, strict=False)
    parser.optionxform = str
    parser.read(SYSTEMD / name)
    return parser


@pytest.fixture(scope="module")
def gunicorn():
    return runpy.run_path(str(BASE_DIR / "gunicorn.conf.py"))


@pytest.mark.parametrize("tls", [False, True])
def test_nginx_accepts_the_configuration(tmp_path, tls):
    certificate = None
    if tls:
        certificate = (8443, tmp_path / "cert.pem", tmp_path / "key.pem")
        subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj",
                        "/CN=localhost", "-keyout", str(certificate[2]), "-out", str(certificate[1])],
                       check=True, capture_output=True, timeout=60)
    (tmp_path / "jobba.conf").write_text(site_config([8001, 8002], 8000, tmp_path, certificate))
    (tmp_path / "nginx.conf").write_text(MAIN.format(user="", folder=tmp_path))
    result = subprocess.run([NGINX, "-t", "-p", str(tmp_path), "-c", str(tmp_path / "nginx.conf")],
                            capture_output=True, text=True, timeout=30)
    assert result.returncode == 0, result.stderr


def test_nginx_waits_longer_than_gunicorn_and_closes_idle_connections_first(gunicorn):
    # gunicorn's own timeout ends a slow request (and logs it), not nginx's.
    assert seconds(nginx_setting("proxy_read_timeout")) > gunicorn["timeout"]
    assert seconds(nginx_setting("proxy_send_timeout")) > gunicorn["timeout"]
    # nginx drops an idle connection before gunicorn does: never a request on a closing one.
    assert seconds(nginx_setting("keepalive_timeout")) < gunicorn["keepalive"]


def test_nginx_takes_every_body_django_takes():
    limit = nginx_setting("client_max_body_size", indent="    ")  # the server's own
    assert limit.endswith("m") and int(limit[:-1]) * 1024 * 1024 >= settings.DATA_UPLOAD_MAX_MEMORY_SIZE


def test_nginx_takes_a_picture_as_large_as_the_admin_takes_only_on_the_forms_that_upload_one():
    from careers.media import pictures

    [(pattern, limit)] = re.findall(r"location ~ (\S+) \{\s*client_max_body_size (\d+)m;", CONFIG.read_text())
    assert int(limit) * 1024 * 1024 > pictures.MAX_BYTES  # the form's other fields come on top
    admin = "/" + settings.ADMIN_URL
    for model in ("page", "role", "testimonial"):
        assert re.match(pattern, f"{admin}careers/{model}/add/")
        assert re.match(pattern, f"{admin}careers/{model}/12/change/")
    for path in (f"{admin}login/", f"{admin}careers/jobad/1/change/", "/lediga-jobb/bevakning/", "/kakor/"):
        assert not re.match(pattern, path)


def test_nginx_retries_only_what_may_be_repeated():
    # No "non_idempotent": a POST that reached an instance is never sent to the other one too.
    assert nginx_setting("proxy_next_upstream").split() == ["error", "timeout"]
    assert int(nginx_setting("proxy_next_upstream_tries")) == 2


def test_each_timer_runs_its_command_through_the_command_unit():
    command_unit = unit("jobba-command@.service")
    assert command_unit["Service"]["ExecStart"].endswith("manage.py %i")
    timers = sorted(path.name for path in SYSTEMD.glob("*.timer"))
    assert timers == sorted(f"jobba-{command}.timer" for command in TIMED_COMMANDS)
    for command in TIMED_COMMANDS:
        assert command in get_commands()
        timer = unit(f"jobba-{command}.timer")["Timer"]
        assert timer["Unit"] == f"jobba-command@{command}.service"
        assert timer["Persistent"] == "true" and timer["OnCalendar"]


def test_the_instance_unit_reloads_gracefully_and_waits_for_requests_under_way(gunicorn):
    service = unit("jobba@.service")["Service"]
    assert service["Environment"] == "PORT=%i"
    assert service["ExecReload"] == "/bin/kill -s HUP $MAINPID"  # gunicorn's graceful reload
    assert int(service["TimeoutStopSec"]) > gunicorn["graceful_timeout"]


def test_the_readme_points_at_the_files():
    readme = (BASE_DIR / "README.md").read_text(encoding="utf-8")
    for name in ["deploy/nginx.conf", "deploy/systemd/", "jobba@.service", "make proxy",
                 *(f"jobba-{command}.timer" for command in TIMED_COMMANDS)]:
        assert name in readme, name
