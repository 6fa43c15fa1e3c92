"""Django's form widgets with the same markup, drawn in Python.

Django draws a widget through templates: an input is three of them, a select
one more per option. On the pages of the job list and the main page that was
a good part of a render; these give the same elements and attributes.
"""

from django import forms
from django.forms.utils import flatatt
from django.utils.html import format_html, format_html_join


class DrawnInput:
    """For an input widget: <input type name value attrs>, as django/forms/widgets/input.html has it."""

    def render(self, name, value, attrs=None, renderer=None):
        widget = self.get_context(name, value, attrs)["widget"]
        value = "" if widget["value"] is None else format_html(' value="{}"', widget["value"])
        return format_html('<input type="{}" name="{}"{}{}>', widget["type"], widget["name"], value,
                           flatatt(widget["attrs"]))


class TextInput(DrawnInput, forms.TextInput):
    pass


class EmailInput(DrawnInput, forms.EmailInput):
    pass


class Select(forms.Select):
    """A select of options without groups, as django/forms/widgets/select.html has it."""

    def render(self, name, value, attrs=None, renderer=None):
        widget = self.get_context(name, value, attrs)["widget"]
        options = format_html_join(
            "", '<option value="{}"{}>{}</option>',
            ((option["value"], flatatt(option["attrs"]), option["label"])
             for _group, group_options, _index in widget["optgroups"] for option in group_options))
        return format_html('<select name="{}"{}>{}</select>', widget["name"], flatatt(widget["attrs"]), options)
