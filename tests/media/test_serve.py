"""Uploaded files served from the local folder: byte ranges, types, caching, and nothing outside the folder."""

import pytest

from careers.media.serve import byte_range

pytestmark = pytest.mark.django_db

BODY = bytes(range(256)) * 8  # 2048 bytes, each position telling where it is


@pytest.fixture
def video(media_root):
    (media_root / "film").mkdir(parents=True)
    (media_root / "film" / "klipp.0123456789abcdef.mp4").write_bytes(BODY)
    return "/media/film/klipp.0123456789abcdef.mp4"


def body(response):
    return b"".join(response.streaming_content)


def test_a_whole_file_says_it_takes_ranges_and_is_kept_a_year(client, video):
    response = client.get(video, headers={"accept-encoding": "gzip"})
    assert response.status_code == 200
    assert body(response) == BODY
    assert response["Content-Length"] == str(len(BODY))
    assert response["Accept-Ranges"] == "bytes"
    assert response["Content-Type"] == "video/mp4"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Cache-Control"] == "public, max-age=31536000, immutable"
    assert not response.has_header("Content-Encoding")  # gzip would break ranges
    assert "Set-Cookie" not in response and not response.cookies


@pytest.mark.parametrize(("header", "start", "end"), [
    ("bytes=0-99", 0, 99),  # the first bytes
    ("bytes=1000-1499", 1000, 1499),  # a middle range
    ("bytes=-500", 1548, 2047),  # the last 500 bytes
    ("bytes=2000-", 2000, 2047),  # from a byte to the end
    ("bytes=2000-999999", 2000, 2047),  # an end past the file is the file's end
])
def test_a_range_answers_206_with_exactly_those_bytes(client, video, header, start, end):
    response = client.get(video, headers={"range": header})
    assert response.status_code == 206
    assert body(response) == BODY[start:end + 1]
    assert response["Content-Range"] == f"bytes {start}-{end}/{len(BODY)}"
    assert response["Content-Length"] == str(end - start + 1)
    assert response["Content-Type"] == "video/mp4"


@pytest.mark.parametrize("header", ["bytes=2048-", "bytes=5000-6000", "bytes=-0"])
def test_a_range_outside_the_file_answers_416_with_its_size(client, video, header):
    response = client.get(video, headers={"range": header})
    assert response.status_code == 416
    assert response["Content-Range"] == f"bytes */{len(BODY)}"


@pytest.mark.parametrize("header", ["bytes=0-1,5-9", "items=0-9", "bytes=9-0", "bytes=x-"])
def test_a_range_header_it_does_not_understand_gets_the_whole_file(client, video, header):
    response = client.get(video, headers={"range": header})
    assert response.status_code == 200
    assert body(response) == BODY


def test_head_gives_the_headers_without_the_body(client, video):
    response = client.head(video, headers={"range": "bytes=0-9"})
    assert response.status_code == 206
    assert response["Content-Length"] == "10"
    assert body(response) == b""


def test_a_post_is_not_allowed(client, video):
    assert client.post(video).status_code == 405


@pytest.mark.parametrize(("name", "content_type"), [
    ("a.0.mp4", "video/mp4"), ("a.0.webm", "video/webm"), ("a.0.vtt", "text/vtt; charset=utf-8"),
    ("a.0.avif", "image/avif"), ("a.0.webp", "image/webp"), ("a.0.jpg", "image/jpeg"), ("a.0.png", "image/png"),
])
def test_each_kind_of_file_is_served_with_its_type(client, media_root, name, content_type):
    media_root.mkdir(parents=True, exist_ok=True)
    (media_root / name).write_bytes(b"WEBVTT\n")
    response = client.get(f"/media/{name}")
    assert (response.status_code, response["Content-Type"]) == (200, content_type)


@pytest.mark.parametrize("path", [
    "/media/../settings.py", "/media/%2e%2e/%2e%2e/careers/settings.py", "/media/..%2f..%2fcareers%2fsettings.py",
    "/media//etc/passwd", "/media/%2fetc%2fpasswd", "/media/.hemlig", "/media/film", "/media/", "/media/saknas.jpg",
    "/media/sida.0.html", "/media/bild.0.svg",  # would run as this site's own pages
])
def test_nothing_outside_the_folder_nor_a_folder_nor_a_hidden_file_is_served(client, video, media_root, path):
    (media_root / ".hemlig").write_text("hemligt")
    (media_root / "sida.0.html").write_text("<script>SECRET</script>")
    (media_root / "bild.0.svg").write_text("<svg><script>SECRET</script></svg>")
    (media_root.parent / "settings.py").write_text("SECRET = 1")
    response = client.get(path)
    assert response.status_code == 404
    assert b"SECRET" not in b"".join(getattr(response, "streaming_content", [response.content]))


def test_a_link_out_of_the_folder_is_not_followed(client, media_root):
    media_root.mkdir(parents=True, exist_ok=True)
    (media_root.parent / "utanfor.txt").write_text("utanför")
    (media_root / "lank.0.jpg").symlink_to(media_root.parent / "utanfor.txt")
    assert client.get("/media/lank.0.jpg").status_code == 404


def test_byte_range_on_an_empty_file_is_unsatisfiable():
    assert byte_range("bytes=0-", 0) == "unsatisfiable"
    assert byte_range("", 10) is None


def test_served_files_are_counted_as_media_without_resolving_their_address(client, video, monkeypatch):
    import careers.metrics
    from tests.careers.test_metrics import count

    def resolve_must_not_be_called(path):
        raise AssertionError(f"{path} was resolved")

    monkeypatch.setattr(careers.metrics, "resolve", resolve_must_not_be_called)
    before, missing = count("media", status="206"), count("media", status="404")
    assert client.get(video, headers={"range": "bytes=0-9"}).status_code == 206
    assert client.get("/media/finns-inte.jpg").status_code == 404
    assert (count("media", status="206"), count("media", status="404")) == (before + 1, missing + 1)
