"""An HR editor meets no English: every admin page they can open is walked and read for English words."""

import io
import json
import re
from datetime import timedelta
from html.parser import HTMLParser
from pathlib import Path

import django
import pytest
from django.contrib import admin
from django.contrib.auth.models import User
from django.core.management import call_command
from django.test import RequestFactory
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from reversion.admin import VersionAdmin
from reversion.models import Version

from careers.models import JobAd, Page
from cookies.models import ConsentRecord
from tests.alerts.alerts import make_subscription
from tests.editors import form_data, log_in
from tests.factories import make_hr_editor

pytestmark = pytest.mark.django_db

# Common English words that are not also Swedish words (so "in", "start",
# "filter", "status" and "version" are left out).
ENGLISH = set("""
the and of to is are was were you your yours select choose change changed add added delete deleted history save
saved view search show hide none yes action actions previous next today now yesterday tomorrow recover revert
reverted comment user users password log logged token device please enter with this that these behind ahead server
time note hour hours by option options page pages home clear run go date name first last new remove edit back thanks
welcome documentation theme toggle skip main content navigation sidebar typing sorry error errors below correct
could found more than object objects site group groups permission permissions authenticated authorized account
would like login logout forgotten credentials results result total selected choice within within any list
recent nothing available there here which what when where who model models items item field fields filter_by
""".split())
SKIPPED_ELEMENTS = {"script", "style", "svg", "textarea", "pre", "code"}
READ_ATTRIBUTES = {"title", "placeholder", "aria-label", "alt"}


