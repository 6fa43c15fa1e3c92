from django import template

from careers import markup
from careers.models import Section

register = template.Library()

# The template that shows each listing after a section's text on the main page (careers/home.html).
LISTING_TEMPLATES = {
    Section.Listing.ROLES: "careers/listings/roles.html",
    Section.Listing.TESTIMONIALS: "careers/listings/testimonials.html",
    Section.Listing.BENEFITS: "careers/listings/benefits.html",
    Section.Listing.LINKS: "careers/listings/links.html",
}


@register.filter
def markdown(text):
    return markup.render(text)


@register.filter
def listing_template(listing):
    return LISTING_TEMPLATES[listing]


@register.filter
def thousands(number):
    """13000 → "13 000" with a no-break space, as Swedish writes numbers."""
    return f"{number:,}".replace(",", "\u00a0")
