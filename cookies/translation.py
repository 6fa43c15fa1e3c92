"""The cookie register in both languages (django-modeltranslation: purpose_sv, purpose_en, …).

Swedish is required, English optional: where an entry has no English yet, the
English cookie page shows the Swedish text marked lang="sv" (cookies/views.py).
CookiePolicy holds no text, only its version, so it has nothing to translate:
the policy's prose is interface text, in the catalogue.
"""

from modeltranslation.translator import TranslationOptions, register

from cookies.models import Cookie


@register(Cookie)
class CookieTranslationOptions(TranslationOptions):
    fields = ("purpose", "lifetime")
    required_languages = ("sv",)
    # An English text left empty in the admin is stored as NULL, as the
    # migration left it: "no English yet", the same however the row was made.
    empty_values = None
