from django import forms
from django.core.validators import RegexValidator
from django.db.models import F
from django.http import QueryDict
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from careers import search
from careers.models import JobAd, Role

# A search is a few words; anything longer is not a search we can answer well.
MAX_QUERY_LENGTH = 100
MAX_WORDS = 8


def select(**kwargs):
    """A choice field whose unknown value gets a Swedish message instead of Django's.

    The class is FKUI's for the select itself (includes/form_field.html draws the rest).
    """
    message = kwargs.pop("message")
    return forms.ChoiceField(required=False, error_messages={"invalid_choice": message},
                             widget=forms.Select(attrs={"class": "select-field__select"}), **kwargs)


class JobFilterForm(forms.Form):
    """The filters of the job list and its feed. Every field may be left out.

    The choices come from the caller, who has read them from the database
    already, so that no value in the address (however long or odd) reaches a
    query before it has been matched against them. A value that does not
    validate only drops that filter, with a message next to its field: a
    shared or mistyped address still shows the list.
    """

    RELEVANCE, NEWEST, DEADLINE = "relevans", "senaste", "sista-ansokningsdag"
    ORDERS = {
        # relevance needs words to rank by; without them it is the newest first
        RELEVANCE: (_("Best match"), None),
        NEWEST: (_("Newest first"), ("-published_on", "title", "pk")),
        DEADLINE: (_("Last application day, soonest first"), ("last_day", "title", "pk")),
    }

    q = forms.CharField(
        label=_("Search"), required=False, max_length=MAX_QUERY_LENGTH,
        help_text=_("For example a job title, a town or a word in the ad."),
        error_messages={"max_length": _("Write at most %(limit_value)d characters.")},
        widget=forms.TextInput(attrs={"type": "search", "class": "text-field__input"}),
    )
    yrkesroll = select(label=_("Role"), message=_("There is no such role. Choose a role in the list."))
    ort = select(label=_("Place of work"), message=_("There are no open jobs in that place right now. "
                                                     "Choose a place in the list."))
    anstallningsform = select(
        label=_("Employment form"), choices=[("", _("All employment forms")), *JobAd.EmploymentForm.choices],
        message=_("There is no such employment form. Choose one in the list."))
    omfattning = select(label=_("Extent"), choices=[("", _("Full time and part time")), *JobAd.Extent.choices],
                        message=_("There is no such extent. Choose one in the list."))
    distans = select(label=_("Remote work"), choices=[("", _("With or without remote work")),
                                                      *JobAd.Remote.choices],
                     message=_("There is no such choice for remote work. Choose one in the list."))
    sortering = select(label=_("Order"), choices=[(value, label) for value, (label, _o) in ORDERS.items()],
                       message=_("The jobs cannot be ordered that way. Choose an order in the list."))

    def __init__(self, data, *, roles, towns):
        super().__init__(data)
        self.fields["yrkesroll"].choices = [("", _("All roles")), *((role.slug, role.title) for role in roles)]
        self.fields["ort"].choices = [("", _("All places")), *((town, town) for town in towns)]

    def drawn_fields(self):
        """Each bound field with what its drawing depends on, as a key for `{% once %}` (the job
        list draws each field once per process for each key): its name, its value as its widget
        reads it from the data, and the choices it offers, which together decide its error too.
        Per field, so that a new search word draws only the search field anew, never the six
        lists; a parameter no field reads (`fbclid`, `utm_source`, the page number) is in no key."""
        for name, field in self.fields.items():
            bound = self[name]
            yield bound, (name, bound.value(), tuple(getattr(field, "choices", ())))

    @classmethod
    def for_open_jobs(cls, data, today, drawn=True):
        """The form with the roles and the places of today's open ads to choose from.

        A form that is not drawn (the feed's) needs the choices only to check
        values given: with none, it reads none.
        """
        if not drawn and not data:
            return cls(data, roles=(), towns=())
        towns = JobAd.objects.open(today).order_by("town").values_list("town", flat=True).distinct()
        return cls(data, roles=Role.objects.only("slug", "title"), towns=towns)

    def filter(self, jobs):
        """Narrow the ads down by every filter that validated, in the order asked for."""
        self.is_valid()  # cleans once; cleaned_data then holds the valid fields only
        data = self.cleaned_data
        if data.get("yrkesroll"):
            jobs = jobs.filter(role__slug=data["yrkesroll"])
        if data.get("ort"):
            jobs = jobs.filter(town=data["ort"])
        for name, field in (("anstallningsform", "employment_form"), ("omfattning", "extent"),
                            ("distans", "remote")):
            if data.get(name):
                jobs = jobs.filter(**{field: data[name]})
        words = self.words()
        if words:
            jobs = jobs.search(words, get_language())  # in English also by the English texts
        order = self.ORDERS[self.order()][1]
        if order is None:
            return search.by_relevance(jobs) if words else jobs
        return jobs.order_by(*order)

    def words(self):
        """The search words that count (at most MAX_WORDS), as one string, or ""."""
        self.is_valid()
        return " ".join(self.cleaned_data.get("q", "").split()[:MAX_WORDS])

    def order(self):
        """The order asked for; by default the best match first for a search, else the newest."""
        self.is_valid()
        if chosen := self.cleaned_data.get("sortering"):
            return chosen
        return self.RELEVANCE if self.words() else self.NEWEST

    def query(self):
        """The filters that validated, as a query for page links and the feed."""
        self.is_valid()
        query = QueryDict(mutable=True)
        for name in self.fields:
            if value := self.cleaned_data.get(name):
                query[name] = value
        return query

    def label(self):
        """The chosen filters in words, for headings: "It, Sundsvall, Deltid"."""
        self.is_valid()
        parts = []
        for name in ("yrkesroll", "ort", "anstallningsform", "omfattning", "distans"):
            if value := self.cleaned_data.get(name):
                parts.append(dict(self.fields[name].choices)[value])
        return ", ".join(str(part) for part in parts)

    def suggestion(self, today):
        """A nearby query built from the words of today's open ads ("Menade du …?"), or None."""
        if not self.words():
            return None
        # modeltranslation reads title and role__title in the page's language: empty where English is missing.
        texts = JobAd.objects.open(today).values_list("title", F("role__title"), "town")
        return search.suggestion(self.words(), search.known_words(" ".join(filter(None, row)) for row in texts))


class ReferenceSearchForm(forms.Form):
    """The status page's search: a reference number, whole or in part ("FK 2025/014210", "014210")."""

    q = forms.CharField(
        label=_("Reference number"), required=False, max_length=50,
        help_text=_("For example FK 2025/012345. You find it in the ad and in our e-mails to you."),
        validators=[RegexValidator(
            r"^[\w /.:-]*$", _("A reference number has only letters, digits, spaces and the signs / - . :"))],
        error_messages={"max_length": _("Write at most %(limit_value)d characters.")},
        widget=forms.TextInput(attrs={"type": "search", "class": "text-field__input"}),
    )

    def filter(self, jobs):
        """The ads whose reference number holds the search, spaces aside; all of them without one."""
        if not (words := " ".join(self.cleaned_data["q"].split())):
            return jobs
        return jobs.filter(reference__icontains=words)
