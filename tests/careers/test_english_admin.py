"""English texts in the admin, the history and loadcontent; the migration that makes their columns."""

import io

import pytest
from django.core.management import call_command
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.urls import reverse
from reversion.models import Version

from benefits.models import Amount, Benefit
from careers import content, content_en
from careers.models import Link, Page, Role, Section
from tests.editors import form_data
from tests.factories import make_page, make_role, make_section
from tests.parse import main, one, rows, text

pytestmark = pytest.mark.django_db


def role_rows(client, query=""):
    """The role change list's rows: {title: what the column "Saknar engelska" says}."""
    html = client.get(reverse("admin:careers_role_changelist") + query)
    table = rows(one(main(html), "#result_list"))
    column = table[0].index("Saknar engelska")
    return {row[1]: row[column] for row in table[1:]}


def test_the_role_list_says_which_roles_lack_english_and_filters_them(client, editor):
    make_role("Utredare", title_en="Investigator", summary_en="You investigate.")
    make_role("Jurist", title_en="Lawyer")
    make_role("Chef")
    assert role_rows(client) == {"Chef": "rubrik, sammanfattning", "Jurist": "sammanfattning", "Utredare": "–"}
    assert set(role_rows(client, "?engelska=saknas")) == {"Chef", "Jurist"}
    assert set(role_rows(client, "?engelska=klar")) == {"Utredare"}
    assert "Saknar engelska" in text(client.get(reverse("admin:careers_role_changelist")))  # the filter's choice


def test_a_page_lacks_english_while_one_of_its_sections_does(client, editor):
    page = make_page(slug="om-oss", title="Om oss", title_en="About us", body_en="Text.")
    section = make_section(page, heading="Vad vi gör", heading_en="What we do", body="Vi utreder.")
    url = reverse("admin:careers_page_changelist")
    assert "Om oss" in text(client.get(url + "?engelska=saknas"))
    section.body_en = "We investigate."
    section.save()
    assert "Om oss" not in text(main(client.get(url + "?engelska=saknas")).select_one("#changelist-form") or "")
    assert "Om oss" in text(client.get(url + "?engelska=klar"))


def test_english_is_optional_and_swedish_required_in_the_admin(client, editor):
    data = {"title_sv": "", "title_en": "Investigator", "slug": "utredare", "summary_sv": "Du utreder.",
            "summary_en": "", "order": 0}
    response = client.post(reverse("admin:careers_role_add"), data)
    assert response.status_code == 200 and not Role.objects.exists()
    assert "Detta fält måste fyllas i." in response.content.decode()
    response = client.post(reverse("admin:careers_role_add"), {**data, "title_sv": "Utredare"})
    assert response.status_code == 302
    role = Role.objects.get()
    assert (role.title_sv, role.title_en, role.summary_en or "") == ("Utredare", "Investigator", "")
    assert role.title == "Utredare"  # the original column keeps the Swedish for the previous release


def test_an_english_text_comes_back_with_an_old_version(client, editor):
    role = make_role("Utredare", summary_en="You investigate.")
    url = reverse("admin:careers_role_change", args=[role.pk])
    for summary in ("You investigate cases.", "Changed by mistake."):
        data = form_data(client.get(url).content.decode(), "role_form")
        assert client.post(url, {**data, "summary_en": [summary]}).status_code == 302
    assert Role.objects.get().summary_en == "Changed by mistake."
    first = Version.objects.get_for_object(role).order_by("pk").first()
    revision = reverse("admin:careers_role_revision", args=[role.pk, first.pk])
    form = form_data(client.get(revision).content.decode(), "role_form")
    assert form["summary_en"] == ["You investigate cases."]
    assert client.post(revision, form).status_code == 302
    assert Role.objects.get().summary_en == "You investigate cases."


def test_loadcontent_writes_the_english_once_and_never_over_an_editor(content):
    role = Role.objects.get(slug="juridik")
    assert (role.title_en, role.summary_en) == content_en.ROLES["juridik"][:2]
    assert Page.objects.get(slug=Page.HOME_SLUG).title_en == "Work at Försäkringskassan"
    assert Benefit.objects.get(title_sv="Flextid").title_en == "Flexible hours"
    assert set(Amount.objects.values_list("unit_en", flat=True)) == {"SEK per year"}
    assert Link.objects.get(title_sv="Lediga jobb").title_en == "Open jobs"
    assert not Section.objects.filter(body_en__contains="{")  # every address filled in
    Role.objects.filter(slug="juridik").update(title_en="Legal adviser")  # an editor's English
    Role.objects.filter(slug="hr").update(summary_sv="Ny text av HR.", summary_en="")  # new Swedish, no English
    out = io.StringIO()
    call_command("loadcontent", stdout=out, stderr=io.StringIO())
    assert "0 översatta till engelska" in out.getvalue()
    assert Role.objects.get(slug="juridik").title_en == "Legal adviser"
    assert Role.objects.get(slug="hr").summary_en == ""  # no English beside a Swedish text it does not translate
    Role.objects.filter(slug="it").update(description_en="")
    out = io.StringIO()
    call_command("loadcontent", stdout=out, stderr=io.StringIO())
    assert "1 översatta till engelska" in out.getvalue()
    assert Role.objects.get(slug="it").description_en == content_en.ROLES["it"][2]


def test_every_seed_text_has_its_english():
    assert set(content_en.PAGES) == {slug for slug, *_ in content.PAGES}
    for slug, _title, _lead, _body, sections in content.PAGES:
        assert {anchor for _heading, anchor, _text, _listing in sections} == set(content_en.PAGES[slug][3]), slug
    assert set(content_en.ROLES) == {slug for slug, *_ in content.ROLES}
    assert set(content_en.BENEFITS) == {title for title, *_ in content.BENEFITS}
    assert set(content_en.LINKS) == {title for title, _target in content.LINKS}


@pytest.mark.django_db(transaction=True)
def test_the_migration_copies_each_text_into_its_swedish_column():
    executor = MigrationExecutor(connection)
    executor.migrate([("careers", "0013_jobad_recruitment"), ("benefits", "0001_initial")])
    apps = executor.loader.project_state([("careers", "0013_jobad_recruitment"), ("benefits", "0001_initial")]).apps
    apps.get_model("careers", "Role").objects.create(title="Utredare", slug="utredare", summary="Du utreder.")
    apps.get_model("benefits", "Benefit").objects.create(title="Flextid", text="Du väljer.")
    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())
    role = Role.objects.get()
    assert (role.title_sv, role.summary_sv, role.description_sv, role.title_en) == ("Utredare", "Du utreder.", "",
                                                                                   None)
    assert (Benefit.objects.get().title_sv, Benefit.objects.get().text_sv) == ("Flextid", "Du väljer.")
