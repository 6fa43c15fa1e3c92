"""gunicorn settings, each from the environment (README.md, "Running in production")."""

import os
from pathlib import Path

port = os.environ.get("PORT", "8000")
bind = os.environ.get("GUNICORN_BIND", f"127.0.0.1:{port}")
workers = int(os.environ.get("GUNICORN_WORKERS", "2"))
threads = int(os.environ.get("GUNICORN_THREADS", "4"))
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
accesslog = "-"
errorlog = "-"
access_log_format = '%(h)s "%(r)s" %(s)s %(b)s %(M)sms "%(a)s"'
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")

# gunicorn 27 opens a control socket at ~/.gunicorn/gunicorn.ctl by default,
# so two instances run by one user would take each other's. Give each bind
# address its own socket in the data folder, or none with GUNICORN_CONTROL_SOCKET=off.
_socket = os.environ.get(
    "GUNICORN_CONTROL_SOCKET",
    str(Path(__file__).resolve().parent / "data" / f"gunicorn-{bind.replace(':', '-')}.ctl"),
)
if _socket == "off" or len(_socket) > 100:  # a Unix socket path has a length limit
    control_socket_disable = True
else:
    control_socket = _socket
