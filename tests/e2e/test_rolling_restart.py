"""A deploy drops nothing: under load through nginx, each instance is restarted in turn and every request is answered.

The deploy (conftest.py's `proxied`) is nginx with deploy/nginx.conf in front
of two instances. Clients send GETs through nginx without a pause while each
instance in turn is reloaded as `systemctl reload jobba@PORT` does (SIGHUP:
new workers, the old ones finish what they answer) and then stopped and
started again as `systemctl restart jobba@PORT` does (SIGTERM: the listening
socket closes at once; nginx tries the other instance). Each step waits, as
README.md's procedure does, until the instance answers and nginx's
fail_timeout has passed: until then nginx may still hold it as down after the
failures of its restart, and would have no instance for a request that the next
step's instance refuses. Not one request may fail or get anything but 200.
Loopback only, about three quarters of a minute.
"""

import signal
import subprocess
import threading
import time
from collections import Counter

from deploy.proxy import FAIL_TIMEOUT
from tests.instances import Browser, Instance

PATHS = ["/", "/yrkesroller/", "/lediga-jobb/", "/medarbetare/", "/healthz"]
CLIENTS = 8


def workers_of(instance):
    found = subprocess.run(["pgrep", "-P", str(instance.process.pid)], capture_output=True, text=True)
    return set(found.stdout.split())


def reload(instance, seconds=30):
    """SIGHUP, then wait until the old workers are gone and as many new ones answer."""
    old = workers_of(instance)
    instance.process.send_signal(signal.SIGHUP)
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        now = workers_of(instance)
        if now and not now & old and len(now) == len(old):
            instance.wait_until_ready()
            time.sleep(FAIL_TIMEOUT + 0.5)
            return
        time.sleep(0.1)
    raise AssertionError(f"the workers of {instance.port} were not replaced within {seconds} s")


def restart(site, instance):
    """SIGTERM (gunicorn's graceful stop), then a new gunicorn on the same port, as systemd restarts a unit."""
    instance.stop()
    new = Instance(site, instance.port, workers=2, threads=4)
    site.instances[site.instances.index(instance)] = new
    time.sleep(FAIL_TIMEOUT + 0.5)
    return new


class Load:
    """CLIENTS threads sending GETs to nginx over https until stopped."""

    def __init__(self, url):
        self.url, self.running = url, True
        self.statuses, self.errors, self.lock = Counter(), [], threading.Lock()
        self.threads = [threading.Thread(target=self.client, args=(n,)) for n in range(CLIENTS)]

    def client(self, number):
        n = number
        while self.running:
            n += 1
            path = PATHS[n % len(PATHS)] + (f"?utm_source=utrullning{number}-{n}" if n % 10 == 0 else "")
            try:
                status, _, _ = Browser(self.url).get(path)
                with self.lock:
                    self.statuses[status] += 1
            except OSError as error:
                with self.lock:
                    self.errors.append(f"{path}: {error!r}")

    def __enter__(self):
        for thread in self.threads:
            thread.start()
        return self

    def __exit__(self, *exc):
        self.running = False
        for thread in self.threads:
            thread.join(timeout=30)

    def total(self):
        with self.lock:
            return sum(self.statuses.values()) + len(self.errors)


def test_restarting_each_instance_in_turn_under_load_drops_no_request(proxied):
    timeline = []
    with Load(proxied.https) as load:
        time.sleep(2)
        for name in ("a", "b"):
            before = load.total()
            reload(getattr(proxied, name))
            timeline.append((f"reload {name}", load.total() - before))
        for name in ("a", "b"):
            before = load.total()
            setattr(proxied, name, restart(proxied, getattr(proxied, name)))
            timeline.append((f"restart {name}", load.total() - before))
        time.sleep(2)
    assert not load.errors, load.errors[:10]
    assert set(load.statuses) == {200}, load.statuses
    # Requests were answered during every step, not only before and after.
    assert all(answered > CLIENTS for _, answered in timeline), timeline
    # Both restarted instances answer on their own again.
    for instance in (proxied.a, proxied.b):
        instance.wait_until_ready()
