"""HR editors change the site's content in the admin, and nothing else."""

import io
import re

import pytest
from django.contrib import admin
from django.contrib.auth.models import Group, User
from django.core.files.base import ContentFile
from django.core.management import CommandError, call_command
from django.db.models import TextField
from django.urls import reverse
from modeltranslation.translator import NotRegistered, translator

from benefits.models import Amount, Benefit, VacationTier
from careers import markup
from careers.contentadmin import ContentAdmin
from careers.models import Film, JobAd, Page, Role, Section
from careers.models import Testimonial as Colleague  # "Test…" would look like a test class to pytest
from careers.permissions import HR_EDITOR_GROUP
from cookies.models import Cookie
from tests.clock import at
from tests.editors import log_in
from tests.factories import PASSWORD, make_benefit, make_job, make_page, make_role, make_section, make_tiers

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(client, monkeypatch):
    monkeypatch.setenv("DJANGO_HR_EDITOR_PASSWORD", PASSWORD)
    call_command("createhreditor", "--username", "hr", "--noinput", stdout=io.StringIO())
    user = User.objects.get(username="hr")
    log_in(client, user)
    return user


def amounts_formset(benefit, rows):
    data = {"amounts-TOTAL_FORMS": str(len(rows)), "amounts-INITIAL_FORMS": str(benefit.amounts.count()),
            "amounts-MIN_NUM_FORMS": "0", "amounts-MAX_NUM_FORMS": "1000"}
    for i, row in enumerate(rows):
        data.update({f"amounts-{i}-{key}": value for key, value in row.items()})
        data[f"amounts-{i}-benefit"] = str(benefit.pk)
    return data


def test_createhreditor_makes_a_staff_account_in_the_hr_group(editor):
    assert editor.is_staff and not editor.is_superuser
    assert editor.check_password(PASSWORD)
    assert list(editor.groups.values_list("name", flat=True)) == [HR_EDITOR_GROUP]


def test_createhreditor_without_a_password_refuses(monkeypatch):
    monkeypatch.delenv("DJANGO_HR_EDITOR_PASSWORD", raising=False)
    with pytest.raises(CommandError, match="DJANGO_HR_EDITOR_PASSWORD"):
        call_command("createhreditor", "--username", "hr", "--noinput")
    assert not User.objects.exists()


def test_createhreditor_rejects_a_weak_password(monkeypatch):
    monkeypatch.setenv("DJANGO_HR_EDITOR_PASSWORD", "123")
    with pytest.raises(CommandError):
        call_command("createhreditor", "--username", "hr", "--noinput")
    assert not User.objects.exists()


def test_createhreditor_asks_for_the_password_without_noinput(monkeypatch):
    monkeypatch.setattr("getpass.getpass", lambda prompt: PASSWORD)
    call_command("createhreditor", "--username", "fraga", stdout=io.StringIO())
    assert User.objects.get(username="fraga").check_password(PASSWORD)


def test_the_hr_group_may_edit_content_and_nothing_on_users(editor):
    for model in ["page", "section", "role", "testimonial", "link", "benefit", "amount", "vacationtier"]:
        for action in ["add", "change", "delete", "view"]:
            assert editor.has_perm(f"{'benefits' if model in ('benefit', 'amount', 'vacationtier') else 'careers'}"
                                   f".{action}_{model}")
    for model in ["user", "group", "permission"]:
        for action in ["add", "change", "delete", "view"]:
            assert not editor.has_perm(f"auth.{action}_{model}")


def test_an_hr_editor_gets_403_on_users_and_groups(client, editor):
    assert client.get(reverse("admin:auth_user_changelist")).status_code == 403
    assert client.get(reverse("admin:auth_group_changelist")).status_code == 403


def test_the_admin_speaks_swedish(client, editor):
    html = client.get(reverse("admin:index")).content.decode()
    assert "Jobba på Försäkringskassan: administration" in html
    assert "Förmåner" in html and "Yrkesroller" in html
    assert "Logga ut" in html


