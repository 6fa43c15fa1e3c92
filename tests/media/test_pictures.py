"""Pictures uploaded in the admin: checked, made into AVIF, WebP and JPEG with no metadata, shown with <picture>."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from careers.media import pictures
from careers.models import Role
from careers.models import Testimonial as Colleague  # "Test…" would look like a test class to pytest
from tests.factories import make_role
from tests.parse import one, parse, submitted, text

pytestmark = pytest.mark.django_db

GPS = {2: (59.0, 20.0, 6.0), 1: "N", 4: (18.0, 3.0, 30.0), 3: "E"}  # GPSLatitude … GPSLongitudeRef


def phone_photo(size=(1600, 1200), orientation=6, kind="JPEG"):
    """A photo as a phone saves it: EXIF with where it was taken, the camera, and the orientation."""
    image = Image.new("RGB", size, "#116a3e")
    image.paste("#ffbe10", (0, 0, size[0] // 2, size[1] // 4))  # the top left, to see which way is up
    exif = Image.Exif()
    exif[0x0112] = orientation
    exif[0x010F] = "Telefonmakaren"
    exif[0x8825] = GPS
    out = io.BytesIO()
    image.save(out, kind, exif=exif.tobytes(), comment=b"privat") if kind == "JPEG" else image.save(
        out, kind, exif=exif.tobytes())
    return out.getvalue()


def post_change(client, url, files=None, **changes):
    """GET the admin's change form, change some fields, POST it back with files, as a browser would."""
    form = one(parse(client.get(url).content.decode()), "form#" + url.strip("/").split("/")[-3] + "_form")
    data = {**submitted(form), **changes}
    return client.post(url, {**data, **(files or {})})


def colleague_url(colleague):
    return reverse("admin:careers_testimonial_change", args=[colleague.pk])


@pytest.fixture
def colleague(db):
    return Colleague.objects.create(name="Anna Lind", job_title="Handläggare", quote="Jag gör nytta.")


def stored(media_root):
    return sorted(p for p in media_root.rglob("*") if p.is_file()) if media_root.exists() else []


def test_an_uploaded_photo_is_served_in_every_size_and_format_with_no_metadata(client, editor, colleague, media_root):
    photo = SimpleUploadedFile("IMG_0001.jpg", phone_photo(), content_type="image/jpeg")
    assert b"Telefonmakaren" in photo.read() and not photo.seek(0)
    response = post_change(client, colleague_url(colleague), {"portrait_upload": photo}, portrait_alt="Anna Lind")
    assert response.status_code == 302, response.content.decode()[:3000]
    colleague.refresh_from_db()
    sources = colleague.portrait["sources"]
    assert set(sources) == {"avif", "webp", "jpeg"}
    served = 0
    for key, renditions in sources.items():
        assert [width for width, _name in renditions] == [480, 960, 1200]  # never wider than the photo
        for width, name in renditions:
            response = client.get("/media/" + name)
            assert response.status_code == 200
            data = b"".join(response.streaming_content)
            image = Image.open(io.BytesIO(data))
            assert (image.format.lower(), response["Content-Type"]) == (key, f"image/{key}")
            # Turned upright (orientation 6: a quarter turn), then scaled: portrait, not landscape.
            assert image.size == (width, round(1600 * width / 1200))
            assert not image.getexif() and not {"exif", "xmp", "icc_profile", "comment"} & set(image.info)
            assert b"Exif" not in data and b"Telefonmakaren" not in data and b"privat" not in data
            served += 1
    assert served == 9
    assert len(stored(media_root)) == 9  # nothing but the renditions: the upload itself is not kept


def bomb():
    """A PNG of a few kilobytes that unpacks to 100 million pixels."""
    out = io.BytesIO()
    Image.new("1", (10_000, 10_000)).save(out, "PNG")
    return out.getvalue()


def truncated_jpeg():
    out = io.BytesIO()
    Image.effect_noise((800, 600), 64).convert("RGB").save(out, "JPEG")
    return out.getvalue()[:4000]


SVG = b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>'


