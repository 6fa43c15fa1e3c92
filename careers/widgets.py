"""Django's form widgets with the same markup, drawn in Python.

Django draws a widget through templates: an input is three of them, a select
one more per option. On the pages of the job list and the main page that was
a good part of a render; these give the same elements and attributes.
"""

from django import forms
from django.forms.utils import flatatt
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe


class DrawnInput:
    """For an input widget: <input type name value attrs>, as django/forms/widgets/input.html has it."""

    def render(self, name, value, attrs=None, renderer=None):
        value = self.format_value(value)
        value = "" if value is None else format_html(' value="{}"', value)
        return format_html('<input type="{}" name="{}"{}{}>', self.input_type, name, value,
                           flatatt(self.build_attrs(self.attrs, attrs)))


class TextInput(DrawnInput, forms.TextInput):
    pass


class EmailInput(DrawnInput, forms.EmailInput):
    pass


class Select(forms.Select):
    """A single select of options without groups, as django/forms/widgets/select.html has it."""

    def render(self, name, value, attrs=None, renderer=None):
        # Django's optgroups() builds a dictionary per option; the first option whose
        # value matches is selected, as there (a single select).
        chosen = self.format_value(value)
        options, selected = [], False
        for option_value, label in self.choices:
            option_value = "" if option_value is None else str(option_value)
            mark = not selected and option_value in chosen
            selected = selected or mark
            options.append((option_value, mark_safe(" selected") if mark else "", label))
        return format_html('<select name="{}"{}>{}</select>', name, flatatt(self.build_attrs(self.attrs, attrs)),
                           format_html_join("", '<option value="{}"{}>{}</option>', options))