def test_an_hr_editor_changes_a_benefit_amount_and_the_page_shows_it(client, editor, content, time_machine):
    at(time_machine, 2026, 3, 1, 10)
    assert "5\u00a0000 kr per år" in client.get("/").content.decode()  # cached before the edit
    benefit = Benefit.objects.get(title="Friskvårdsbidrag")
    rows = [{"id": str(a.pk), "amount": str(a.amount), "unit_sv": a.unit, "valid_from": a.valid_from.isoformat()}
            for a in benefit.amounts.all()]
    rows[1]["amount"] = "5500"
    data = {"title_sv": benefit.title, "text_sv": benefit.text, "order": benefit.order,
            **amounts_formset(benefit, rows)}
    response = client.post(reverse("admin:benefits_benefit_change", args=[benefit.pk]), data)
    assert response.status_code == 302, response.content.decode()[:3000]
    assert sorted(benefit.amounts.values_list("amount", flat=True)) == [4000, 5500]
    client.logout()
    html = client.get("/").content.decode()
    assert "5\u00a0500 kr per år" in html
    assert "5\u00a0000 kr per år" not in html


def test_two_amounts_from_the_same_day_are_refused_in_swedish(client, editor):
    benefit = make_benefit()
    rows = [{"amount": "4000", "unit_sv": "kr per år", "valid_from": "2025-07-01"},
            {"amount": "4500", "unit_sv": "kr per år", "valid_from": "2025-07-01"}]
    data = {"title_sv": benefit.title, "text_sv": "", "order": 0, **amounts_formset(benefit, rows)}
    response = client.post(reverse("admin:benefits_benefit_change", args=[benefit.pk]), data)
    assert response.status_code == 200
    assert "Förmånen har redan ett belopp som gäller från den dagen." in response.content.decode()
    assert not Amount.objects.exists()


def test_a_negative_amount_is_refused(client, editor):
    benefit = make_benefit()
    rows = [{"amount": "-100", "unit_sv": "kr per år", "valid_from": "2025-07-01"}]
    data = {"title_sv": benefit.title, "text_sv": "", "order": 0, **amounts_formset(benefit, rows)}
    response = client.post(reverse("admin:benefits_benefit_change", args=[benefit.pk]), data)
    assert response.status_code == 200
    assert "större än eller lika med 0" in response.content.decode()


def test_an_hr_editor_changes_a_role(client, editor):
    role = make_role()
    data = {"title_sv": "Handläggare inom sjukförsäkringen", "slug": role.slug, "summary_sv": "Ny sammanfattning.",
            "description_sv": "", "order": 0}
    response = client.post(reverse("admin:careers_role_change", args=[role.pk]), data)
    assert response.status_code == 302
    role.refresh_from_db()
    assert role.title == "Handläggare inom sjukförsäkringen"


@pytest.mark.parametrize(("from_age", "days", "message"), [
    ("30", "31", "Det finns redan en nivå från den åldern."),
    ("50", "61", "Kontrollera att detta värde är mindre än eller lika med 60."),
    ("50", "0", "Kontrollera att detta värde är större än eller lika med 1."),
    ("35", "40", "Antalet dagar får inte minska med åldern"),
])
def test_vacation_tiers_are_checked_with_swedish_messages(client, editor, from_age, days, message):
    make_tiers((0, 28), (30, 31), (40, 35))
    response = client.post(reverse("admin:benefits_vacationtier_add"), {"from_age": from_age, "days": days})
    assert response.status_code == 200
    assert message in response.content.decode()
    assert VacationTier.objects.count() == 3


def test_a_published_page_needs_a_title_and_a_body(client, editor):
    data = {"title_sv": "", "slug": "ny-sida", "lead_sv": "", "body_sv": "", "meta_description_sv": "",
            "is_published": "on", "publish_from_0": "", "publish_from_1": "",
            "sections-TOTAL_FORMS": "0", "sections-INITIAL_FORMS": "0",
            "sections-MIN_NUM_FORMS": "0", "sections-MAX_NUM_FORMS": "1000"}
    response = client.post(reverse("admin:careers_page_add"), data)
    html = response.content.decode()
    assert response.status_code == 200
    assert "En publicerad sida måste ha en rubrik." in html
    assert "En publicerad sida måste ha en brödtext." in html
    assert not Page.objects.exists()


def test_view_on_site_links_lead_to_the_public_page(client, editor, content):
    role = Role.objects.first()
    html = client.get(reverse("admin:careers_role_change", args=[role.pk])).content.decode()
    assert "Visa på webbplats" in html
    page = Page.objects.get(slug=Page.HOME_SLUG)
    html = client.get(reverse("admin:careers_page_change", args=[page.pk])).content.decode()
    assert 'id="sections-group"' in html  # the sections are edited inline


def test_the_hr_group_exists_after_migrations():
    assert Group.objects.filter(name=HR_EDITOR_GROUP).exists()


