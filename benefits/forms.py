from django import forms
from django.utils.translation import gettext_lazy as _

YOUNGEST, OLDEST = 15, 100


class VacationForm(forms.Form):
    """“How many vacation days do I get?”: a birth year in, checked against a sensible working age."""

    fodelsear = forms.IntegerField(
        label=_("Your year of birth"),
        help_text=_("Four digits, for example 1990."),
        error_messages={
            "required": _("Enter your year of birth."),
            "invalid": _("Enter your year of birth with four digits, for example 1990."),
        },
        widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "bday-year", "maxlength": 4,
                                     "class": "text-field__input"}),
    )

    def __init__(self, *args, year, **kwargs):
        super().__init__(*args, **kwargs)
        self.year = year

    def clean_fodelsear(self):
        birth_year = self.cleaned_data["fodelsear"]
        if birth_year > self.year:
            raise forms.ValidationError(_("The year of birth cannot be in the future."))
        age = self.year - birth_year
        if age < YOUNGEST:
            raise forms.ValidationError(
                _("You turn %(age)s this year. The calculator is for those who turn %(youngest)s or older.")
                % {"age": age, "youngest": YOUNGEST}
            )
        if age > OLDEST:
            raise forms.ValidationError(
                _("Check the year: you would turn %(age)s this year.") % {"age": age}
            )
        return birth_year
