"""Every address an editor types is judged as a browser reads it: no path that leads to another site."""

import pytest
from django.core.exceptions import ValidationError

from careers import models
from tests.factories import make_job

pytestmark = pytest.mark.django_db

# Each of these looks like something else than where a browser takes it, or is no web address at all.
TRICKY = [
    "/\\evil.example/",
    "\\\\evil.example/",
    "/\t/evil.example/",
    "/\n/evil.example/",
    "/\r\n/evil.example/",
    "/ /evil.example/",
    "//evil.example/",
    "///evil.example/",
    " //evil.example/",
    "\t/yrkesroller/",
    " /yrkesroller/",
    "/yrkesroller/ ",
    "/yrkes\x00roller/",
    "https:\\\\evil.example/",
    "https:/\\evil.example/",
    "https://fk.se\\@evil.example/",
    "https://fk.se@evil.example/",
    "https:evil.example",
    "https:///evil.example",
    "ht\ttps://evil.example/",
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    " javascript:alert(1)",
    "java\tscript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "http://evil.example/",
    "yrkesroller/",
    "evil.example",
]
GOOD_LOCAL = ["/", "/yrkesroller/", "/lediga-jobb/?ort=%C3%96stersund#lista", "/om-oss/sida?a=1&b=2"]
GOOD_HTTPS = ["https://www.forsakringskassan.se/", "HTTPS://www.linkedin.com/company/forsakringskassan",
              "https://example.se:8443/ansok?id=1"]


def errors(instance, field):
    with pytest.raises(ValidationError) as raised:
        instance.full_clean()
    return raised.value.message_dict.get(field, [])


@pytest.mark.parametrize("address", TRICKY)
def test_a_related_link_refuses_an_address_a_browser_reads_as_another(address):
    [message] = errors(models.Link(title="Länk", url=address), "url")
    assert message in ("Adressen måste börja med / eller https://.",
                       "Skriv adressen utan mellanslag, tabbar, radbrytningar eller omvända snedstreck (\\).")


@pytest.mark.parametrize("address", GOOD_LOCAL + GOOD_HTTPS)
def test_a_related_link_takes_a_path_on_this_site_or_an_https_address(address):
    models.Link(title="Länk", url=address).full_clean()


@pytest.mark.parametrize("address", [a for a in TRICKY if not a.startswith("/")] + GOOD_LOCAL)
def test_an_application_address_and_a_film_address_must_be_whole_https_addresses(address):
    job = make_job()
    job.apply_url = address
    assert errors(job, "apply_url")
    film = models.Testimonial(name="Anna", quote="Bra jobb.", film_url=address, transcript="Text.")
    assert errors(film, "film_url")


@pytest.mark.parametrize("address", GOOD_HTTPS)
def test_an_application_address_and_a_film_address_take_https(address):
    job = make_job()
    job.apply_url = address
    job.full_clean()
    models.Testimonial(name="Anna", quote="Bra jobb.", film_url=address, transcript="Text.").full_clean()
