import uuid

from django.db import models
from django.utils.translation import gettext_lazy as _


class ContentVersion(models.Model):
    """The version of the content that pages show: one row, changed in the same transaction as every save.

    The cache holds only a copy of it, so a save never depends on the cache,
    and a new content version started while the cache is down is not lost: it is
    here, and every instance reads it again within a lease (version.py).
    """

    value = models.CharField(_("version"), max_length=32)

    class Meta:
        # Its first name: renaming the table would break the instances still on the
        # old code in a rolling deploy (README.md, "Upgrades"), for a name no one reads.
        db_table = "pagecache_generation"
        verbose_name = _("content version")
        verbose_name_plural = _("content versions")
        ordering = ["pk"]

    def __str__(self):
        return self.value

    @classmethod
    def current(cls):
        return cls.objects.values_list("value", flat=True).filter(pk=1).first() or cls.start()

    @classmethod
    def start(cls, using=None):
        """A new content version, in the caller's transaction; returns it."""
        value = uuid.uuid4().hex
        if not cls.objects.using(using).filter(pk=1).update(value=value):
            cls.objects.using(using).create(pk=1, value=value)
        return value
