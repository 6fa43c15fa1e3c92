import io

import pytest
from django.core.management import call_command
from django.test import Client

from careers.models import Page

pytestmark = pytest.mark.django_db


def test_loadcontent_is_idempotent_and_keeps_what_editors_changed(content):
    page = Page.objects.get(slug=Page.HOME_SLUG)
    page.title = "Ändrad av HR"
    page.save()
    counts = {model: model.objects.count() for model in [Page]}
    call_command("loadcontent", stdout=io.StringIO(), stderr=io.StringIO())
    assert Page.objects.get(slug=Page.HOME_SLUG).title == "Ändrad av HR"
    assert {model: model.objects.count() for model in counts} == counts


def test_clearpagecache_makes_the_next_request_render_again(content):
    client = Client()
    client.get("/")
    # A restore writes rows without signals: the cache cannot know.
    Page.objects.filter(slug=Page.HOME_SLUG).update(title="Återläst sida")
    assert "Återläst sida" not in client.get("/").content.decode()
    call_command("clearpagecache", stdout=io.StringIO())
    assert "Återläst sida" in client.get("/").content.decode()


def test_csrf_failures_are_explained_in_swedish(content):
    client = Client(enforce_csrf_checks=True)
    response = client.post("/admin/login/", {"username": "x", "password": "y"})
    assert response.status_code == 403
    assert "Formuläret kunde inte skickas" in response.content.decode()
