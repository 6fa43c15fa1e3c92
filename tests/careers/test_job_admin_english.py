"""HR writes an ad's English version in the admin beside the Swedish ad, and sees which ads have one."""

import pytest
from django.urls import reverse

from careers.models import JobAd
from tests.careers.test_job_admin import form_data
from tests.factories import make_job, make_role
from tests.parse import one, parse, text

pytestmark = pytest.mark.django_db


def test_the_english_fields_are_optional_and_saved_beside_the_swedish_ones(client, editor):
    role = make_role("It", slug="it")
    form = one(parse(client.get(reverse("admin:careers_jobad_add"))), "form#jobad_form")
    assert form.select_one("[name=title_sv]").has_attr("required")
    assert not form.select_one("[name=title_en]").has_attr("required")
    assert client.post(reverse("admin:careers_jobad_add"), form_data(role)).status_code == 302
    swedish_only = JobAd.objects.get()
    assert (swedish_only.title_sv, swedish_only.title_en, swedish_only.in_english) == ("Systemutvecklare", None, False)
    response = client.post(reverse("admin:careers_jobad_add"), form_data(
        role, slug="developer", reference="FK 2025/2", title_en="Developer", duties_en="You develop systems."))
    assert response.status_code == 302
    ad = JobAd.objects.get(slug="developer")
    assert (ad.title, ad.title_sv, ad.title_en, ad.duties_en) == (
        "Systemutvecklare", "Systemutvecklare", "Developer", "You develop systems.")
    assert ad.in_english and "b:" in ad.search_text_en and " a:develop " in ad.search_text_en


@pytest.mark.parametrize(("english", "field", "message"), [
    ({"title_en": "Developer"}, "duties_en",
     "Skriv arbetsuppgifterna på engelska också, eller lämna den engelska titeln tom."),
    ({"duties_en": "You develop."}, "title_en",
     "Ge annonsen en engelsk titel, eller lämna de engelska texterna tomma."),
])
def test_an_english_version_is_whole_or_absent(client, editor, english, field, message):
    role = make_role("It", slug="it")
    response = client.post(reverse("admin:careers_jobad_add"), form_data(role) | english)
    assert response.status_code == 200 and not JobAd.objects.exists()
    assert message in text(one(parse(response), f".field-{field}"))


def test_the_list_shows_and_filters_the_ads_with_english(client, editor):
    make_job("Systemutvecklare", title_en="Developer", duties_en="You develop.")
    make_job("Testledare")
    changelist = reverse("admin:careers_jobad_changelist")
    page = parse(client.get(changelist))
    assert "På engelska" in text(one(page, "#result_list thead"))
    rows = {text(row.select_one("th")): row.select_one("td.field-in_english img")["alt"]
            for row in page.select("#result_list tbody tr")}
    assert rows == {"Systemutvecklare": "True", "Testledare": "False"}

    def titles(value):
        return [text(row.select_one("th")) for row in parse(client.get(changelist, {"engelska": value})).select(
            "#result_list tbody tr")]

    assert titles("ja") == ["Systemutvecklare"] and titles("nej") == ["Testledare"]
