"""The calculator "Hur många semesterdagar får jag?" on the main page."""

import pytest

from benefits.forms import VacationForm
from tests.clock import at
from tests.factories import make_home, make_section, make_tiers
from tests.parse import body, one, parse, submitted, text

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(("value", "message"), [
    ("", "Skriv ditt födelseår."),
    ("abc", "Skriv ditt födelseår med fyra siffror, till exempel 1990."),
    ("19 90", "Skriv ditt födelseår med fyra siffror, till exempel 1990."),
    ("1e3", "Skriv ditt födelseår med fyra siffror, till exempel 1990."),
    ("2027", "Födelseåret kan inte vara ett år som inte har kommit än."),
    ("2012", "Du fyller 14 år i år. Beräkningen gäller för dig som fyller 15 år eller mer."),
    ("1925", "Kontrollera året: då skulle du fylla 101 år i år."),
    ("99999999999999999999999", "Födelseåret kan inte vara ett år som inte har kommit än."),
])
def test_nonsense_gets_a_swedish_message(value, message):
    form = VacationForm({"fodelsear": value}, year=2026)
    assert not form.is_valid()
    assert form.errors["fodelsear"] == [message]


@pytest.mark.parametrize("value", ["2011", "1926", " 1990 "])
def test_the_edges_of_working_age_are_accepted(value):
    assert VacationForm({"fodelsear": value}, year=2026).is_valid()


@pytest.fixture
def calculator_page(db):
    page = make_home()
    make_section(page, heading="Förmåner", anchor="formaner", listing="benefits")
    make_tiers((0, 28), (30, 31), (40, 35))


def test_the_calculator_answers_on_the_same_page(client, calculator_page, time_machine):
    at(time_machine, 2026, 5, 1, 10)
    page = parse(client.get("/", {"fodelsear": "1996"}))
    form = one(page, 'form[action="/#semesterdagar"]')  # the answer comes back to the calculator
    one(page, "#semesterdagar")
    assert "Du får 31 dagar i år." in text(page)
    assert "Från och med 2036 får du 35 dagar." in text(page)
    assert submitted(form)["fodelsear"] == ["1996"]


@pytest.mark.parametrize("value", ["abc", "2100", "<script>alert(1)</script>", "1" * 5000, "-5"])
def test_bad_input_is_answered_next_to_the_field_never_with_a_500(client, calculator_page, value):
    response = client.get("/", {"fodelsear": value})
    assert response.status_code == 200
    html = body(response)
    field = one(response, 'input[name="fodelsear"]')
    assert field["aria-invalid"] == "true"
    # Django's own ids for the help text and the error, which FKUI's label holds.
    assert field["aria-describedby"] == "id_fodelsear_helptext id_fodelsear_error"
    assert text(one(response, "#id_fodelsear_error")).startswith("Fel: ")  # the message a screen reader reads with it
    assert "<script>alert(1)</script>" not in html
    assert "Du får" not in text(response)
