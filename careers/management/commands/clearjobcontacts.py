"""Deletes the contact persons and union representatives of long-closed ads, history and all.

The admin keeps a version of an ad with its inline rows at every save
(careers/contentadmin.py), and `deleterevisions` keeps versions for a year: the
people's names, phone numbers and e-mail addresses are stored there too, and
restoring an old version of the ad would bring them back. So the command also
deletes every stored version of those people, and takes their names out of the
change messages of the ad's history (the revisions' comments and the admin's
log), which name each person added, changed or removed.
"""

import json

from django.conf import settings
from django.contrib.admin.models import LogEntry
from django.contrib.contenttypes.models import ContentType
from django.core.management.base import BaseCommand
from django.db import models, transaction
from django.db.models.functions import Cast
from django.utils import timezone, translation
from reversion.errors import RevertError
from reversion.models import Revision, Version

from careers.models import Contact, JobAd, UnionRepresentative

PEOPLE = (Contact, UnionRepresentative)
# What the change messages say instead of a deleted person's name.
REMOVED = "(borttagen)"


def keys(queryset):
    """The primary keys of a queryset as the text a version or a log entry stores them as."""
    return queryset.annotate(key=Cast("pk", models.CharField(max_length=191))).values("key")


def job_of(version):
    """The ad a stored person belonged to, or None if the stored data can no longer be read."""
    try:
        return version.field_dict["job_id"]
    except RevertError:
        return None


def delete_versions(closed):
    """Delete every version of the people of these ads.

    Returns how many went, the ads' revisions and the names the people were stored under.
    """
    # A version that can no longer be read sits in a revision of one of these ads: most likely it is theirs.
    ads = {*closed.values_list("pk", flat=True), None}
    revisions = Version.objects.get_for_model(JobAd).filter(object_id__in=keys(closed)).values("revision")
    doomed, names = [], set()
    for model in PEOPLE:
        versions = Version.objects.get_for_model(model)
        # The people the ads have now, and those an editor removed earlier, who live on
        # only in the ads' revisions. Another ad saved in the same revision keeps its own.
        current = versions.filter(object_id__in=keys(model.objects.filter(job__in=closed)))
        removed = [version for version in versions.filter(revision__in=revisions).exclude(pk__in=current).iterator()
                   if job_of(version) in ads]
        for version in [*current, *removed]:
            doomed.append(version.pk)
            names.add(version.object_repr)
        names.update(str(person) for person in model.objects.filter(job__in=closed))
    deleted = 0
    for start in range(0, len(doomed), 500):
        deleted += Version.objects.filter(pk__in=doomed[start:start + 500]).delete()[0]
    return deleted, revisions, names


def without_names(comment, names):
    """A revision's comment (a change message as text) with the people's names taken out."""
    for name in sorted(names, key=len, reverse=True):
        comment = comment.replace(f"“{name}”", f"“{REMOVED}”")
    return comment


def without_people(message, verbose_names):
    """A log entry's change message (JSON) with the people's names taken out, or None if it names nobody."""
    try:
        parts = json.loads(message)
    except ValueError:
        return None
    changed = False
    for part in parts if isinstance(parts, list) else []:
        for detail in part.values() if isinstance(part, dict) else []:
            if isinstance(detail, dict) and detail.get("name") in verbose_names and detail.get("object") != REMOVED:
                detail["object"], changed = REMOVED, True
    return json.dumps(parts) if changed else None


def clear_messages(closed, revisions, names):
    """Take the people's names out of the change messages of these ads' history."""
    for revision in Revision.objects.filter(pk__in=revisions).exclude(comment=""):
        comment = without_names(revision.comment, names)
        if comment != revision.comment:
            revision.comment = comment
            revision.save(update_fields=["comment"])
    with translation.override(None):  # the admin stores the models' names untranslated
        verbose_names = {str(model._meta.verbose_name) for model in PEOPLE}
    entries = LogEntry.objects.filter(content_type=ContentType.objects.get_for_model(JobAd),
                                      object_id__in=keys(closed), change_message__startswith="[")
    for entry in entries:
        message = without_people(entry.change_message, verbose_names)
        if message is not None:
            entry.change_message = message
            entry.save(update_fields=["change_message"])


class Command(BaseCommand):
    help = (
        "Tar bort kontaktpersoner och fackliga företrädare från annonser som har varit stängda "
        "längre än JOB_CONTACTS_RETENTION_DAYS dagar (eller --days), också ur historiken: deras "
        "sparade versioner tas bort och deras namn tas bort ur ändringsmeddelandena, så att en "
        "äldre version av annonsen inte kan återställa dem. Kör det en gång om dygnet."
    )

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=None,
                            help="Antal dagar efter sista ansökningsdagen (standard: JOB_CONTACTS_RETENTION_DAYS).")

    def handle(self, *args, days=None, **options):
        days = settings.JOB_CONTACTS_RETENTION_DAYS if days is None else max(days, 0)
        closed = JobAd.objects.closed_for(days, timezone.localdate())
        with transaction.atomic():
            versions, revisions, names = delete_versions(closed)
            clear_messages(closed, revisions, names)
            contacts, _ = Contact.objects.filter(job__in=closed).delete()
            unions, _ = UnionRepresentative.objects.filter(job__in=closed).delete()
        self.stdout.write(f"{contacts} kontaktpersoner och {unions} fackliga företrädare togs bort från "
                          f"annonser som stängde för mer än {days} dagar sedan, och {versions} versioner av "
                          f"dem ur historiken.")
