"""The page cache across processes: a save in one process reaches pages that others serve.

A real proof with three processes sharing one database and one cache (the
ones this test run is configured with, else a SQLite file and the file cache,
as `make serve` runs): gunicorn with two workers serves the pages, a
`manage.py shell` process saves a page as an editor would, and this test
process asks for the page over HTTP. The workers never see the editor's save
signal; only the shared cache can tell them.
"""

import threading
import urllib.request
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.conf import settings
from django.urls import reverse

from tests.instances import Site

SLUG = "om-forsakringskassan"


@pytest.fixture
def site(tmp_path):
    site = Site(tmp_path, static_root=settings.STATIC_ROOT)
    try:
        site.prepare()
        site.server = site.start(workers=2, threads=1)
        yield site
    finally:
        site.close()


def get(site, path):
    """On a new connection each time: whichever worker takes it answers."""
    with urllib.request.urlopen(site.server.url + path, timeout=10) as response:
        return response.read().decode()


def shell(site, code):
    site.manage("shell", "-c", f"from careers.models import Page; page = Page.objects.filter(slug={SLUG!r}); {code}")


def test_a_save_in_another_process_reaches_every_worker(site):
    url = reverse("careers:page-detail", args=[SLUG])
    assert "Tyst ändring." not in get(site, url)  # now cached, for both workers
    # A change behind the models' back (an update sends no save signal) is not seen: the page comes from the cache.
    shell(site, "page.update(lead='Tyst ändring.')")
    assert not any("Tyst ändring." in get(site, url) for _ in range(6))
    # An editor saves the page in a process of its own.
    shell(site, "page = page.get(); page.lead = 'Ny ingress från en redaktör.'; page.save()")
    # Six requests on new connections: whichever worker answers has the new page.
    assert all("Ny ingress från en redaktör." in get(site, url) for _ in range(6))


@pytest.fixture
def two_instances(tmp_path):
    """Two deploys of one site, each gunicorn with two workers of four threads, sharing database and cache."""
    site = Site(tmp_path, static_root=settings.STATIC_ROOT, name="stampede")
    site.env["DJANGO_LOG_LEVEL"] = "DEBUG"  # the page cache says when it renders a page
    site.env["PYTHONUNBUFFERED"] = "1"  # and the line is in the log before the page is sent
    try:
        site.prepare()
        site.start(workers=2, threads=4)
        site.start(workers=2, threads=4)
        yield site
    finally:
        site.close()


def renders(site, path):
    line = f"page cache: rendering {path} request_id="  # each line of a request ends with its ID
    return sum(instance.log.read_text().count(line) for instance in site.instances)


def test_after_a_save_many_requests_on_two_instances_render_the_page_once(two_instances):
    site, path, clients = two_instances, reverse("careers:home"), 24
    for instance in site.instances:  # every worker has booted and served another page
        for _ in range(4):
            urllib.request.urlopen(instance.url + reverse("careers:role-list"), timeout=10).read()
    site.manage("clearpagecache")  # what every save does: a new content version for every instance
    assert renders(site, path) == 0
    start = threading.Barrier(clients)

    def visit(n):
        # One public name for both, as behind the proxy: the host is part of a page's key.
        request = urllib.request.Request(site.instances[n % 2].url + path, headers={"Host": "127.0.0.1"})
        start.wait()
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.read()

    with ThreadPoolExecutor(clients) as pool:
        answers = list(pool.map(visit, range(clients)))
    assert {status for status, _ in answers} == {200}
    assert len({body for _, body in answers}) == 1  # the one render, served to everybody
    assert renders(site, path) == 1
