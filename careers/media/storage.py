"""The storages of uploaded files: every name carries a hash of the file's content.

A file that changes gets a new name, so every copy of it, in browsers and in
proxies, may be kept for a year and never asked about again (serve.py and the
object storage's Cache-Control say so). Saving the same content twice stores it
once.
"""

import hashlib
import mimetypes
import posixpath

from django.core.files.storage import FileSystemStorage
from storages.backends.s3 import S3Storage

CACHE_CONTROL = "public, max-age=31536000, immutable"

# The kinds of file the site stores and serves, with their types (Python's table lacks some, and no charset).
CONTENT_TYPES = {
    ".avif": "image/avif",
    ".webp": "image/webp",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".png": "image/png",
    ".mp4": "video/mp4",
    ".webm": "video/webm",
    ".vtt": "text/vtt; charset=utf-8",
}


def content_type(name):
    extension = posixpath.splitext(name)[1].lower()
    return CONTENT_TYPES.get(extension) or mimetypes.guess_type(name)[0] or "application/octet-stream"


def servable(name):
    """Whether the site serves a stored file of this name: only the kinds in CONTENT_TYPES."""
    return posixpath.splitext(name)[1].lower() in CONTENT_TYPES


def digest(content):
    sha = hashlib.sha256()
    content.seek(0)
    for chunk in content.chunks():
        sha.update(chunk)
    content.seek(0)
    return sha.hexdigest()[:16]


class HashedNamesMixin:
    def save(self, name, content, max_length=None):
        name = name or content.name
        root, extension = posixpath.splitext(name)
        name = f"{root}.{digest(content)}{extension.lower()}"
        if self.exists(name):  # the same content, already stored
            return name
        return super().save(name, content, max_length=max_length)


class LocalStorage(HashedNamesMixin, FileSystemStorage):
    """A folder under DJANGO_DATA_DIR, served by careers.media.serve."""


class ObjectStorage(HashedNamesMixin, S3Storage):
    """S3-compatible object storage: each object states its type and its year of caching."""

    def get_object_parameters(self, name):
        return {**super().get_object_parameters(name), "ContentType": content_type(name),
                "CacheControl": CACHE_CONTROL}
