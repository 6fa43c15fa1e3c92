from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AlertsConfig(AppConfig):
    name = "careers.alerts"
    label = "alerts"
    verbose_name = _("Job alerts")
    # Subscriptions change no public page, so nothing is registered with the
    # page cache; the sign-up and management pages carry CSRF tokens, which
    # the cache never stores.

    def ready(self):
        from careers.alerts import checks  # noqa: F401 (registers the deploy check)
