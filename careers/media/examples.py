"""Example portraits for `loadcontent --examples`: initials drawn on the agency's colours.

Honest examples, made here with Pillow and never a photograph of a person, so
that a newcomer sees a testimonial with its portrait; HR replaces them.
"""

import io

from django.core.files.base import ContentFile
from PIL import Image, ImageDraw, ImageFont

from careers.media import pictures

# FKUI's header green and primary action blue (../shared/brief/fkui.md), with white text: contrast above 4.5.
BACKGROUNDS = ("#116a3e", "#4a52b6")
SIZE = 480


def initials(name):
    """'Anna Lind' -> 'AL'; small words such as 'på' are left out."""
    letters = [word[0] for word in name.split() if word[:1].isupper()]
    return "".join(letters[:1] + letters[1:][-1:]) or name[:1].upper()


def portrait(name, background):
    """A square PNG (bytes) with the name's initials in white on the colour."""
    image = Image.new("RGB", (SIZE, SIZE), background)
    draw = ImageDraw.Draw(image)
    font = ImageFont.load_default(size=SIZE // 3)
    draw.text((SIZE / 2, SIZE / 2), initials(name), fill="white", font=font, anchor="mm")
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def give_portraits(testimonials):
    """Each testimonial without a portrait gets one; the names of those that did."""
    done = []
    for n, testimonial in enumerate(testimonials):
        if testimonial.portrait:
            continue
        upload = ContentFile(portrait(testimonial.name, BACKGROUNDS[n % len(BACKGROUNDS)]))
        testimonial.portrait = pictures.process(upload, "bilder/testimonial")
        # The name stands beside it, and initials say nothing more: screen readers skip the picture.
        testimonial.portrait_decorative = True
        testimonial.save(update_fields=["portrait", "portrait_decorative"])
        done.append(testimonial.name)
    return done
