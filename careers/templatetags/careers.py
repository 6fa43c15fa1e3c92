from django import template

from careers import markup

register = template.Library()


@register.filter
def markdown(text):
    return markup.render(text)


@register.filter
def thousands(number):
    """13000 → "13 000" with a no-break space, as Swedish writes numbers."""
    return f"{number:,}".replace(",", "\u00a0")
