"""HR uploads the film in the admin: what some browser could not play is refused, in Swedish, and nothing is stored."""

import subprocess
from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from careers import examplefilm
from careers.media.storage import digest
from careers.models import Film
from careers.models import Testimonial as Colleague  # "Test…" would look like a test class to pytest
from tests.parse import text

pytestmark = pytest.mark.django_db

ADD = reverse("admin:careers_film_add")


def ffmpeg(path, *options, seconds=1):
    """A tiny clip (64×36, a tone) made with ffmpeg, for the files HR must not get through."""
    subprocess.run(["ffmpeg", "-v", "error", "-y", "-f", "lavfi", "-i", f"color=c=green:s=64x36:r=5:d={seconds}",
                    "-f", "lavfi", "-i", f"sine=duration={seconds}", *options, "-shortest", str(path)], check=True)
    return path


@pytest.fixture(scope="module")
def clips(tmp_path_factory):
    folder = tmp_path_factory.mktemp("clips")
    h264, vp9 = ["-c:v", "libx264", "-pix_fmt", "yuv420p"], ["-c:v", "libvpx-vp9", "-deadline", "realtime"]
    return {
        "mpeg4 video": ffmpeg(folder / "mpeg4.mp4", "-c:v", "mpeg4", "-c:a", "aac"),
        "mp3 sound": ffmpeg(folder / "mp3.mp4", *h264, "-c:a", "libmp3lame"),
        "no sound": ffmpeg(folder / "silent.mp4", *h264, "-an"),
        "quicktime": ffmpeg(folder / "film.mov", *h264, "-c:a", "aac", "-f", "mov"),
        "vp8 video": ffmpeg(folder / "vp8.webm", "-c:v", "libvpx", "-c:a", "libopus"),
        "vorbis sound": ffmpeg(folder / "vorbis.webm", *vp9, "-c:a", "libvorbis"),
        "h264 in matroska": ffmpeg(folder / "film.mkv", *h264, "-c:a", "aac", "-f", "matroska"),
        "short webm": ffmpeg(folder / "short.webm", *vp9, "-c:a", "libopus", seconds=3),
    }


@pytest.fixture
def colleague():
    return Colleague.objects.create(name="Medarbetare på Försäkringskassan", quote="Arbetet känns viktigt.")


def upload(path, name=None):
    path = Path(path)
    return SimpleUploadedFile(name or path.name, path.read_bytes())


def example(name):
    return upload(examplefilm.FOLDER / name)


def post(client, colleague, **files):
    """The add form with the example film's files, some replaced; `None` leaves one out."""
    fields = {"mp4": example("film.mp4"), "webm": example("film.webm"), "poster": example("poster.webp"),
              "captions_sv": SimpleUploadedFile("sv.vtt", examplefilm.CAPTIONS_SV.encode())}
    fields.update(files)
    data = {"testimonial": colleague.pk, "transcript": examplefilm.TRANSCRIPT}
    data.update({name: file for name, file in fields.items() if file is not None})
    return client.post(ADD, data)


def stored_files():
    media = Path(settings.MEDIA_ROOT)
    return sorted(path.name for path in media.rglob("*") if path.is_file()) if media.exists() else []


def refused(response, field):
    """The Swedish error under `field`, after checking that the form was not saved and nothing stored."""
    assert response.status_code == 200, response.status_code
    assert not Film.objects.exists()
    assert stored_files() == []
    errors = response.context["adminform"].form.errors
    assert list(errors) == [field], errors
    return " ".join(errors[field])


@pytest.fixture(autouse=True)
def _empty_media(settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path / "media")


def test_a_good_film_is_stored_under_names_made_from_its_content_with_its_length_read(client, editor, colleague):
    response = post(client, colleague)
    assert response.status_code == 302, response.context["adminform"].form.errors
    film = Film.objects.get()
    assert film.testimonial == colleague
    assert film.duration == pytest.approx(examplefilm.SECONDS, abs=0.1)
    assert (film.width, film.height, film.webm_codec) == (640, 360, "vp9")
    assert film.transcript == examplefilm.TRANSCRIPT
    for field, suffix in [("mp4", ".mp4"), ("webm", ".webm"), ("poster", ".webp"), ("captions_sv", ".vtt")]:
        name = getattr(film, field).name
        assert name.startswith("film/") and name.endswith(suffix)
        with default_storage.open(name) as stored:
            content = ContentFile(stored.read())
        assert Path(name).stem.endswith("." + digest(content))  # the content's hash in the name
    assert film.mp4.read() == (examplefilm.FOLDER / "film.mp4").read_bytes()
    assert len(stored_files()) == 4
    page = client.get(reverse("admin:careers_film_change", args=[film.pk]))
    assert "8 sekunder" in text(page)


def test_the_same_file_uploaded_again_keeps_its_address_and_another_gets_a_new_one(client, editor, colleague):
    post(client, colleague)
    film = Film.objects.get()
    first = film.captions_sv.name
    film.captions_sv.save("sv.vtt", SimpleUploadedFile("sv.vtt", examplefilm.CAPTIONS_SV.encode()))
    assert film.captions_sv.name == first and len(stored_files()) == 4
    changed = examplefilm.CAPTIONS_SV.replace("Det", "Den").encode()
    film.captions_sv.save("sv.vtt", SimpleUploadedFile("sv.vtt", changed))
    assert film.captions_sv.name != first and len(stored_files()) == 5
    assert Film.objects.get().captions_sv.read() == changed


