from django import forms
from django.http import QueryDict
from django.utils.translation import gettext_lazy as _

from careers.models import JobAd, Role

# A search is a few words; anything longer is not a search we can answer well.
MAX_QUERY_LENGTH = 100
MAX_WORDS = 8


class JobFilterForm(forms.Form):
    """The filters of the job list and its feed. Every field may be left out.

    The choices come from the caller, who has read them from the database
    already, so that no value in the address (however long or odd) reaches a
    query before it has been matched against them. A value that does not
    validate only drops that filter, with a message next to its field: a
    shared or mistyped address still shows the list.
    """

    q = forms.CharField(
        label=_("Search"), required=False, max_length=MAX_QUERY_LENGTH,
        help_text=_("For example a job title, a town or a word in the ad."),
        error_messages={"max_length": _("Write at most %(limit_value)d characters.")},
        widget=forms.TextInput(attrs={"type": "search", "class": "text-field__input"}),
    )
    # The classes are FKUI's for the input itself (includes/form_field.html draws the rest).
    yrkesroll = forms.ChoiceField(
        label=_("Role"), required=False, widget=forms.Select(attrs={"class": "select-field__select"}),
        error_messages={"invalid_choice": _("There is no such role. Choose a role in the list.")},
    )
    ort = forms.ChoiceField(
        label=_("Place of work"), required=False, widget=forms.Select(attrs={"class": "select-field__select"}),
        error_messages={"invalid_choice": _("There are no open jobs in that place right now. "
                                            "Choose a place in the list.")},
    )

    def __init__(self, data, *, roles, towns):
        super().__init__(data)
        self.fields["yrkesroll"].choices = [("", _("All roles")), *((role.slug, role.title) for role in roles)]
        self.fields["ort"].choices = [("", _("All places")), *((town, town) for town in towns)]

    @classmethod
    def for_open_jobs(cls, data, today):
        """The form with the roles and the places of today's open ads to choose from."""
        towns = JobAd.objects.open(today).order_by("town").values_list("town", flat=True).distinct()
        return cls(data, roles=Role.objects.only("slug", "title"), towns=towns)

    def filter(self, jobs):
        """Narrow the ads down by every filter that validated."""
        self.is_valid()  # cleans once; cleaned_data then holds the valid fields only
        data = self.cleaned_data
        if data.get("yrkesroll"):
            jobs = jobs.filter(role__slug=data["yrkesroll"])
        if data.get("ort"):
            jobs = jobs.filter(town=data["ort"])
        if data.get("q"):
            jobs = jobs.search(data["q"].split()[:MAX_WORDS])
        return jobs

    def query(self):
        """The filters that validated, as a query for page links and the feed."""
        self.is_valid()
        query = QueryDict(mutable=True)
        for name in self.fields:
            if value := self.cleaned_data.get(name):
                query[name] = value
        return query

    def label(self):
        """The chosen role and place in words, for headings: "It, Sundsvall"."""
        self.is_valid()
        parts = []
        for name in ("yrkesroll", "ort"):
            if value := self.cleaned_data.get(name):
                parts.append(dict(self.fields[name].choices)[value])
        return ", ".join(str(part) for part in parts)
