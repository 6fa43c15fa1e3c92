"""A film of our own, played on the site: MP4 and WebM, a poster, captions and a text version.

The files are stored through Django's default storage under names made from
their content (careers/media/storage.py), so that a file's address never changes while
it exists and can be cached for good. What the files are is read from them with
ffprobe (probe()), never taken from their names or typed in: the admin refuses
a film that some browsers could not play (careers/filmadmin.py), and the length
shown on the page is the file's own.
"""

import json
import subprocess
import tempfile
from pathlib import Path

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

PROBE_SECONDS = 30  # ffprobe reads only the headers; a file that takes longer is refused


class ProbeError(Exception):
    pass


def probe(upload):
    """ffprobe's account of an uploaded file (or a path): its container and streams, as a dict.

    ProbeError when ffprobe cannot read it as media at all (a text file, a
    broken upload), when it takes too long, or when ffprobe is missing.
    """
    if isinstance(upload, (str, Path)):
        return run_ffprobe(str(upload))
    if hasattr(upload, "temporary_file_path"):  # large uploads are already on disk
        return run_ffprobe(upload.temporary_file_path())
    with tempfile.NamedTemporaryFile(suffix=Path(upload.name).suffix) as copy:
        for chunk in upload.chunks():
            copy.write(chunk)
        copy.flush()
        upload.seek(0)
        return run_ffprobe(copy.name)


def run_ffprobe(path):
    command = ["ffprobe", "-v", "error", "-print_format", "json", "-show_format", "-show_streams", path]
    try:
        result = subprocess.run(command, capture_output=True, timeout=PROBE_SECONDS, check=False)
    except FileNotFoundError:
        raise ProbeError(_("The file cannot be checked: ffprobe is missing on the server.")) from None
    except subprocess.TimeoutExpired:
        raise ProbeError(_("The file took too long to read. Is it a film?")) from None
    if result.returncode != 0:
        raise ProbeError(_("The file cannot be read as a film or a picture. Is it damaged, or of another kind?"))
    info = json.loads(result.stdout or b"{}")
    if not info.get("streams"):
        raise ProbeError(_("The file cannot be read as a film or a picture. Is it damaged, or of another kind?"))
    return info


def streams(info, kind):
    return [stream for stream in info["streams"] if stream.get("codec_type") == kind]


class Film(models.Model):
    testimonial = models.OneToOneField(
        "careers.Testimonial", verbose_name=_("testimonial"), on_delete=models.CASCADE, related_name="film",
        help_text=_("The film is shown with this testimonial, on the main page and the colleagues' page."),
    )
    mp4 = models.FileField(_("film as MP4"), upload_to="film/", max_length=200,
                          help_text=_("An MP4 file with H.264 picture and AAC sound."))
    webm = models.FileField(_("film as WebM"), upload_to="film/", max_length=200,
                           help_text=_("The same film as a WebM file with VP9 or AV1 picture and Opus sound. "
                                       "Browsers play the one they can."))
    poster = models.FileField(_("poster image"), upload_to="film/", max_length=200,
                             help_text=_("A JPEG, PNG or WebP picture shown before the film is started, "
                                         "at most 100 KB: every visitor loads it."))
    captions_sv = models.FileField(_("Swedish captions"), upload_to="film/", max_length=200,
                                  help_text=_("A WebVTT file (.vtt) with everything that is said and heard."))
    captions_en = models.FileField(_("English captions"), upload_to="film/", max_length=200, blank=True,
                                  help_text=_("A WebVTT file (.vtt), for the English site. Optional."))
    transcript = models.TextField(
        _("text version"),
        help_text=_("What is said and shown in the film, for those who cannot watch or hear it. "
                    "Markdown: paragraphs, lists, links and emphasis."),
    )
    # Read from the files when they are uploaded, never typed.
    duration = models.FloatField(_("length in seconds"), editable=False, default=0)
    width = models.PositiveIntegerField(editable=False, default=0)
    height = models.PositiveIntegerField(editable=False, default=0)
    webm_codec = models.CharField(editable=False, max_length=10, default="")

    class Meta:
        verbose_name = _("film")
        verbose_name_plural = _("films")

    def __str__(self):
        return str(self.testimonial)

    def length_in_words(self):
        """ "3 minutes" for a film of 2 min 50 s; seconds for one shorter than a minute."""
        seconds = round(self.duration)
        if seconds < 60:
            return ngettext("%(count)d second", "%(count)d seconds", seconds) % {"count": seconds}
        minutes = round(seconds / 60)
        return ngettext("%(count)d minute", "%(count)d minutes", minutes) % {"count": minutes}

    def webm_type(self):
        # A codecs parameter lets a browser skip a source it cannot play without fetching it.
        return 'video/webm; codecs="vp9, opus"' if self.webm_codec == "vp9" else "video/webm"