@pytest.mark.parametrize(("name", "content", "message"), [
    ("logo.svg", SVG, "inte en bild i formatet JPEG, PNG eller WebP"),
    ("logo.jpg", SVG, "inte en bild i formatet JPEG, PNG eller WebP"),
    ("brev.jpg", "Hej!\nDetta är text.".encode(), "inte en bild i formatet JPEG, PNG eller WebP"),
    ("bild.gif", b"GIF89a\x01\x00\x01\x00\x00\x00\x00;", "inte en bild i formatet JPEG, PNG eller WebP"),
    ("halv.jpg", truncated_jpeg(), "skadad eller ofullständig"),
    ("bomb.png", bomb(), "för många bildpunkter"),
])
def test_a_bad_upload_is_refused_in_swedish_and_nothing_is_stored(client, editor, colleague, media_root,
                                                                  name, content, message):
    response = post_change(client, colleague_url(colleague), {"portrait_upload": SimpleUploadedFile(name, content)},
                           portrait_alt="Anna Lind", quote="Ändrad text som inte sparas.")
    assert response.status_code == 200  # the form again, with the error: no 4xx page, no 500
    errors = text(one(parse(response.content.decode()), ".field-portrait_upload .errorlist"))
    assert message in errors
    assert stored(media_root) == []
    colleague.refresh_from_db()
    assert (colleague.portrait, colleague.quote) == (None, "Jag gör nytta.")


def test_a_file_over_the_size_limit_is_refused(client, editor, colleague, media_root, monkeypatch):
    monkeypatch.setattr(pictures, "MAX_BYTES", 2 * 1024 * 1024)
    big = SimpleUploadedFile("stor.jpg", phone_photo() + b"\0" * (2 * 1024 * 1024))
    response = post_change(client, colleague_url(colleague), {"portrait_upload": big}, portrait_alt="Anna Lind")
    assert response.status_code == 200
    assert "Filen är för stor. En bild får vara högst 2 MB." in response.content.decode()
    assert stored(media_root) == []


def test_a_picture_needs_an_alt_text_unless_it_is_decorative(client, editor, colleague, media_root):
    url = colleague_url(colleague)
    photo = phone_photo(size=(300, 300), orientation=1, kind="PNG")
    response = post_change(client, url, {"portrait_upload": SimpleUploadedFile("a.png", photo)}, portrait_alt=" ")
    assert response.status_code == 200
    assert "Beskriv bilden i en alternativtext, eller markera den som dekorativ." in response.content.decode()
    assert stored(media_root) == []
    response = post_change(client, url, {"portrait_upload": SimpleUploadedFile("a.png", photo)},
                           portrait_decorative="on")
    assert response.status_code == 302
    colleague.refresh_from_db()
    assert [w for w, _n in colleague.portrait["sources"]["jpeg"]] == [300]  # small stays small
    assert colleague.portrait_image.alt_text() == ""
    # Taking the decorative mark away again needs an alt text for the picture already there.
    response = post_change(client, url, portrait_decorative="")
    assert "Beskriv bilden" in response.content.decode()
    # Removing the picture needs none.
    assert post_change(client, url, portrait_decorative="", portrait_remove="on").status_code == 302
    colleague.refresh_from_db()
    assert colleague.portrait is None


def test_a_role_picture_is_drawn_with_picture_sources_and_its_size_and_is_not_lazy(client, editor, media_root):
    role = make_role()
    response = post_change(client, reverse("admin:careers_role_change", args=[role.pk]),
                           {"picture_upload": SimpleUploadedFile("rum.webp", phone_photo(orientation=1, kind="WEBP"))},
                           picture_alt="Ett kontorsrum med skrivbord")
    assert response.status_code == 302
    client.logout()
    page = parse(client.get(Role.objects.get().get_absolute_url()).content.decode())
    picture = one(page, "main picture")
    avif, webp = picture.find_all("source")
    assert (avif["type"], webp["type"]) == ("image/avif", "image/webp")
    assert [part.split()[1] for part in avif["srcset"].split(", ")] == ["480w", "960w", "1440w"]
    img = one(picture, "img")
    assert (img["width"], img["height"], img["alt"]) == ("1440", "1080", "Ett kontorsrum med skrivbord")
    assert "loading" not in img.attrs and img["decoding"] == "async" and img["sizes"] == avif["sizes"]
    assert img["src"].endswith(".jpg") and client.get(img["src"]).status_code == 200


def test_a_portrait_on_the_main_page_is_lazy(client, content, media_root):
    from django.core.management import call_command

    call_command("loadcontent", "--examples", stdout=io.StringIO())
    page = parse(client.get(reverse("careers:home")).content.decode())
    img = one(page, ".testimonial picture img")
    assert (img["loading"], img["alt"], img["width"], img["height"]) == ("lazy", "", "480", "480")
    assert client.get(img["src"])["Content-Type"] == "image/jpeg"
