"""The film in the admin: every file is read before anything is stored, and refused with a reason.

The MP4 must hold H.264 and AAC, the WebM VP9 or AV1 and Opus: between them every
browser plays one. ffprobe reads the container and codecs from the uploaded
file itself; the captions are parsed (careers/webvtt.py). A form with an error
stores nothing: files reach the storage only when the film is saved.
"""

from django import forms
from django.contrib import admin
from django.core.files.uploadedfile import UploadedFile
from django.template.defaultfilters import filesizeformat
from django.utils.formats import number_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from careers import webvtt
from careers.contentadmin import ContentAdmin
from careers.film import Film, ProbeError, probe, streams

MAX_FILM_BYTES = 500 * 1024 * 1024
MAX_POSTER_BYTES = 100 * 1024
MAX_POSTER_PIXELS = 3840 * 2160  # a small file can still unpack to an enormous picture
MAX_CAPTION_BYTES = 512 * 1024
SAME_LENGTH_SECONDS = 1.0  # the MP4 and the WebM are the same film

# What ffprobe calls the containers: the MP4 family, and Matroska, of which WebM is a kind.
MP4_FORMAT, WEBM_FORMAT = "mov,mp4,m4a,3gp,3g2,mj2", "matroska,webm"
QUICKTIME_BRAND = "qt  "
POSTER_CODECS = {"mjpeg", "png", "webp"}

# (container, video codecs, audio codecs, names for the message)
KINDS = {
    "mp4": (MP4_FORMAT, {"h264"}, {"aac"}, ("MP4", "H.264", "AAC")),
    "webm": (WEBM_FORMAT, {"vp9", "av1"}, {"opus"}, ("WebM", gettext_lazy("VP9 or AV1"), "Opus")),
}


def uploaded(value):
    """The file when one was uploaded now; None for a file already stored (or none)."""
    return value if isinstance(value, UploadedFile) else None


def too_large(upload, limit):
    if upload.size > limit:
        raise forms.ValidationError(_("The file is too large: at most %(size)s.") % {"size": filesizeformat(limit)})


def check_video(upload, kind):
    """ffprobe's account of a film file, or a ValidationError that says what is wrong with it."""
    too_large(upload, MAX_FILM_BYTES)
    container, video_codecs, audio_codecs, (name, video_name, audio_name) = KINDS[kind]
    try:
        info = probe(upload)
    except ProbeError as error:
        raise forms.ValidationError(str(error)) from None
    fmt = info.get("format", {})
    brand = fmt.get("tags", {}).get("major_brand", "")
    if fmt.get("format_name") != container or brand == QUICKTIME_BRAND:
        raise forms.ValidationError(_("The file is not a %(container)s file.") % {"container": name})
    video, audio = streams(info, "video"), streams(info, "audio")
    if not video:
        raise forms.ValidationError(_("The %(container)s file has no picture.") % {"container": name})
    if not audio:
        raise forms.ValidationError(_("The %(container)s file has no sound.") % {"container": name})
    if len(video) > 1 or video[0].get("codec_name") not in video_codecs:
        raise forms.ValidationError(
            _("The picture in the %(container)s file must be %(wanted)s; it is %(found)s.")
            % {"container": name, "wanted": video_name, "found": codec_names(video)})
    if len(audio) > 1 or audio[0].get("codec_name") not in audio_codecs:
        raise forms.ValidationError(
            _("The sound in the %(container)s file must be %(wanted)s; it is %(found)s.")
            % {"container": name, "wanted": audio_name, "found": codec_names(audio)})
    try:
        info["seconds"] = float(fmt["duration"])
    except (KeyError, ValueError):
        raise forms.ValidationError(_("The length of the film cannot be read from the file.")) from None
    info["video"] = video[0]
    return info


def codec_names(found):
    return ", ".join(stream.get("codec_name", "?") for stream in found)


def check_poster(upload):
    too_large(upload, MAX_POSTER_BYTES)
    try:
        info = probe(upload)
    except ProbeError as error:
        raise forms.ValidationError(str(error)) from None
    pictures = streams(info, "video")
    # A still picture has one frame and no length; an MJPEG film or an animation has more.
    still = len(info["streams"]) == 1 and info["format"].get("duration", "N/A") == "N/A"
    if len(pictures) != 1 or pictures[0].get("codec_name") not in POSTER_CODECS or not still:
        raise forms.ValidationError(_("The poster must be a JPEG, PNG or WebP picture."))
    if pictures[0].get("width", 0) * pictures[0].get("height", 0) > MAX_POSTER_PIXELS:
        raise forms.ValidationError(_("The poster is too large: at most %(pixels)s pixels.")
                                    % {"pixels": "3840 × 2160"})


def check_captions(upload):
    too_large(upload, MAX_CAPTION_BYTES)
    data = upload.read()
    upload.seek(0)
    try:
        return webvtt.parse(data)
    except webvtt.CaptionError as error:
        raise forms.ValidationError(str(error)) from None


class FilmForm(forms.ModelForm):
    class Meta:
        model = Film
        fields = ["testimonial", "mp4", "webm", "poster", "captions_sv", "captions_en", "transcript"]

    def clean_mp4(self):
        if upload := uploaded(self.cleaned_data["mp4"]):
            info = check_video(upload, "mp4")
            self.instance.duration = info["seconds"]
            self.instance.width, self.instance.height = info["video"]["width"], info["video"]["height"]
        return self.cleaned_data["mp4"]

    def clean_webm(self):
        if upload := uploaded(self.cleaned_data["webm"]):
            info = check_video(upload, "webm")
            self.webm_seconds = info["seconds"]
            self.instance.webm_codec = info["video"]["codec_name"]
        return self.cleaned_data["webm"]

    def clean_poster(self):
        if upload := uploaded(self.cleaned_data["poster"]):
            check_poster(upload)
        return self.cleaned_data["poster"]

    def clean_captions_sv(self):
        if upload := uploaded(self.cleaned_data["captions_sv"]):
            self.cues_sv = check_captions(upload)
        return self.cleaned_data["captions_sv"]

    def clean_captions_en(self):
        if upload := uploaded(self.cleaned_data.get("captions_en")):
            self.cues_en = check_captions(upload)
        return self.cleaned_data.get("captions_en")

    def clean(self):
        cleaned = super().clean()
        length = self.instance.duration
        if self.has_error("mp4") or self.has_error("webm") or not length:
            return cleaned
        if hasattr(self, "webm_seconds") and abs(self.webm_seconds - length) > SAME_LENGTH_SECONDS:
            self.add_error("webm", _("The WebM file is %(webm)s seconds long and the MP4 file %(mp4)s: "
                                     "they must be the same film.")
                           % {"webm": number_format(self.webm_seconds, 1), "mp4": number_format(length, 1)})
        for field in ("captions_sv", "captions_en"):
            cues = getattr(self, f"cues_{field[-2:]}", [])
            if cues and cues[-1].start > length:
                self.add_error(field, _("A caption starts after the film has ended (at %(seconds)s seconds).")
                               % {"seconds": number_format(cues[-1].start, 1)})
        return cleaned


@admin.register(Film)
class FilmAdmin(ContentAdmin):
    form = FilmForm
    list_display = ["testimonial", "length"]
    readonly_fields = ["length"]
    markdown_fields = ["transcript"]

    @admin.display(description=gettext_lazy("length"))
    def length(self, film):
        return film.length_in_words() if film.duration else "–"
