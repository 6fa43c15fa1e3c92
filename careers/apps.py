from django.apps import AppConfig
from django.contrib.admin import apps as admin_apps
from django.utils.translation import gettext_lazy as _


class CareersConfig(AppConfig):
    name = "careers"
    verbose_name = _("Careers site")

    def ready(self):
        from careers import metrics, pagecache  # noqa: F401 (metrics: counts failed logins, a signal receiver)
        from careers.forms import JobFilterForm
        from careers.views import JobListView

        pagecache.invalidate_on_change(*(self.get_model(name) for name in (
            "Page", "Section", "Role", "Testimonial", "Film", "Link", "JobAd", "Contact", "UnionRepresentative",
        )))
        # A page set to publish later goes live without a save.
        pagecache.expire_at(self.get_model("Page").objects.next_publication)
        pagecache.cache_query_params(*JobFilterForm.base_fields, JobListView.page_kwarg)


class EditorAdminConfig(admin_apps.AdminConfig):
    """Django's admin, with the site that asks for a code as well as a password."""

    default = False
    default_site = "careers.twofactor.EditorAdminSite"