@pytest.mark.parametrize(("field", "clip", "message"), [
    ("mp4", "mpeg4 video", "Bilden i MP4-filen måste vara H.264. Nu är den mpeg4."),
    ("mp4", "mp3 sound", "Ljudet i MP4-filen måste vara AAC. Nu är det mp3."),
    ("mp4", "no sound", "MP4-filen har inget ljud."),
    ("mp4", "quicktime", "Filen är inte en MP4-fil."),
    ("mp4", "h264 in matroska", "Filen är inte en MP4-fil."),
    ("webm", "vp8 video", "Bilden i WebM-filen måste vara VP9 eller AV1. Nu är den vp8."),
    ("webm", "vorbis sound", "Ljudet i WebM-filen måste vara Opus. Nu är det vorbis."),
    ("webm", "h264 in matroska", "Bilden i WebM-filen måste vara VP9 eller AV1. Nu är den h264."),
])
def test_a_wrong_codec_or_container_is_refused(client, editor, colleague, clips, field, clip, message):
    assert refused(post(client, colleague, **{field: upload(clips[clip])}), field) == message


def test_the_webm_in_the_mp4_field_is_refused_as_not_an_mp4(client, editor, colleague):
    response = post(client, colleague, mp4=example("film.webm"))
    assert refused(response, "mp4") == "Filen är inte en MP4-fil."


def test_a_webm_of_another_length_than_the_mp4_is_refused(client, editor, colleague, clips):
    response = post(client, colleague, webm=upload(clips["short webm"]))
    assert refused(response, "webm") == ("WebM-filen är 3,0 sekunder lång och MP4-filen 8,0 sekunder. "
                                         "De måste vara samma film.")


@pytest.mark.parametrize("field", ["mp4", "webm", "poster"])
def test_a_file_that_is_no_film_or_picture_is_refused(client, editor, colleague, field):
    response = post(client, colleague, **{field: SimpleUploadedFile("film.mp4", b"<html>Hej</html>")})
    assert "Filen går inte att läsa som en film eller en bild." in refused(response, field)


def test_an_svg_or_a_film_as_poster_is_refused(client, editor, colleague):
    svg = SimpleUploadedFile("poster.svg", b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')
    assert refused(post(client, colleague, poster=svg), "poster")
    response = post(client, colleague, poster=example("film.mp4"))
    assert refused(response, "poster") == "Bilden måste vara en JPEG-, PNG- eller WebP-bild."


def test_a_broken_caption_file_is_refused_with_its_line(client, editor, colleague):
    broken = SimpleUploadedFile("sv.vtt", b"WEBVTT\n\n00:00:01,000 --> 00:00:02,000\nHej\n")
    assert refused(post(client, colleague, captions_sv=broken), "captions_sv").startswith("Rad 3:")


def test_captions_after_the_end_of_the_film_are_refused(client, editor, colleague):
    late = SimpleUploadedFile("sv.vtt", b"WEBVTT\n\n00:01:00.000 --> 00:01:02.000\nHej\n")
    assert "efter att filmen har slutat" in refused(post(client, colleague, captions_sv=late), "captions_sv")


@pytest.mark.parametrize("field", ["captions_sv", "mp4", "webm", "poster"])
def test_a_film_without_swedish_captions_or_one_of_its_files_is_refused(client, editor, colleague, field):
    assert refused(post(client, colleague, **{field: None}), field) == "Detta fält måste fyllas i."


def test_a_film_without_a_text_version_is_refused(client, editor, colleague):
    fields = {"mp4": example("film.mp4"), "webm": example("film.webm"), "poster": example("poster.webp"),
              "captions_sv": SimpleUploadedFile("sv.vtt", examplefilm.CAPTIONS_SV.encode())}
    response = client.post(ADD, {"testimonial": colleague.pk, "transcript": "  ", **fields})
    assert refused(response, "transcript") == "Detta fält måste fyllas i."


def test_without_ffprobe_the_film_is_refused_with_a_reason_not_an_error(client, editor, colleague, monkeypatch):
    monkeypatch.setenv("PATH", "/nonexistent")
    response = post(client, colleague)
    assert response.status_code == 200 and not Film.objects.exists() and stored_files() == []
    assert "ffprobe saknas på servern" in text(response)


def test_english_captions_are_optional_and_checked_when_given(client, editor, colleague):
    broken = SimpleUploadedFile("en.vtt", b"Hello\n")
    assert "WEBVTT" in refused(post(client, colleague, captions_en=broken), "captions_en")
    english = SimpleUploadedFile("en.vtt", b"WEBVTT\n\n00:00:00.000 --> 00:00:03.000\nThis is an example film.\n")
    assert post(client, colleague, captions_en=english).status_code == 302
    assert Film.objects.get().captions_en.name.endswith(".vtt")


@pytest.mark.parametrize("suffix", ["png", "jpg"])
def test_a_png_or_jpeg_poster_is_taken(client, editor, colleague, tmp_path, suffix):
    picture = tmp_path / f"poster.{suffix}"
    subprocess.run(["ffmpeg", "-v", "error", "-f", "lavfi", "-i", "color=c=green:s=640x360", "-frames:v", "1",
                    str(picture)], check=True)
    assert post(client, colleague, poster=upload(picture)).status_code == 302
    assert Film.objects.get().poster.name.endswith(f".{suffix}")


def test_a_small_file_that_unpacks_to_an_enormous_poster_is_refused(client, editor, colleague, tmp_path):
    picture = tmp_path / "poster.png"
    subprocess.run(["ffmpeg", "-v", "error", "-f", "lavfi", "-i", "color=c=green:s=4000x2500", "-frames:v", "1",
                    "-compression_level", "9", str(picture)], check=True)
    assert picture.stat().st_size < 100 * 1024
    assert refused(post(client, colleague, poster=upload(picture)), "poster") == (
        "Startbilden är för stor: den får vara högst 3840 × 2160 bildpunkter.")
