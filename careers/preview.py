""""Förhandsgranska": the change form's unsaved content, shown by the public view in a new tab.

The button posts the whole change form here (a submit button with formaction
and formtarget: no JavaScript). The object and its inlines are saved as the
admin would save them, the public view renders the page from the database,
and the transaction is then rolled back: the preview shows exactly what the
site would show, through the site's own view and templates, and nothing is kept.
"""

import copy

from django.contrib.admin.utils import flatten_fieldsets, unquote
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.forms.formsets import all_valid
from django.http import Http404, HttpResponseNotAllowed, QueryDict
from django.shortcuts import render
from django.urls import path, resolve
from django.utils.cache import add_never_cache_headers, patch_cache_control


class PreviewMixin:
    """Adds the preview to a ModelAdmin whose model has get_absolute_url()."""

    change_form_template = "admin/preview_change_form.html"

    def get_urls(self):
        name = f"{self.opts.app_label}_{self.opts.model_name}_preview"
        view = self.admin_site.admin_view(self.preview_view)
        return [
            path("preview/", view, name=name),
            path("<path:object_id>/preview/", view, name=name),
        ] + super().get_urls()

    def show_in_preview(self, obj):
        """Make the saved copy visible to the public view (only inside the rolled-back transaction)."""

    def preview_view(self, request, object_id=None):
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        obj = None
        if object_id is not None:
            obj = self.get_object(request, unquote(object_id))
            if obj is None:
                raise Http404
        if not (self.has_change_permission(request, obj) if obj else self.has_add_permission(request)):
            raise PermissionDenied
        change = obj is not None
        ModelForm = self.get_form(request, obj, change=change,
                                  fields=flatten_fieldsets(self.get_fieldsets(request, obj)))
        form = ModelForm(request.POST, request.FILES, instance=obj)
        formsets, _ = self._create_formsets(request, form.instance, change=change)
        if not (form.is_valid() and all_valid(formsets)):
            response = render(request, "admin/preview_invalid.html", {
                **self.admin_site.each_context(request), "opts": self.opts,
                "title": self.opts.verbose_name, "form": form, "formsets": formsets,
            }, status=400)
        else:
            with transaction.atomic():
                obj = self.save_form(request, form, change=change)
                self.save_model(request, obj, form, change)
                self.save_related(request, form, formsets, change)
                self.show_in_preview(obj)
                response = public_response(request, obj.get_absolute_url())
                transaction.set_rollback(True)
        # An unsaved version for one editor's eyes: never stored by any cache.
        add_never_cache_headers(response)
        patch_cache_control(response, private=True)
        response["X-Robots-Tag"] = "noindex"
        return response


def public_response(request, url):
    """What the public view at `url` answers a GET from this editor, rendered now, marked as a preview."""
    match = resolve(url)
    public = copy.copy(request)
    public.method = "GET"
    public.GET, public.POST = QueryDict(), QueryDict()
    public.path = public.path_info = url
    public.META = {**request.META, "REQUEST_METHOD": "GET", "PATH_INFO": url, "QUERY_STRING": ""}
    public.preview = True  # base.html shows the preview notice
    response = match.func(public, *match.args, **match.kwargs)
    if hasattr(response, "render"):
        response.render()  # inside the transaction, while the unsaved rows are there
    return response
