from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone

from careers.models import Contact, JobAd, UnionRepresentative


class Command(BaseCommand):
    help = (
        "Tar bort kontaktpersoner och fackliga företrädare från annonser som har varit stängda "
        "längre än JOB_CONTACTS_RETENTION_DAYS dagar (eller --days). Kör det en gång om dygnet."
    )

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=None,
                            help="Antal dagar efter sista ansökningsdagen (standard: JOB_CONTACTS_RETENTION_DAYS).")

    def handle(self, *args, days=None, **options):
        days = settings.JOB_CONTACTS_RETENTION_DAYS if days is None else max(days, 0)
        closed = JobAd.objects.closed_for(days, timezone.localdate())
        contacts, _ = Contact.objects.filter(job__in=closed).delete()
        unions, _ = UnionRepresentative.objects.filter(job__in=closed).delete()
        self.stdout.write(f"{contacts} kontaktpersoner och {unions} fackliga företrädare togs bort från "
                          f"annonser som stängde för mer än {days} dagar sedan.")
