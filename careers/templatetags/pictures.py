"""{% picture image sizes lazy=True class="…" %}: one stored picture as <picture> (careers/media/pictures.py)."""

from django import template

register = template.Library()


@register.inclusion_tag("includes/picture.html")
def picture(image, sizes, lazy=True, css_class=""):
    """`image` is a pictures.Picture or None (then nothing). The first picture of a page is not lazy."""
    return {"image": image, "sizes": sizes, "lazy": lazy, "css_class": css_class}