# Every field an editor writes Markdown in, as (model, field): each shows the guide beside it. Inline
# rows are edited in their parent's change form. Every other text field is plain text, named below,
# so that a new text field must be put in one list or the other.
# A text with an English version (careers/translation.py) is edited as two fields, text_sv and text_en.
MARKDOWN_FIELDS = [
    *((model, f"{field}_{language}") for model, field in [
        (Page, "body"), (Section, "body"), (Role, "description"), (Role, "requirements"),
        (Colleague, "quote"), (Colleague, "transcript"), (Benefit, "text")] for language in ("sv", "en")),
    (Film, "transcript"),
    *((JobAd, f"{name}_{language}") for name in ("duties", "qualifications", "merits") for language in ("sv", "en")),
]
PLAIN_TEXT_FIELDS = [(Page, "lead_sv"), (Page, "lead_en"), (Cookie, "purpose_sv"), (Cookie, "purpose_en")]
EDITED_IN = {Section: Page}
MAKE = {
    Page: lambda: make_section(make_page(slug="om-oss"), body="Vi utreder.").page,
    Role: make_role,
    Colleague: lambda: Colleague.objects.create(name="Anna", quote="Bra jobb."),
    Film: lambda: Film.objects.create(
        testimonial=Colleague.objects.create(name="Anna", quote="Bra jobb."), transcript="Anna berättar.",
        **{name: ContentFile(b"-", name=f"{name}.bin") for name in ("mp4", "webm", "poster", "captions_sv")}),
    Benefit: make_benefit,
    JobAd: make_job,
}


def translated_fields(model):
    """The untranslated columns modeltranslation edits as one field per language instead."""
    try:
        return translator.get_options_for_model(model).all_fields
    except NotRegistered:
        return {}


def text_fields_of_content_admins():
    """Every text field an editor types in, in a content model's change form or in its inlines."""
    found = set()
    for model, model_admin in admin.site._registry.items():
        if isinstance(model_admin, ContentAdmin):
            for edited in [model, *(inline.model for inline in model_admin.inlines)]:
                found |= {(edited, field.name) for field in edited._meta.concrete_fields
                          if isinstance(field, TextField) and field.editable
                          and field.name not in translated_fields(edited)}
    return found


TEXTAREA = re.compile(r'<textarea[^>]*\bname="([^"]+)"[^>]*>.*?</textarea>(\s*<details class="markdown-guide">)?',
                      re.DOTALL)


def guided_textareas(html):
    """A change form's text areas by field name (an inline row's as "inline:name"): whether the guide follows each."""
    found = {}
    for name, guide in TEXTAREA.findall(html):
        found.setdefault(re.sub(r"^[a-z_]+-(\d+|__prefix__)-", "inline:", name), []).append(bool(guide))
    return found


def test_every_text_field_is_either_markdown_with_the_guide_or_plain_text():
    assert text_fields_of_content_admins() == {*MARKDOWN_FIELDS, *PLAIN_TEXT_FIELDS}


@pytest.mark.parametrize(("model", "field"), MARKDOWN_FIELDS,
                         ids=[f"{model._meta.model_name}.{field}" for model, field in MARKDOWN_FIELDS])
def test_every_markdown_field_has_the_guide_rendered_by_the_sites_sanitiser(client, editor, model, field):
    admin_model = EDITED_IN.get(model, model)
    obj = MAKE[admin_model]()
    html = client.get(reverse(f"admin:{admin_model._meta.app_label}_{admin_model._meta.model_name}_change",
                              args=[obj.pk])).content.decode()
    areas = guided_textareas(html)
    name = f"inline:{field}" if model in EDITED_IN else field
    assert areas.get(name) and all(areas[name]), areas  # every row of an inline too
    for other, guided in areas.items():  # and plain text gets none
        if other.startswith("inline:"):
            continue
        assert any(guided) == ((admin_model, other) in MARKDOWN_FIELDS), other
    start = re.search(rf'name="(\w+-\d+-)?{field}"', html).start()
    guide = html[html.index('<details class="markdown-guide">', start):]
    guide = guide[:guide.index("</details>")]
    assert "Så skriver du texten (Markdown)" in guide
    assert str(markup.render("[Läs om våra yrkesroller](/yrkesroller/)")) in guide
    assert "<strong>fetstil</strong>" in guide and "http, https, mailto, tel" in guide
