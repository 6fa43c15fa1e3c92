"""Cards drawn once per process ({% once %}) follow every value they show, the moment it changes.

Job, role and benefit cards are drawn once for the values named in their
`once` (or by Benefit.drawn_key) and then reused: each change below, made
alone, must show on the next page all the same.
"""

from datetime import date

import pytest

from benefits.models import Amount
from careers.models import JobAd, Section
from tests.clock import at
from tests.factories import make_benefit, make_home, make_job, make_role, make_section
from tests.parse import one, parse, text

pytestmark = pytest.mark.django_db


def card(client, heading, url="/"):
    """The text of the card whose heading holds `heading`."""
    page = parse(client.get(url))
    found = [node for node in page.select(".card__header-label") if heading in text(node)]
    assert len(found) == 1, (heading, [text(node) for node in page.select(".card__header-label")])
    return text(found[0].find_parent("li"))


def test_a_role_card_follows_every_value_it_shows(client):
    make_section(make_home(), heading="Yrken", listing=Section.Listing.ROLES)
    role = make_role("Utredare", summary="Du utreder.")
    assert card(client, "Utredare") == "Utredare Du utreder."
    for name, value, shown in [("title", "Försäkringsutredare", "Försäkringsutredare Du utreder."),
                               ("summary", "Du utreder rätten till ersättning.",
                                "Försäkringsutredare Du utreder rätten till ersättning.")]:
        setattr(role, name, value)
        role.save()
        assert card(client, "Försäkringsutredare") == shown
    role.slug = "forsakringsutredare"
    role.save()
    assert one(parse(client.get("/")), 'a[href="/yrkesroller/forsakringsutredare/"]')
    make_job(role=role)
    assert card(client, "Försäkringsutredare") == "Försäkringsutredare 1 ledigt jobb Du utreder rätten till ersättning."
    # the same role drawn as a heading of another level on the roles page
    assert one(parse(client.get("/yrkesroller/")), "h2.card__header-label")


def test_a_benefit_card_follows_every_value_it_shows(client, time_machine):
    at(time_machine, 2025, 6, 1, 10, 0)
    make_section(make_home(), heading="Förmåner", listing=Section.Listing.BENEFITS)
    benefit = make_benefit("Friskvårdsbidrag", text="För träning.",
                           amounts=[(3000, "2025-01-01"), (4000, "2025-07-01")])
    assert card(client, "Friskvårdsbidrag") == (
        "Friskvårdsbidrag För träning. 3\u00a0000 kr per år Från och med 1 juli 2025: 4\u00a0000 kr per år.")
    benefit.title = "Friskvård"
    benefit.save()
    assert card(client, "Friskvård").startswith("Friskvård För träning. ")
    benefit.text = "För träning och massage."
    benefit.save()
    assert card(client, "Friskvård") == (
        "Friskvård För träning och massage. 3\u00a0000 kr per år Från och med 1 juli 2025: 4\u00a0000 kr per år.")
    current, upcoming = Amount.objects.order_by("valid_from")
    current.amount = 3500
    current.save()
    assert "3\u00a0500 kr per år" in card(client, "Friskvård")
    upcoming.unit, upcoming.valid_from = "kr per kalenderår", date(2025, 8, 1)
    upcoming.save()
    assert card(client, "Friskvård").endswith("Från och med 1 augusti 2025: 4\u00a0000 kr per kalenderår.")
    at(time_machine, 2025, 8, 1, 10, 0)  # the upcoming amount comes into force
    assert card(client, "Friskvård") == "Friskvård För träning och massage. 4\u00a0000 kr per kalenderår"


def job_card(client, job, url="/lediga-jobb/"):
    """The text of the ad's card in a list: the list item of the link to it."""
    return text(one(parse(client.get(url)), f'a[href="{job.get_absolute_url()}"]').find_parent("li"))


def test_a_card_follows_every_value_it_shows(client, time_machine):
    # Cards are drawn once per process for the values they show (careers/listings/jobs.html): each
    # change below, made alone, must reach the card at once, on the list and on the role's page alike.
    at(time_machine, 2025, 9, 1, 10, 0)
    job = make_job("Utredare", town="Visby", last_day=date(2025, 9, 2))
    assert job_card(client, job) == (f"Utredare {job.role.title} · , Visby · , Tillsvidareanställning, heltid"
                                 " Sista ansökningsdag: 2 september 2025")
    changes = [
        ({"title": "Utredare inom tandvård"}, "Utredare inom tandvård"),
        ({"slug": "utredare-tandvard"}, "Utredare inom tandvård"),  # card() finds the card by its new address
        ({"town": "Kiruna"}, ", Kiruna ·"),
        ({"employment_form": JobAd.EmploymentForm.FIXED_TERM, "ends_on": date(2026, 6, 30)},
         "Tidsbegränsad anställning, heltid"),
        ({"extent": JobAd.Extent.PART_TIME}, "Tidsbegränsad anställning, deltid"),
        ({"last_day": date(2025, 9, 3)}, "Sista ansökningsdag: 3 september 2025"),
    ]
    for values, shown in changes:
        for name, value in values.items():
            setattr(job, name, value)
        job.save()
        assert shown in job_card(client, job), values
    job.role.title = "Utredare, ny titel"
    job.role.save()
    assert job_card(client, job) == job_card(client, job, job.role.get_absolute_url()) == (
        "Utredare inom tandvård Utredare, ny titel · , Kiruna · , Tidsbegränsad anställning, deltid"
        " Sista ansökningsdag: 3 september 2025")
    at(time_machine, 2025, 9, 3, 10, 0)  # the last day: the card says so
    assert job_card(client, job).endswith("Sista ansökningsdag: i dag, 3 september 2025")
