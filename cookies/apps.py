from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CookiesConfig(AppConfig):
    name = "cookies"
    verbose_name = _("Cookies and consent")

    def ready(self):
        from careers import pagecache

        # The register and the policy are shown on pages; consent records,
        # written by visitors all the time, never are.
        pagecache.invalidate_on_change(self.get_model("Cookie"), self.get_model("CookiePolicy"))
