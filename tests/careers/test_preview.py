""""Förhandsgranska" shows the change form's unsaved content with the public template, and saves nothing."""

from datetime import timedelta

import pytest
from django.contrib.admin.models import LogEntry
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from reversion.models import Version

from careers.models import JobAd, Page, Section
from tests.editors import form_data, log_in
from tests.factories import make_job, make_page

pytestmark = pytest.mark.django_db


def main(response):
    html = response.content.decode()
    return html[html.index("<main"):html.index("</main>")]


def snapshot():
    return (list(Page.objects.values()), list(Section.objects.values()), list(JobAd.objects.values()),
            Version.objects.count(), LogEntry.objects.count())


def assert_a_preview_that_no_cache_keeps(response):
    assert response.status_code == 200
    html = response.content.decode()
    assert "Förhandsgranskning, inte sparad." in html
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
    assert response["X-Robots-Tag"] == "noindex"
    assert "Content-Security-Policy" in response.headers


def test_the_change_forms_of_pages_and_ads_have_the_preview_button(client, editor):
    page = make_page(slug="om-oss")
    job = make_job()
    for change_url, preview_url in [
        (reverse("admin:careers_page_change", args=[page.pk]), reverse("admin:careers_page_preview", args=[page.pk])),
        (reverse("admin:careers_page_add"), reverse("admin:careers_page_preview")),
        (reverse("admin:careers_jobad_change", args=[job.pk]), reverse("admin:careers_jobad_preview", args=[job.pk])),
    ]:
        html = client.get(change_url).content.decode()
        assert f'formaction="{preview_url}"' in html and 'formtarget="_blank"' in html
        assert ">Förhandsgranska</button>" in html
        assert "style=" not in html.split('<div class="submit-row preview-row">')[1][:600]


def test_a_page_preview_shows_the_unsaved_text_and_sections_and_saves_nothing(client, editor):
    page = make_page(slug="om-oss", title="Om oss", body="Den sparade texten.")
    Section.objects.create(page=page, heading="Den sparade rubriken", body="Sparad.", order=1)
    data = form_data(client.get(reverse("admin:careers_page_change", args=[page.pk])).content.decode(), "page_form")
    data.update(body_sv=["Den **osparade** texten."], **{"sections-0-heading_sv": ["Den osparade rubriken"]})
    before = snapshot()
    response = client.post(reverse("admin:careers_page_preview", args=[page.pk]), data)
    assert_a_preview_that_no_cache_keeps(response)
    html = main(response)
    assert "Den <strong>osparade</strong> texten." in html and "Den osparade rubriken" in html
    assert "Den sparade texten." not in html and "Den sparade rubriken" not in html
    assert snapshot() == before
    client.logout()
    public = main(client.get("/om-oss/"))
    assert "Den sparade texten." in public and "osparade" not in public


def test_a_new_page_set_to_publish_later_can_be_previewed(client, editor):
    later = timezone.localtime() + timedelta(days=3)
    data = form_data(client.get(reverse("admin:careers_page_add")).content.decode(), "page_form")
    data.update(title_sv=["Sommarjobb"], slug=["sommarjobb"], body_sv=["Vi söker sommarvikarier."],
                is_published=["on"], publish_from_0=[later.date().isoformat()], publish_from_1=["08:00:00"])
    response = client.post(reverse("admin:careers_page_preview"), data)
    assert_a_preview_that_no_cache_keeps(response)
    assert "Vi söker sommarvikarier." in main(response)
    assert not Page.objects.exists()
    assert client.get("/sommarjobb/").status_code == 404


def test_a_job_ad_preview_shows_the_unsaved_ad_and_saves_nothing(client, editor):
    job = make_job("Statistiker")
    data = form_data(client.get(reverse("admin:careers_jobad_change", args=[job.pk])).content.decode(),
                     "jobad_form")
    data.update(title_sv=["Statistiker med osparad titel"], duties_sv=["Du räknar på det osparade."])
    before = snapshot()
    response = client.post(reverse("admin:careers_jobad_preview", args=[job.pk]), data)
    assert_a_preview_that_no_cache_keeps(response)
    html = main(response)
    assert "Statistiker med osparad titel" in html and "Du räknar på det osparade." in html
    assert snapshot() == before


def test_a_job_ad_set_to_publish_later_can_be_previewed_with_unsaved_changes(client, editor):
    job = make_job("Statistiker", published_on=timezone.localdate() + timedelta(days=5),
                   last_day=timezone.localdate() + timedelta(days=20))
    client.logout()
    assert client.get(job.get_absolute_url()).status_code == 404  # not shown to visitors yet
    log_in(client, editor)
    data = form_data(client.get(reverse("admin:careers_jobad_change", args=[job.pk])).content.decode(),
                     "jobad_form")
    data.update(duties_sv=["Du räknar på det **osparade**."])
    before = snapshot()
    response = client.post(reverse("admin:careers_jobad_preview", args=[job.pk]), data)
    assert_a_preview_that_no_cache_keeps(response)
    html = main(response)
    assert "Du räknar på det <strong>osparade</strong>." in html
    assert "Du utreder rätten till ersättning." not in html  # the saved duties
    assert f"Besökare ser annonsen från och med {date_format(job.published_on, 'j F Y')}." in html
    assert snapshot() == before
    client.logout()
    assert client.get(job.get_absolute_url()).status_code == 404  # still not shown: nothing was saved


def test_a_preview_with_errors_says_what_to_correct_in_swedish_and_saves_nothing(client, editor):
    job = make_job()
    data = form_data(client.get(reverse("admin:careers_jobad_change", args=[job.pk])).content.decode(),
                     "jobad_form")
    data.update(apply_url=["http://inte-säker.example/"], last_day=["inte ett datum"])
    before = snapshot()
    response = client.post(reverse("admin:careers_jobad_preview", args=[job.pk]), data)
    assert response.status_code == 400
    html = response.content.decode()
    assert "Förhandsgranskningen kunde inte visas" in html and "Sista ansökningsdag" in html
    assert snapshot() == before


def test_the_preview_takes_only_a_post_from_an_editor(client, editor):
    page = make_page(slug="om-oss")
    preview = reverse("admin:careers_page_preview", args=[page.pk])
    assert client.get(preview).status_code == 405
    client.logout()
    assert client.post(preview, {}).status_code == 302  # to the login
    assert client.post(reverse("admin:careers_page_preview", args=[999]), {}).status_code == 302
