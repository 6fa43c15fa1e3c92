"""The widgets drawn in Python for speed (careers/widgets.py) say exactly what Django's own templates say."""

import pytest
from django import forms
from django.utils import timezone

from benefits.forms import VacationForm
from careers.alerts.forms import SignupForm
from careers.forms import JobFilterForm
from tests.factories import make_job, make_role
from tests.parse import parse

pytestmark = pytest.mark.django_db


def as_django_draws_it(bound):
    widget = bound.field.widget
    attrs = bound.build_widget_attrs({"id": bound.auto_id})
    return forms.Widget.render(widget, bound.html_name, bound.value(), attrs)


def described(html):
    element = parse(html).select_one("select, input")
    return (element.name, element.attrs, [(option.attrs, option.get_text()) for option in element.select("option")])


def test_every_attribute_option_and_choice_is_the_same():
    make_job(role=make_role("Jurist & utredare"), town="Örebro")
    form = JobFilterForm.for_open_jobs({"yrkesroll": "jurist-utredare", "ort": "<Kiruna>", "sortering": "senaste"},
                                       timezone.localdate())
    form.is_valid()
    for name in ["yrkesroll", "ort", "anstallningsform", "sortering"]:
        bound = form[name]
        assert described(str(bound)) == described(as_django_draws_it(bound)), name
    assert described(str(form["ort"]))[1]["aria-invalid"] == "true"  # the unknown place is marked
    assert "&lt;Kiruna&gt;" not in str(form["ort"]) and "<Kiruna>" not in str(form["ort"])
    assert [attrs.get("selected") for attrs, _ in described(str(form["yrkesroll"]))[2]] == [None, ""]


@pytest.mark.parametrize("form, name", [
    (lambda data: JobFilterForm.for_open_jobs(data, timezone.localdate()), "q"),
    (lambda data: VacationForm(data, year=2026), "fodelsear"),
    (lambda data: SignupForm(data), "epost"),
])
@pytest.mark.parametrize("data", [{}, {"q": '"><script>', "fodelsear": "19x0", "epost": "anna@"}])
def test_inputs_empty_filled_and_invalid_are_the_same(form, name, data):
    bound = form(data or None)[name]
    assert described(str(bound)) == described(as_django_draws_it(bound))
    assert "<script>" not in str(bound)
