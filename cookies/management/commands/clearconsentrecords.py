from django.conf import settings
from django.core.management.base import BaseCommand

from cookies.models import ConsentRecord


class Command(BaseCommand):
    help = (
        "Tar bort samtyckesposter som är äldre än CONSENT_RETENTION_DAYS dagar. "
        "Kör det en gång om dygnet, som clearsessions."
    )

    def handle(self, *args, **options):
        deleted, _ = ConsentRecord.objects.expired().delete()
        self.stdout.write(
            f"{deleted} samtyckesposter äldre än {settings.CONSENT_RETENTION_DAYS} dagar togs bort."
        )
