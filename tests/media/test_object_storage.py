"""Uploaded files in S3-compatible object storage (django-storages), against a real server on loopback."""

import io
import urllib.request

import environ
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from careers.media import config
from careers.models import Testimonial as Colleague
from tests.media.test_pictures import phone_photo, post_change
from tests.objectstorage import BUCKET, client, environment, start_server
from tests.parse import one, parse

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def bucket():
    server, endpoint = start_server()
    yield endpoint
    server.stop()


@pytest.fixture
def in_bucket(bucket, settings, monkeypatch):
    for name, value in environment(bucket).items():
        monkeypatch.setenv(name, value)
    storage, _root, url, hosts = config.media(environ.Env(), settings.DATA_DIR)
    settings.STORAGES = {**settings.STORAGES, "default": storage}
    settings.MEDIA_URL = url
    return url, hosts


def fetch(url, headers=None):
    with urllib.request.urlopen(urllib.request.Request(url, headers=headers or {}), timeout=10) as response:
        return response.status, response.headers, response.read()


def test_the_environment_names_the_bucket_its_address_and_the_csp_source(bucket, in_bucket, settings):
    url, hosts = in_bucket
    assert url == f"{bucket}/{BUCKET}/" and hosts == [url]
    assert settings.STORAGES["default"]["BACKEND"] == "careers.media.storage.ObjectStorage"


def test_a_custom_domain_is_the_address_and_the_only_source(monkeypatch, settings):
    monkeypatch.setenv("DJANGO_MEDIA_S3_BUCKET", "jobba")
    monkeypatch.setenv("DJANGO_MEDIA_S3_CUSTOM_DOMAIN", "media.jobba.example")
    storage, _root, url, hosts = config.media(environ.Env(), settings.DATA_DIR)
    assert (url, hosts, storage["OPTIONS"]["custom_domain"]) == (
        "https://media.jobba.example/", ["https://media.jobba.example/"], "media.jobba.example")


def test_without_a_bucket_files_stay_in_the_data_folder_and_no_host_is_added(monkeypatch, settings, tmp_path):
    monkeypatch.delenv("DJANGO_MEDIA_S3_BUCKET", raising=False)
    storage, root, url, hosts = config.media(environ.Env(), tmp_path)
    assert (storage["OPTIONS"]["location"], root, url, hosts) == (tmp_path / "media", tmp_path / "media", "/media/", [])


def test_an_upload_lands_in_the_bucket_and_the_page_links_straight_to_it(client, editor, bucket, in_bucket,
                                                                          media_root):
    colleague = Colleague.objects.create(name="Anna Lind", quote="Jag gör nytta.")
    url = reverse("admin:careers_testimonial_change", args=[colleague.pk])
    photo = SimpleUploadedFile("IMG_0001.jpg", phone_photo(size=(1000, 800)))  # upright: 800 wide, two sizes
    response = post_change(client, url, {"portrait_upload": photo}, portrait_alt="Anna Lind")
    assert response.status_code == 302
    keys = sorted(o["Key"] for o in client_objects(bucket))
    assert len(keys) == 6 and all(k.startswith("bilder/testimonial/") for k in keys)
    assert not media_root.exists()  # nothing on the local disk
    client.logout()
    img = one(parse(client.get(reverse("careers:testimonial-list")).content.decode()), "picture img")
    assert img["src"].startswith(f"{bucket}/{BUCKET}/bilder/testimonial/")
    status, headers, data = fetch(img["src"])
    assert (status, headers["Content-Type"]) == (200, "image/jpeg")
    assert headers["Cache-Control"] == "public, max-age=31536000, immutable"
    assert not Image.open(io.BytesIO(data)).getexif()
    # The bucket answers ranges itself.
    status, headers, part = fetch(img["src"], {"Range": "bytes=0-99"})
    assert (status, part) == (206, data[:100])


def test_the_same_content_is_stored_once_under_its_hash(bucket, in_bucket):
    from django.core.files.base import ContentFile
    from django.core.files.storage import default_storage

    first = default_storage.save("film/text.vtt", ContentFile(b"WEBVTT\n\n00:00.000 --> 00:01.000\nHej\n"))
    again = default_storage.save("film/text.vtt", ContentFile(b"WEBVTT\n\n00:00.000 --> 00:01.000\nHej\n"))
    other = default_storage.save("film/text.vtt", ContentFile(b"WEBVTT\n"))
    assert first == again != other and first.startswith("film/text.") and first.endswith(".vtt")
    status, headers, _ = fetch(default_storage.url(first))
    assert headers["Content-Type"] == "text/vtt; charset=utf-8"


def client_objects(endpoint):
    return client(endpoint).list_objects_v2(Bucket=BUCKET).get("Contents", [])


def test_the_readme_gives_the_bucket_policy_the_tests_apply():
    import json
    import re

    from tests.instances import BASE_DIR
    from tests.objectstorage import public_read

    readme = (BASE_DIR / "README.md").read_text(encoding="utf-8")
    policy = re.search(r"```json\n(.*?)```", readme.split("## Pictures and uploaded files", 1)[1], re.S).group(1)
    assert json.loads(policy) == public_read("jobba-media")
