"""The English version of a job ad (issue 22): modeltranslation's columns beside the Swedish ones.

Swedish is the ad: a state ad is published in Swedish, so `title_sv` and the texts the
Swedish ad requires stay required; HR may write an English title and English texts
(`title_en`, `duties_en`, …) beside them. Facts with choices (employment form, extent,
remote work) are drawn in the page's language from their labels; dates and numbers need
no translation. The pay's free text is not translated: its usual value is drawn from a
msgid (careers/jobad_facts.html), anything else is shown in Swedish, marked as such.

Registered from careers/translation.py, which modeltranslation reads at start-up.
"""

from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modeltranslation.translator import TranslationOptions, register

from careers.jobads import JobAd
from careers.search import SWEDISH

# The texts HR writes in words. Kept in one place: the search documents (careers/search.py,
# migration 0014) and the "has English" test (JobAd.in_english) read the same names.
TRANSLATED = ("title", "duties", "qualifications", "merits", "duration", "working_hours")


@register(JobAd)
class JobAdTranslation(TranslationOptions):
    fields = TRANSLATED
    # Only Swedish is required: the English fields are optional in the admin.
    required_languages = ("sv",)
    # A text left empty is NULL, as a text never written is: restoring a version from the
    # history then gives back the same row (tests/careers/test_history.py).
    empty_values = None


def english_errors(job):
    """The English version is whole or absent: a title and its duties, or neither (`JobAd.clean()`)."""
    texts = [name for name in TRANSLATED if getattr(job, f"{name}_en", None)]
    if not texts or (job.title_en and job.duties_en):
        return {}
    if job.title_en:
        return {"duties_en": _("Write the duties in English too, or leave the English title empty.")}
    return {"title_en": _("Give the ad an English title, or leave the English texts empty.")}


def shown_language(obj, field):
    """The language the page shows `obj.<field>` in: the page's own, or Swedish where that has no text.

    (modeltranslation falls back to the Swedish text by itself; this says when it did, so that the
    text can be marked `lang="sv"` on an English page.)
    """
    language = page_language()
    if language != SWEDISH and not getattr(obj, f"{field}_{language}", None):
        return SWEDISH
    return language


def page_language():
    return get_language() or SWEDISH


def foreign_language(obj, field):
    """The language of `obj.<field>` where it is not the page's (an ad without English), else ""."""
    language = shown_language(obj, field)
    return "" if language == page_language() else language
