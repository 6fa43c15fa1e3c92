"""Uploaded files from the local folder, answered the way browsers fetch media.

A middleware right after WhiteNoise, for the same reason: a file needs none of
what runs below it (sessions, consent, the page cache, gzip, which would drop
the Content-Length a range answer needs). It answers GET and HEAD, whole files
or one byte range (`Range: bytes=0-99`, `bytes=100-`, `bytes=-500`; video
players and Safari need them), with the file's type, nosniff, and a year of
immutable caching: every stored name carries a hash of its content
(storage.py). With object storage configured, pages link to the storage and
this answers nothing.
"""

import re
from pathlib import Path

from django.conf import settings
from django.core.exceptions import SuspiciousFileOperation
from django.http import HttpResponse, HttpResponseNotAllowed, StreamingHttpResponse
from django.utils._os import safe_join
from django.utils.http import http_date

from careers.media.storage import CACHE_CONTROL, content_type, servable

RANGE = re.compile(r"^bytes=(\d*)-(\d*)$")
CHUNK = 64 * 1024


def byte_range(header, size):
    """(start, end) inclusive for one range; None to send the whole file; "unsatisfiable" for 416."""
    match = RANGE.match(header.replace(" ", ""))
    if not match or match.groups() == ("", ""):
        return None  # not one range we understand (or several): the whole file, as RFC 9110 allows
    first, last = match.groups()
    if first == "":
        suffix = int(last)
        if suffix == 0 or size == 0:
            return "unsatisfiable"
        return max(0, size - suffix), size - 1
    start = int(first)
    end = min(int(last), size - 1) if last else size - 1
    if last and int(last) < start:
        return None  # an invalid range is ignored
    if start >= size:
        return "unsatisfiable"
    return start, end


def read(path, start, length):
    with open(path, "rb") as file:
        file.seek(start)
        while length > 0:
            chunk = file.read(min(CHUNK, length))
            if not chunk:
                return
            length -= len(chunk)
            yield chunk


def local_file(name):
    """The file's path under MEDIA_ROOT, or None: nothing outside it, nothing hidden, no folders, and only
    the kinds of file the site stores (never HTML or SVG, which would run as this site's own pages)."""
    if not name or any(part.startswith(".") for part in name.split("/")) or not servable(name):
        return None
    try:
        path = Path(safe_join(settings.MEDIA_ROOT, name)).resolve()
    except (SuspiciousFileOperation, ValueError, OSError):
        return None
    # resolve() follows links: one that leads out of the folder leads nowhere.
    inside = path.is_relative_to(Path(settings.MEDIA_ROOT).resolve())
    return path if inside and path.is_file() else None


def respond(request, name):
    if request.method not in ("GET", "HEAD"):
        return HttpResponseNotAllowed(["GET", "HEAD"])
    path = local_file(name)
    if path is None:
        return HttpResponse(status=404, content_type="text/plain; charset=utf-8")
    stat = path.stat()
    size = stat.st_size
    wanted = byte_range(request.headers.get("Range", ""), size)
    if wanted == "unsatisfiable":
        response = HttpResponse(status=416)
        response["Content-Range"] = f"bytes */{size}"
    else:
        start, end = wanted or (0, size - 1)
        length = end - start + 1 if size else 0
        body = () if request.method == "HEAD" else read(path, start, length)
        response = StreamingHttpResponse(body, status=206 if wanted else 200, content_type=content_type(name))
        response["Content-Length"] = str(length)
        if wanted:
            response["Content-Range"] = f"bytes {start}-{end}/{size}"
        response["Cache-Control"] = CACHE_CONTROL
        response["Last-Modified"] = http_date(stat.st_mtime)
    response["Accept-Ranges"] = "bytes"
    response["X-Content-Type-Options"] = "nosniff"
    return response


class MediaMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        local = settings.MEDIA_URL.startswith("/")
        self.prefix = settings.MEDIA_URL if local else None

    def __call__(self, request):
        if self.prefix and request.path_info.startswith(self.prefix):
            return respond(request, request.path_info[len(self.prefix):])
        return self.get_response(request)

