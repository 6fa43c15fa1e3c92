import uuid

from django.db import models
from django.utils.translation import gettext_lazy as _


class Generation(models.Model):
    """The page cache's current generation: one row, changed in the same transaction as every save.

    The cache holds only a copy of it, so a save never depends on the cache,
    and a new generation started while the cache is down is not lost: it is
    here, and every instance reads it again within a lease (generation.py).
    """

    value = models.CharField(_("generation"), max_length=32)

    class Meta:
        verbose_name = _("page cache generation")
        verbose_name_plural = _("page cache generations")
        ordering = ["pk"]

    def __str__(self):
        return self.value

    @classmethod
    def current(cls):
        return cls.objects.values_list("value", flat=True).filter(pk=1).first() or cls.start()

    @classmethod
    def start(cls, using=None):
        """A new generation, in the caller's transaction; returns it."""
        value = uuid.uuid4().hex
        if not cls.objects.using(using).filter(pk=1).update(value=value):
            cls.objects.using(using).create(pk=1, value=value)
        return value
