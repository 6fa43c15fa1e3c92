"""A picture on a content model: three fields, and the admin form that fills them.

The model keeps what `pictures.store` returned (never the upload itself, whose
metadata would be served), the alt text, and whether the picture is
decorative. The form takes the upload, checks and renders it while it is
validated (a bad file is an error on the form and nothing is stored) and
stores the renditions when it is saved.
"""

from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _

from careers.media import pictures


def picture_fields(label):
    """(data, alt text, decorative) fields, unpacked in a model's body as `name, name_alt, name_decorative`.

    Each can be added while the previous release still inserts rows (tests/test_migrations.py).
    """
    return (
        models.JSONField(label, null=True, blank=True, editable=False),
        models.CharField(_("alt text"), max_length=300, blank=True, default="", db_default="", help_text=_(
            "What the picture shows, for those who cannot see it. Required with a picture "
            "unless it is marked as decorative.")),
        models.BooleanField(_("decorative"), default=False, db_default=False, help_text=_(
            "Tick only when the picture adds nothing the text does not say: screen readers then skip it.")),
    )


def picture(instance, name):
    """The model's picture as a pictures.Picture, or None."""
    data = getattr(instance, name)
    if not data:
        return None
    return pictures.Picture(data, getattr(instance, f"{name}_alt"), getattr(instance, f"{name}_decorative"))


class PictureFormMixin:
    """For a ModelForm made by picture_form(): checks, renders and stores its pictures."""

    picture_names = ()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._renditions = {}
        for name in self.picture_names:
            help_text = _("JPEG, PNG or WebP, at most %(megabytes)s MB. It is made into the sizes and formats "
                          "browsers want, and what the camera stored in it (such as where it was taken) is removed.")
            if data := getattr(self.instance, name):
                help_text = _("There is a picture, %(width)s × %(height)s pixels. Upload another to replace it.")
            self.fields[f"{name}_upload"].help_text = help_text % {
                "megabytes": pictures.MAX_BYTES // (1024 * 1024), **(data or {})}

    def clean(self):
        cleaned = super().clean()
        for name in self.picture_names:
            upload = cleaned.get(f"{name}_upload")
            if upload:
                try:
                    self._renditions[name] = pictures.render(pictures.check(upload))
                except forms.ValidationError as error:
                    self.add_error(f"{name}_upload", error)
                    continue
            shown = upload or (getattr(self.instance, name) and not cleaned.get(f"{name}_remove"))
            if shown and not cleaned.get(f"{name}_decorative") and not cleaned.get(f"{name}_alt", "").strip():
                self.add_error(f"{name}_alt", _("Describe the picture in an alt text, or mark it as decorative."))
        return cleaned

    def save(self, commit=True):
        for name in self.picture_names:
            if name in self._renditions:
                files, size = self._renditions[name]
                setattr(self.instance, name, pictures.store(files, size, f"bilder/{self._meta.model._meta.model_name}"))
            elif self.cleaned_data.get(f"{name}_remove"):
                setattr(self.instance, name, None)
        return super().save(commit)


def picture_form(*names):
    """A ModelForm base with an upload and a remove box for each named picture."""
    attrs = {"picture_names": names}
    for name in names:
        attrs[f"{name}_upload"] = forms.FileField(
            label=_("Upload a picture"), required=False,
            widget=forms.FileInput(attrs={"accept": "image/jpeg,image/png,image/webp"}))
        attrs[f"{name}_remove"] = forms.BooleanField(label=_("Remove the picture"), required=False)
    return type("PictureForm", (PictureFormMixin, forms.ModelForm), attrs)


def admin_fields(name):
    """The form's fields of one picture, for a ModelAdmin's `fields`."""
    return [f"{name}_upload", f"{name}_remove", f"{name}_alt", f"{name}_decorative"]
