"""Our own film on the main page: the browser's player, the poster only until play, captions, the text version."""

import io

import pytest
from django.conf import settings
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from careers import examplefilm
from careers.models import Film
from careers.models import Testimonial as Colleague  # "Test…" would look like a test class to pytest
from tests.parse import get, parse, text

pytestmark = pytest.mark.django_db


@pytest.fixture
def examples(settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path / "media")
    err = io.StringIO()
    call_command("loadcontent", examples=True, stdout=io.StringIO(), stderr=err)
    assert "Exempelfilmen" not in err.getvalue()
    return Film.objects.get()


def film_section(client):
    page = parse(get(client, reverse("careers:home")))
    return page.find("section", id="medarbetare")


def test_the_examples_bring_the_example_film_to_the_seed_testimonial_once(examples):
    assert examples.testimonial.name == "Medarbetare på Försäkringskassan"
    assert examples.duration == pytest.approx(examplefilm.SECONDS, abs=0.1)
    call_command("loadcontent", examples=True, stdout=io.StringIO(), stderr=io.StringIO())
    assert Film.objects.count() == 1


def test_the_main_page_plays_the_film_in_the_third_section_with_nothing_loaded_before_play(client, examples):
    section = film_section(client)
    assert [h.get_text(strip=True) for h in parse(get(client, "/")).select("main h2")][1] == "Så säger våra medarbetare"
    video = section.find("video")
    assert video.has_attr("controls") and video["preload"] == "none"
    assert not video.has_attr("autoplay") and not video.has_attr("muted")
    assert video["poster"] == examples.poster.url
    assert (video["width"], video["height"]) == ("640", "360")  # no layout shift when the poster arrives
    assert [(source["src"], source["type"]) for source in video.find_all("source")] == [
        (examples.webm.url, 'video/webm; codecs="vp9, opus"'), (examples.mp4.url, "video/mp4")]
    track = video.find("track")
    assert (track["kind"], track["srclang"], track["label"], track["src"]) == (
        "captions", "sv", "Svenska", examples.captions_sv.url)
    assert track.has_attr("default") and len(video.find_all("track")) == 1
    # Everything the film needs comes from this site.
    for url in [video["poster"], *(tag["src"] for tag in video.find_all(["source", "track"]))]:
        assert url.startswith(settings.MEDIA_URL) and "//" not in url
    assert section.find("iframe") is None


def test_the_length_is_in_words_and_the_text_version_one_click_away(client, examples):
    section = film_section(client)
    assert text(section.find("figcaption")) == "Film, 8 sekunder, med undertexter. Textversionen finns nedanför."
    details = section.find("details")
    assert text(details.find("summary")) == "Textversion av filmen"
    assert not details.has_attr("open")
    assert "Det här är en exempelfilm." in text(details)
    assert "Arbetet känns viktigt, kompetensen är hög" in text(details)


def test_english_captions_are_a_second_track_and_a_save_reaches_the_cached_page(client, examples):
    assert len(film_section(client).find_all("track")) == 1  # the page is now in the page cache
    examples.captions_en.save("en.vtt", ContentFile(b"WEBVTT\n\n00:00:00.000 --> 00:00:03.000\nAn example film.\n"))
    tracks = film_section(client).find_all("track")
    assert [(t["srclang"], t["label"], t.has_attr("default")) for t in tracks] == [
        ("sv", "Svenska", True), ("en", "English", False)]


def test_the_colleagues_page_shows_the_film_with_its_text_version_open(client, examples):
    page = parse(get(client, reverse("careers:testimonial-list")))
    assert page.find("video")["preload"] == "none"
    assert page.find("details").has_attr("open")
    assert "Under varje film finns en textversion" in text(page)


def test_a_film_on_another_website_stays_a_link(client, examples):
    Colleague.objects.create(name="Anna", quote="Bra jobb.", film_url="https://film.example/anna",
                             transcript="Anna berättar.", order=5)
    section = film_section(client)
    assert len(section.find_all("video")) == 1 and section.find("iframe") is None
    assert section.find("a", href="https://film.example/anna")


@pytest.mark.parametrize(("seconds", "swedish", "english"), [
    (1, "1 sekund", "1 second"), (8.2, "8 sekunder", "8 seconds"), (60, "1 minut", "1 minute"),
    (170, "3 minuter", "3 minutes"), (185, "3 minuter", "3 minutes"),
])
def test_the_length_in_words(seconds, swedish, english):
    film = Film(duration=seconds)
    with translation.override("sv"):
        assert film.length_in_words() == swedish
    with translation.override("en"):
        assert film.length_in_words() == english


def test_without_ffprobe_the_examples_load_without_the_film(settings, tmp_path, monkeypatch, client):
    settings.MEDIA_ROOT = str(tmp_path / "media")
    monkeypatch.setenv("PATH", "/nonexistent")
    err = io.StringIO()
    call_command("loadcontent", examples=True, stdout=io.StringIO(), stderr=err)
    assert "Exempelfilmen skapas inte: Filen går inte att kontrollera: ffprobe saknas på servern." in err.getvalue()
    assert not Film.objects.exists()
    assert film_section(client).find("video") is None


def test_on_the_english_site_the_english_captions_are_on_by_default(examples):
    examples.captions_en.save("en.vtt", ContentFile(b"WEBVTT\n\n00:00:00.000 --> 00:00:03.000\nAn example film.\n"))
    with translation.override("en"):
        video = parse(render_to_string("careers/film.html", {"film": examples})).find("video")
    assert [(t["srclang"], t.has_attr("default")) for t in video.find_all("track")] == [("sv", False), ("en", True)]
    assert "Film, 8 seconds, with captions." in text(video.find_parent("figure"))
