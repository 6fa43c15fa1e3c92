from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from careers.alerts import mail
from careers.alerts.models import Frequency


class FrequencyField(forms.ChoiceField):
    widget = forms.RadioSelect

    def __init__(self, **kwargs):
        super().__init__(
            label=_("How often do you want e-mail?"), choices=Frequency.choices,
            error_messages={"required": _("Choose how often you want e-mail."),
                            "invalid_choice": _("Choose once a day or once a week.")},
            **kwargs,
        )


class SignupForm(forms.Form):
    """The visitor's half of a sign-up; the filters come from the address, through the job list's form."""

    epost = forms.EmailField(
        label=_("Your e-mail address"), max_length=254,
        help_text=_("We send a link there. The alert starts when you click it."),
        error_messages={"required": _("Fill in your e-mail address."),
                        "invalid": _("Write the e-mail address like this: name@example.com."),
                        "max_length": _("The e-mail address is too long.")},
        widget=forms.EmailInput(attrs={"autocomplete": "email", "class": "text-field__input"}),
    )
    frekvens = FrequencyField(initial=Frequency.WEEKLY)

    def clean_epost(self):
        # The part after @ is case-insensitive; the part before is kept as written.
        local, _at, domain = self.cleaned_data["epost"].rpartition("@")
        address = f"{local}@{domain.lower()}"
        if not mail.can_send_to(address):
            raise ValidationError(_("We cannot send e-mail to that address. Check it, or write another one."),
                                  code="unsendable")
        return address


class FrequencyForm(forms.Form):
    frekvens = FrequencyField()
