"""Two gunicorn instances on one database and one cache, as in production behind a load balancer.

An HR editor saves a change in instance A's admin; instance B, whose page was
already cached, shows it on the next request. PostgreSQL and Redis when
DATABASE_URL and CACHE_URL point there (CI's second run), else SQLite and the
file cache. The site (conftest.py) is shared by the folder: starting it is the slow part.
"""

import re

import pytest
from django.conf import settings
from gunicorn.ctl.client import ControlClient

from tests.e2e import PASSWORD
from tests.instances import Browser
from tests.parse import links

ADMIN = "/" + settings.ADMIN_URL


def logs(site):
    return "\n".join(f"--- {i.log.name}\n{i.log.read_text()[-3000:]}" for i in site.instances)


def benefit_titles(html):
    """(change address, pk, title) of each benefit in the admin's change list."""
    return [(href.split("?")[0], match.group(1), name) for href, name in links(html)
            if (match := re.search(r"/benefits/benefit/(\d+)/change/", href or ""))]


def test_an_edit_in_one_instances_admin_shows_at_once_on_the_other(site):
    editor, visitor = Browser(site.a.url), Browser(site.b.url)
    status, _, _ = editor.get(ADMIN + "login/")
    assert status == 200, logs(site)
    status, headers, _ = editor.submit(ADMIN + "login/?next=" + ADMIN,
                                       {"username": ["redaktor"], "password": [PASSWORD],
                                        "otp_token": [site.backup_codes.pop()]})
    assert (status, headers["Location"]) == (302, ADMIN), logs(site)

    _, _, changelist = editor.get(ADMIN + "benefits/benefit/")
    _, _, before = visitor.get("/")
    change_url, pk, title = next(found for found in benefit_titles(changelist) if before.count(found[2]) == 1)

    # Change the row behind the cache's back (no save signal): B keeps serving
    # the page it cached, which proves the page comes from the cache.
    site.manage("shell", "--no-imports", "-c", "from benefits.models import Benefit; "
                f"Benefit.objects.filter(pk={pk}).update(title='Tyst ändrad')")
    _, _, cached = visitor.get("/")
    assert title in cached and "Tyst ändrad" not in cached

    status, headers, body = editor.submit(change_url, {"title_sv": ["Friskvård i hela landet"]})
    assert status == 302, body[:3000] + logs(site)

    for browser in (visitor, Browser(site.a.url)):
        status, _, after = browser.get("/")
        assert status == 200
        assert "Friskvård i hela landet" in after
        assert title not in after


def test_each_instance_has_its_own_control_socket(site):
    """gunicorn 27's default socket (~/.gunicorn/gunicorn.ctl) would be shared, and taken over."""
    for instance in (site.a, site.b):
        with ControlClient(str(instance.control_socket), timeout=10) as client:
            listeners = client.send_command("show listeners")["listeners"]
        assert [listener["address"] for listener in listeners] == [instance.url]
    assert not (site.folder / "home" / ".gunicorn").exists()


@pytest.mark.parametrize("headers, path", [
    ({"Host": "elak.example.com"}, "/"),
    ({}, "/%00/"),
    ({}, "/?fodelsear=%00"),
    ({"Cookie": "sessionid=" + "x" * 20_000}, "/"),
    ({"Cookie": 'sessionid="\\000\\000\\000\\000\\000\\000\\000\\000"'}, ADMIN + "login/"),
    ({}, "/" + "a" * 9000 + "/"),
])
def test_bad_requests_through_gunicorn_get_4xx(site, headers, path):
    status, _, _ = Browser(site.b.url).request("GET", path, headers=headers)
    assert 400 <= status < 500, logs(site)
