"""/metrics on a real gunicorn with two workers: the figures of both add up, and nginx keeps the page from outside.

The deploy is conftest.py's `proxied` (nginx with deploy/nginx.conf in front
of two instances, each with two workers); Prometheus scrapes each instance on
its own port, as README.md's scrape configuration does.
"""

import os
import re
import signal
import subprocess
import threading
import time
from pathlib import Path

from tests.e2e import METRICS_TOKEN
from tests.instances import Browser

ROLE_LIST = "careers:role-list"


def scrape(instance):
    status, _, text = Browser(instance.url).get("/metrics", headers={"Authorization": f"Bearer {METRICS_TOKEN}"})
    assert status == 200, text
    return text


def answered(text, route, status="200"):
    pattern = rf'^http_request_duration_seconds_count\{{method="GET",route="{route}",status="{status}"\}} (\S+)$'
    found = re.search(pattern, text, re.MULTILINE)
    return float(found.group(1)) if found else 0


def workers_of(instance):
    found = subprocess.run(["pgrep", "-P", str(instance.process.pid)], capture_output=True, text=True)
    return [int(pid) for pid in found.stdout.split()]


def test_a_hundred_requests_across_two_workers_count_a_hundred_even_after_a_worker_dies(proxied):
    instance = proxied.a
    before = answered(scrape(instance), ROLE_LIST)

    statuses = []

    def client():
        for _ in range(25):  # as nginx sends it: the instances run with https on, behind it
            statuses.append(Browser(instance.url).get("/yrkesroller/", headers={"X-Forwarded-Proto": "https"})[0])

    threads = [threading.Thread(target=client) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert statuses == [200] * 100
    folder = Path(proxied.env["DJANGO_DATA_DIR"]) / "metrics" / f"127.0.0.1-{instance.port}"
    writers = {re.search(r"_(\d+)\.db$", path.name).group(1) for path in folder.glob("histogram_*.db")}
    assert len(writers) >= 2, writers  # both workers answered some
    assert answered(scrape(instance), ROLE_LIST) == before + 100

    # A worker killed outright: gunicorn starts another, and what the dead one counted still counts.
    old = workers_of(instance)
    os.kill(old[0], signal.SIGKILL)
    deadline = time.monotonic() + 20
    while len(set(workers_of(instance)) - set(old)) < 1 and time.monotonic() < deadline:
        time.sleep(0.1)
    instance.wait_until_ready()
    assert answered(scrape(instance), ROLE_LIST) == before + 100


def test_nginx_keeps_metrics_from_outside_even_with_the_token(proxied):
    for base in (proxied.https, proxied.nginx.url):
        status, _, _ = Browser(base).get("/metrics", headers={"Authorization": f"Bearer {METRICS_TOKEN}"})
        assert status == 404


def test_a_wrong_token_gets_401_on_the_instance(proxied):
    status, _, _ = Browser(proxied.a.url).get("/metrics", headers={"Authorization": "Bearer fel"})
    assert status == 401
