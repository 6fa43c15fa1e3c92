from datetime import date

import pytest
from django.core.exceptions import ValidationError

from benefits.models import Amount, Benefit, VacationTier
from tests.factories import make_benefit, make_tiers

pytestmark = pytest.mark.django_db


def test_in_force_takes_the_latest_amount_that_has_started():
    benefit = make_benefit(amounts=[(4000, "2025-07-01"), (5000, "2026-01-01")])
    other = make_benefit(title="Annat", amounts=[(10, "2024-01-01")])
    assert list(Amount.objects.in_force(date(2025, 6, 30)).values_list("amount", flat=True)) == [10]
    assert set(Amount.objects.in_force(date(2025, 7, 1)).values_list("amount", flat=True)) == {4000, 10}
    assert set(Amount.objects.in_force(date(2025, 12, 31)).values_list("amount", flat=True)) == {4000, 10}
    assert set(Amount.objects.in_force(date(2026, 1, 1)).values_list("amount", flat=True)) == {5000, 10}
    assert benefit.amounts.upcoming(date(2025, 12, 31)).get().amount == 5000
    assert not other.amounts.upcoming(date(2025, 12, 31)).exists()


def test_with_amounts_gives_each_benefit_its_current_and_upcoming_amounts(django_assert_num_queries):
    make_benefit(amounts=[(3000, "2024-01-01"), (4000, "2025-07-01"), (6000, "2027-01-01"), (5000, "2026-01-01")])
    make_benefit(title="Flextid")
    with django_assert_num_queries(2):  # the benefits, and all their shown amounts at once
        benefits = {b.title: b for b in Benefit.objects.with_amounts(date(2025, 8, 1))}
    assert [a.amount for a in benefits["Friskvårdsbidrag"].current_amounts] == [4000]
    assert [a.amount for a in benefits["Friskvårdsbidrag"].upcoming_amounts] == [5000, 6000]
    assert benefits["Flextid"].current_amounts == [] and benefits["Flextid"].upcoming_amounts == []


def test_one_benefit_cannot_have_two_amounts_from_the_same_day():
    benefit = make_benefit(amounts=[(4000, "2025-07-01")])
    duplicate = Amount(benefit=benefit, amount=4500, unit="kr per år", valid_from=date(2025, 7, 1))
    with pytest.raises(ValidationError) as error:
        duplicate.full_clean()
    assert "Förmånen har redan ett belopp som gäller från den dagen." in str(error.value)


def test_an_amount_cannot_be_negative():
    benefit = make_benefit()
    with pytest.raises(ValidationError) as error:
        Amount(benefit=benefit, amount=-1, unit="kr", valid_from=date(2025, 1, 1)).full_clean()
    assert "amount" in error.value.message_dict


@pytest.mark.parametrize(("birth_year", "days", "next_year", "next_days"), [
    (2000, 28, 2030, 31),  # turns 26 in 2026
    (1997, 28, 2027, 31),  # turns 29: still the first tier
    (1996, 31, 2036, 35),  # turns 30 this year
    (1987, 31, 2027, 35),
    (1986, 35, None, None),  # turns 40
    (1950, 35, None, None),
])
def test_entitlement_moves_up_from_the_year_you_turn_the_tier_age(birth_year, days, next_year, next_days):
    tiers = VacationTier.objects.table() if make_tiers((0, 28), (30, 31), (40, 35)) else []
    assert VacationTier.entitlement(tiers, birth_year, 2026) == {
        "days": days, "next_year": next_year, "next_days": next_days}


def test_the_table_labels_the_first_tier_up_to_the_next_age():
    make_tiers((40, 35), (0, 28), (30, 31))
    tiers = VacationTier.objects.table()
    assert [(t.from_age, t.until_age, t.days) for t in tiers] == [(0, 29, 28), (30, None, 31), (40, None, 35)]


@pytest.mark.parametrize("days", [0, 61])
def test_vacation_days_must_be_between_1_and_60(days):
    with pytest.raises(ValidationError) as error:
        VacationTier(from_age=50, days=days).full_clean()
    assert "days" in error.value.message_dict


def test_vacation_tier_ages_are_unique_with_a_swedish_message():
    make_tiers((30, 31))
    with pytest.raises(ValidationError) as error:
        VacationTier(from_age=30, days=32).full_clean()
    assert error.value.message_dict["from_age"] == ["Det finns redan en nivå från den åldern."]


def test_vacation_days_may_not_go_down_with_age():
    make_tiers((0, 28), (40, 35))
    with pytest.raises(ValidationError) as error:
        VacationTier(from_age=30, days=36).full_clean()
    assert "minska med åldern" in error.value.message_dict["days"][0]
    VacationTier(from_age=30, days=31).full_clean()
