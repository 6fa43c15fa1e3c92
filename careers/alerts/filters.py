"""A subscription's filters are the job list's filters: the same form, validated and applied the same way.

Whatever filter the job list gains (JobFilterForm's fields), a subscription
can hold and apply too; nothing here names a filter but the place (see below).
"""

from django.http import QueryDict
from django.utils.translation import gettext as _

from careers.forms import JobFilterForm


def form(data, today, *, stored=""):
    """The job list's filter form, bound to `data` (a QueryDict, or a stored query string).

    The list offers only the places that have open jobs today, but a
    subscription to a place stays meaningful after its last ad closes: the
    place in the `stored` query (never one typed in) stays a valid choice.
    """
    if isinstance(data, str):
        data, stored = QueryDict(data), data
    bound = JobFilterForm.for_open_jobs(data, today)
    town = QueryDict(stored).get("ort")
    if town and "ort" in bound.fields and town not in dict(bound.fields["ort"].choices):
        bound.fields["ort"].choices = [*bound.fields["ort"].choices, (town, town)]
    return bound


def holds(bound, query):
    """Whether every stored filter still validates: a role deleted since would otherwise widen the alert."""
    return bound.query().urlencode() == query


def describe(bound):
    """The filters in words, for pages and e-mails: "Handläggare, Östersund, "it-säkerhet"" or ""."""
    parts = [bound.label()] if bound.label() else []
    if words := bound.cleaned_data.get("q"):
        # Quoted as the language quotes: ”…” in Swedish, “…” in English.
        parts.append(_("“%(words)s”") % {"words": words})
    return ", ".join(parts)
