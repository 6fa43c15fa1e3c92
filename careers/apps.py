from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CareersConfig(AppConfig):
    name = "careers"
    verbose_name = _("Careers site")

    def ready(self):
        from careers import cache

        cache.connect_invalidation()
