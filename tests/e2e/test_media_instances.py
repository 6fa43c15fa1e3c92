"""Two gunicorn instances on one bucket: a picture stored through one is the picture both pages show.

The bucket is an S3-compatible server on loopback (tests/objectstorage.py); the
instances are configured only by the environment README.md documents.
"""

import re
import urllib.request

import pytest
from django.conf import settings

from tests.instances import Site
from tests.objectstorage import BUCKET, environment, start_server
from tests.parse import one, parse


@pytest.fixture(scope="module")
def shared(tmp_path_factory, collected_static):
    server, endpoint = start_server()
    site = Site(tmp_path_factory.mktemp("media"), static_root=settings.STATIC_ROOT, name="media")
    site.env.update(environment(endpoint))
    try:
        site.prepare()
        site.manage("loadcontent", "--examples")  # the example portraits, stored in the bucket
        site.a, site.b = site.start(workers=1, threads=2), site.start(workers=1, threads=2)
        site.endpoint = endpoint
        yield site
    finally:
        site.close()
        server.stop()


def get(url):
    with urllib.request.urlopen(url, timeout=30) as response:
        return response.status, response.headers, response.read()


def test_both_instances_show_the_same_portrait_from_the_bucket(shared):
    sources = []
    for instance in (shared.a, shared.b):
        status, headers, html = get(instance.url + "/")
        assert status == 200
        img = one(parse(html.decode()), ".testimonial picture img")
        sources.append(img["src"])
        # The page may load pictures and media from the bucket, and from nowhere else new.
        policy = dict(part.strip().split(" ", 1) for part in headers["Content-Security-Policy"].split(";"))
        assert policy["img-src"] == f"'self' data: {shared.endpoint}/{BUCKET}/"
        assert policy["media-src"] == f"'self' {shared.endpoint}/{BUCKET}/"
    assert sources[0] == sources[1]
    assert re.fullmatch(rf"{shared.endpoint}/{BUCKET}/bilder/testimonial/480\.[0-9a-f]{{16}}\.jpg", sources[0])
    status, headers, data = get(sources[0])
    assert (status, headers["Content-Type"], data[:3]) == (200, "image/jpeg", b"\xff\xd8\xff")
    assert not list((shared.folder / "data").glob("media/**/*.jpg"))  # nothing on either instance's disk
