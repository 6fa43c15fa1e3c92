"""The job filters' select, drawn in Python for speed, says exactly what Django's own template says."""

import pytest
from django import forms
from django.utils import timezone

from careers.forms import JobFilterForm
from tests.factories import make_job, make_role
from tests.parse import parse

pytestmark = pytest.mark.django_db


def as_django_draws_it(bound):
    widget = bound.field.widget
    attrs = bound.build_widget_attrs({"id": bound.auto_id})
    return forms.Select.render(widget, bound.html_name, bound.value(), attrs)


def described(html):
    select = parse(html).select_one("select")
    return (select.attrs, [(option.attrs, option.get_text()) for option in select.select("option")])


def test_every_attribute_option_and_choice_is_the_same():
    make_job(role=make_role("Jurist & utredare"), town="Örebro")
    form = JobFilterForm.for_open_jobs({"yrkesroll": "jurist-utredare", "ort": "<Kiruna>", "sortering": "senaste"},
                                       timezone.localdate())
    form.is_valid()
    for name in ["yrkesroll", "ort", "anstallningsform", "sortering"]:
        bound = form[name]
        assert described(str(bound)) == described(as_django_draws_it(bound)), name
    assert described(str(form["ort"]))[0]["aria-invalid"] == "true"  # the unknown place is marked
    assert "&lt;Kiruna&gt;" not in str(form["ort"]) and "<Kiruna>" not in str(form["ort"])
    assert [attrs.get("selected") for attrs, _ in described(str(form["yrkesroll"]))[1]] == [None, ""]