class _Reader(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.texts, self.skipping = [], []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in SKIPPED_ELEMENTS:
            self.skipping.append(tag)
        self.texts += [value for name, value in attrs.items() if name in READ_ATTRIBUTES and value]
        # An input button shows its value; a <button> shows its content and only sends its value.
        if tag == "input" and attrs.get("type") in ("submit", "button", "reset") and attrs.get("value"):
            self.texts.append(attrs["value"])

    def handle_endtag(self, tag):
        if self.skipping and self.skipping[-1] == tag:
            self.skipping.pop()

    def handle_data(self, data):
        if not self.skipping and data.strip():
            self.texts.append(data.strip())


def english_in(html):
    """The pieces of text on the page that contain an English word."""
    reader = _Reader()
    reader.feed(html)
    return [text for text in reader.texts
            if ENGLISH & {word.lower() for word in re.findall(r"[A-Za-zÅÄÖåäö_]+", text)}]


class Walk:
    """Every page visited, with the English found on it."""

    def __init__(self, client):
        self.client, self.seen, self.found = client, set(), {}

    def visit(self, url, method="get", data=None, expect=(200,)):
        response = getattr(self.client, method)(url, data or {})
        assert response.status_code in expect, (url, response.status_code)
        self.read(f"{method.upper()} {url}", response)
        return response

    def read(self, where, response):
        self.seen.add(where)
        if "html" in response.get("Content-Type", "") and (english := english_in(response.content.decode())):
            self.found[where] = english

    def filters(self, changelist):
        """Every choice in the change list's filters and date hierarchy."""
        html = self.visit(changelist).content.decode()
        blocks = re.findall(r'<(?:nav|div) id="changelist-filter".*?</(?:nav|div)>\s*</div>', html, re.DOTALL)
        blocks += re.findall(r'<nav class="toplinks".*?</nav>', html, re.DOTALL)
        for query in sorted({href for block in blocks for href in re.findall(r'href="(\?[^"]*)"', block)}):
            self.visit(changelist + query.replace("&amp;", "&"))


@pytest.fixture
def walk(client):
    call_command("loadcontent", examples=True, stdout=io.StringIO(), stderr=io.StringIO())
    # What loadcontent does not make, visitors do: without a row, a list has no row, change
    # form or history to read (the walk fails on a list it can open that is empty).
    ConsentRecord.objects.create(choice=ConsentRecord.Choice.NO, policy_version="1.1",
                                 created_at=timezone.now() - timedelta(minutes=1))
    ConsentRecord.objects.create(choice=ConsentRecord.Choice.YES, policy_version="1.1")  # the newest: walked
    make_subscription(query=f"yrkesroll={JobAd.objects.first().role.slug}")
    make_subscription(email="bo@example.se", frequency="vecka")
    editor = make_hr_editor()
    log_in(client, editor)
    return Walk(client)


def url_of(model, view, *args):
    return reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_{view}", args=args)


def test_every_admin_page_an_hr_editor_can_open_is_in_swedish(walk, client):
    walk.visit(reverse("admin:index"))
    walk.visit(reverse("admin:password_change"))
    empty = []
    for model, model_admin in admin.site._registry.items():
        opts = model._meta
        if not client.get(url_of(model, "changelist")).status_code == 200:
            continue  # users, groups, devices: tests/careers/test_twofactor.py proves these are closed
        walk.visit(reverse("admin:app_list", args=[opts.app_label]))
        changelist = url_of(model, "changelist")
        walk.filters(changelist)
        walk.visit(changelist + "?q=ingenting-som-finns")
        obj = model.objects.first()
        if obj is None:
            empty.append(opts.label)
            continue
        change = url_of(model, "change", obj.pk)
        if model_admin.has_add_permission(_as_editor()):
            walk.visit(url_of(model, "add"))
        if not model_admin.has_view_or_change_permission(_as_editor(), obj):
            walk.visit(change, expect=(403,))  # job alerts: the counts only, never one alert
            continue
        html = walk.visit(change).content.decode()
        walk.visit(url_of(model, "history", obj.pk))
        if model_admin.has_delete_permission(_as_editor(), obj):
            walk.visit(url_of(model, "delete", obj.pk))
            walk.visit(changelist, "post", {"action": "delete_selected", "_selected_action": [obj.pk]})
        if f"{opts.model_name}_form" in html and model_admin.has_change_permission(_as_editor(), obj):
            data = form_data(html, f"{opts.model_name}_form")
            data["_save"] = "Spara"
            walk.visit(change, "post", data, expect=(302,))  # a save: a version for the history
            walk.read(f"after saving {change}", client.get(change))
            version = Version.objects.get_for_object(obj).first()
            walk.visit(url_of(model, "revision", obj.pk, version.pk))
            for field in [f for f in model._meta.concrete_fields if f.name in data and not f.blank][:1]:
                broken = {**data, field.name: ""}  # an error message
                walk.visit(change, "post", broken, expect=(200,))
        if isinstance(model_admin, VersionAdmin) and model_admin.has_add_permission(_as_editor()):
            walk.visit(url_of(model, "recoverlist"))
    # Recover a deleted page, preview a page and an ad, and the job ad actions.
    page = Page.objects.exclude(slug=Page.HOME_SLUG).first()
    client.post(url_of(Page, "delete", page.pk), {"post": "yes"})
    deleted = Version.objects.get_deleted(Page).first()
    walk.visit(url_of(Page, "recoverlist"))
    walk.visit(url_of(Page, "recover", deleted.pk))
    home = Page.objects.get(slug=Page.HOME_SLUG)
    home_form = form_data(client.get(url_of(Page, "change", home.pk)).content.decode(), "page_form")
    walk.visit(url_of(Page, "preview", home.pk), "post", home_form)
    walk.visit(url_of(Page, "preview", home.pk), "post", {**home_form, "title_sv": ""}, expect=(400,))
    job = JobAd.objects.first()
    for action in ("close_now", "copy"):
        response = client.post(url_of(JobAd, "changelist"), {"action": action, "_selected_action": [job.pk]},
                               follow=True)
        walk.read(f"action {action}", response)
    # The pages around the login: the form, a failed login, the lockout, the logout.
    walk.visit(reverse("admin:logout"), "post")
    walk.visit(reverse("admin:login"))
    walk.visit(reverse("admin:login"), "post", {"username": "hr", "password": "fel", "otp_token": "123456"})
    walk.visit(reverse("admin:login"), "post", {"username": "hr", "password": "fel"})
    for _ in range(5):
        response = client.post(reverse("admin:login"), {"username": "hr", "password": "fel", "otp_token": "1"})
    assert response.status_code == 429
    walk.read("lockout", response)

    assert empty == []  # every list the editor can open was walked with a row on it
    assert len(walk.seen) > 100
    assert walk.found == {}, json.dumps(walk.found, ensure_ascii=False, indent=1)


def _as_editor():
    """A request by the walking editor, for asking the ModelAdmins what the editor may do."""
    request = RequestFactory().get("/")
    request.user = User.objects.get(username="hr")
    return request


def test_the_admins_scripts_have_every_string_in_swedish_and_the_calendar_starts_on_monday(walk, client):
    source = client.get(reverse("admin:jsi18n")).content.decode()
    catalog = json.loads(re.search(r"const newcatalog = (\{.*?\});", source, re.DOTALL).group(1))
    formats = json.loads(re.search(r"django.formats = (\{.*?\});", source, re.DOTALL).group(1))
    assert formats["FIRST_DAY_OF_WEEK"] == 1
    assert formats["DATE_INPUT_FORMATS"][0] == "%Y-%m-%d"
    english = Path(django.__file__).parent / "contrib/admin/locale/en/LC_MESSAGES/djangojs.po"
    entries = re.findall(r'^(?:msgctxt (".*")\n)?msgid ((?:".*"\n)+)', english.read_text(), re.MULTILINE)
    keys = [(json.loads(context) + "\x04" if context else "") + "".join(json.loads(line) for line in m.splitlines())
            for context, m in entries]
    missing = [key for key in keys if key and not key.endswith("\x04") and key not in catalog]
    assert missing == []
    assert catalog["Today"] == "I dag" and catalog["%(month)s %(day)s, %(year)s"] == "%(day)s %(month)s %(year)s"


def test_the_admin_shows_dates_in_swedish(walk, client):
    job = JobAd.objects.first()
    listing = client.get(url_of(JobAd, "changelist")).content.decode()
    assert date_format(job.last_day) in listing  # "3 maj 2026", not "May 3, 2026"
    assert re.search(r"\d{1,2} (januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|"
                     r"november|december) \d{4}", listing)
