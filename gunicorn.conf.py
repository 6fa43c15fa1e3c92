"""gunicorn settings, each from the environment (README.md, "Running in production")."""

import hashlib
import os
import shutil
import tempfile
import time
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent
DATA_DIR = Path(os.environ.get("DJANGO_DATA_DIR", BASE_DIR / "data"))

port = os.environ.get("PORT", "8000")
bind = os.environ.get("GUNICORN_BIND", f"127.0.0.1:{port}")
workers = int(os.environ.get("GUNICORN_WORKERS", "2"))
threads = int(os.environ.get("GUNICORN_THREADS", "4"))
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
# Longer than nginx keeps an idle connection to an instance (deploy/nginx.conf,
# keepalive_timeout 60s), so that nginx, not gunicorn, closes it: a request
# never goes out on a connection gunicorn is closing at that moment.
keepalive = 75
# A reload or stop lets requests under way finish for this long; systemd waits
# longer before it kills (deploy/systemd/jobba@.service, TimeoutStopSec).
graceful_timeout = 30
accesslog = "-"
# Ends with the request's ID as the app's lines do (careers/logformat.py):
# the one the app answered with, taken from nginx's or made there.
access_log_format = '%(h)s "%(r)s" %(s)s %(b)s %(M)sms "%(a)s" request_id=%({x-request-id}o)s'
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")

# gunicorn's own messages and access lines go to stdout, one line per event
# (a traceback included), like the site's (careers/logformat.py). Django puts
# each worker in TIME_ZONE; the master's lines get the same clock.
os.environ["TZ"] = "Europe/Stockholm"
time.tzset()
logconfig_dict = {
    "formatters": {"line": {"()": "careers.logformat.OneLineFormatter"}},
    "handlers": {"stdout": {"class": "logging.StreamHandler", "formatter": "line", "stream": "ext://sys.stdout"}},
    "loggers": {
        "gunicorn.error": {"level": "INFO", "handlers": ["stdout"], "propagate": False},
        "gunicorn.access": {"level": "INFO", "handlers": ["stdout"], "propagate": False},
    },
    "root": {"level": "INFO", "handlers": ["stdout"]},
}


def _control_socket():
    """gunicorn 27 opens a control socket at ~/.gunicorn/gunicorn.ctl (or under
    $XDG_RUNTIME_DIR) by default: a second instance run by the same user
    unlinks the first one's socket and takes its place, and whichever stops
    first removes the other's. So each bind address of each checkout gets its
    own, in the data folder; a Unix socket path has a length limit (108 bytes),
    so a long one moves to the temporary folder under a name made from it.
    """
    path = str(DATA_DIR / f"gunicorn-{bind.replace(':', '-').replace('/', '-')}.ctl")
    if len(path.encode()) > 100:
        digest = hashlib.sha256(path.encode()).hexdigest()[:16]
        path = os.path.join(tempfile.gettempdir(), f"gunicorn-{os.getuid()}-{digest}.ctl")
    return path


control_socket = os.environ.get("GUNICORN_CONTROL_SOCKET") or _control_socket()
# GUNICORN_CONTROL_SOCKET=off: no control socket (and no `gunicornc`).
control_socket_disable = control_socket == "off"


# Prometheus' client in multiprocess mode (careers/metrics.py): each worker
# writes its figures to files in this instance's folder, /metrics adds them up.
# Set before the workers start, so that they load the client in that mode.
metrics_dir = DATA_DIR / "metrics" / bind.replace(":", "-").replace("/", "-")
os.environ["PROMETHEUS_MULTIPROC_DIR"] = str(metrics_dir)


def on_starting(server):
    """A new instance starts counting from zero: the files of the last run are not its own.
    (Not on a reload, SIGHUP: the instance's counts go on through it.)"""
    shutil.rmtree(metrics_dir, ignore_errors=True)
    metrics_dir.mkdir(parents=True)


def child_exit(server, worker):
    """A worker that is gone no longer counts in gauges of live processes (its counters stay in the sums)."""
    from prometheus_client import multiprocess

    multiprocess.mark_process_dead(worker.pid)
