"""Pictures: an upload checked, then made into the sizes and formats browsers want.

`check(file)` refuses what is not a real JPEG, PNG or WebP (by its content,
never its name: no SVG), what is too large in bytes or in pixels (a
decompression bomb), and what cannot be read to its end; its message is
meant for the admin form. `render(image)` turns the picture upright (EXIF
orientation) and makes AVIF, WebP and JPEG at a few widths, never wider than
the original, with no metadata at all: a phone photo's EXIF says where it was
taken. `store(renditions, folder)` saves them through the default storage and
returns what `Picture` needs to draw a <picture> element, which is what the
models keep (careers/media/fields.py).
"""

import io
import warnings
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageOps, UnidentifiedImageError

MAX_BYTES = 15 * 1024 * 1024
MAX_PIXELS = 40_000_000  # a 40-megapixel camera; a bomb of small bytes unpacks to far more
Image.MAX_IMAGE_PIXELS = MAX_PIXELS
ACCEPTED = ("JPEG", "PNG", "WEBP")
WIDTHS = (480, 960, 1440)
# (format name in the stored data, Pillow's name, MIME type, save options); the browser takes the first it knows.
FORMATS = (
    ("avif", "AVIF", "image/avif", {"quality": 55, "speed": 8}),
    ("webp", "WEBP", "image/webp", {"quality": 80, "method": 4}),
    ("jpeg", "JPEG", "image/jpeg", {"quality": 82, "optimize": True, "progressive": True}),
)
EXTENSIONS = {"avif": "avif", "webp": "webp", "jpeg": "jpg"}


def check(file):
    """The upload as a loaded, upright Pillow image; ValidationError (in Swedish) if it is not a picture we take."""
    if file.size > MAX_BYTES:
        raise ValidationError(_("The file is too large. A picture may be at most %(megabytes)s MB."),
                              code="too_large", params={"megabytes": MAX_BYTES // (1024 * 1024)})
    file.seek(0)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(file, formats=ACCEPTED)
            if image.width * image.height > MAX_PIXELS:
                raise Image.DecompressionBombError
            image.load()
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise ValidationError(
            _("The picture has too many pixels. It may have at most %(megapixels)s million pixels."),
            code="too_many_pixels", params={"megapixels": MAX_PIXELS // 1_000_000},
        ) from None
    except UnidentifiedImageError:
        raise ValidationError(_("The file is not a picture in JPEG, PNG or WebP format. "
                                "Other formats, such as SVG, cannot be uploaded."), code="not_a_picture") from None
    except (OSError, SyntaxError, ValueError):
        raise ValidationError(_("The picture is damaged or incomplete. Save it again and upload the new file."),
                              code="damaged") from None
    finally:
        file.seek(0)
    return ImageOps.exif_transpose(image)


def widths(width):
    """The widths to make: those below the original's, and the original's own when it is narrower than the largest."""
    return sorted({min(w, width) for w in WIDTHS})


def render(image):
    """{(format, width): bytes} and the upright picture's (width, height); no metadata in any of them."""
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        opaque = Image.new("RGB", image.size, "white")  # JPEG has no transparency: white behind it
        opaque.paste(rgba, mask=rgba.getchannel("A"))
    else:
        opaque = image.convert("RGB")
    files = {}
    for width in widths(opaque.width):
        height = max(1, round(opaque.height * width / opaque.width))
        # A new image holds pixels only: nothing of the upload's info (EXIF, XMP, ICC, comments) comes along.
        sized = Image.new("RGB", (width, height))
        sized.paste(opaque.resize((width, height), Image.Resampling.LANCZOS))
        for key, pillow_format, _type, options in FORMATS:
            out = io.BytesIO()
            sized.save(out, pillow_format, **options)
            files[key, width] = out.getvalue()
    return files, opaque.size


def store(files, size, folder):
    """Save the renditions; the data a model keeps for them."""
    sources = {}
    for (key, width), data in sorted(files.items()):
        name = default_storage.save(f"{folder}/{width}.{EXTENSIONS[key]}", ContentFile(data))
        sources.setdefault(key, []).append([width, name])
    widest = max(w for w, _name in sources["jpeg"])
    return {"width": widest, "height": max(1, round(size[1] * widest / size[0])), "sources": sources}


def process(file, folder):
    """check, render and store, in one: the data to keep on the model."""
    files, size = render(check(file))
    return store(files, size, folder)


@dataclass
class Picture:
    """What a template needs to draw one stored picture (templates/includes/picture.html)."""

    data: dict
    alt: str
    decorative: bool

    @property
    def width(self):
        return self.data["width"]

    @property
    def height(self):
        return self.data["height"]

    def srcset(self, key):
        return ", ".join(f"{default_storage.url(name)} {width}w" for width, name in self.data["sources"][key])

    def sources(self):
        return [(mime, self.srcset(key)) for key, _name, mime, _options in FORMATS if key != "jpeg"]

    def srcset_jpeg(self):
        return self.srcset("jpeg")

    def src(self):
        """The JPEG for browsers without srcset: the one nearest 960 pixels."""
        return default_storage.url(min(self.data["sources"]["jpeg"], key=lambda s: abs(s[0] - 960))[1])

    def alt_text(self):
        return "" if self.decorative else self.alt


def names(data):
    """Every stored file of a picture's data."""
    return [name for sources in (data or {}).get("sources", {}).values() for _width, name in sources]
