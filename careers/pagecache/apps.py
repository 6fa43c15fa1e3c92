from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PageCacheConfig(AppConfig):
    """An app only for its one table: the version of the content, kept where the saves are."""

    name = "careers.pagecache"
    label = "pagecache"
    verbose_name = _("Page cache")
