from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BenefitsConfig(AppConfig):
    name = "benefits"
    verbose_name = _("Benefits")

    def ready(self):
        from benefits.forms import VacationForm
        from careers import pagecache

        pagecache.invalidate_on_change(*(self.get_model(name) for name in ("Benefit", "Amount", "VacationTier")))
        # The vacation calculator on the main page is a GET form.
        pagecache.cache_query_params(*VacationForm.base_fields)
