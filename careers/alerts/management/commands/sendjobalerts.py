from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from careers import metrics
from careers.alerts import sending


class Command(BaseCommand):
    help = "Skickar jobbevakningar: ett e-postmeddelande per bevakning och period med nya jobb."

    def add_arguments(self, parser):
        parser.add_argument("--batch-size", type=int, default=sending.BATCH_SIZE,
                            help="Hur många bevakningar som tas åt gången (standard %(default)s).")

    def handle(self, *args, batch_size, **options):
        if not settings.SITE_URL:
            raise CommandError("DJANGO_SITE_URL saknas: e-postmeddelandenas länkar behöver webbplatsens adress.")
        report = sending.send_due(batch_size=max(1, batch_size))
        metrics.write_alert_run(report)
        self.stdout.write(
            f"Skickade {report.sent} jobbevakningar; {report.empty} utan nya jobb, "
            f"{report.failed} kvar till nästa körning, {report.uncertain + report.abandoned} kanske inte skickade."
        )
        if report.uncertain or report.abandoned:
            raise CommandError("Några jobbevakningar kanske inte skickades: se loggen.")
        if report.unbuilt:
            raise CommandError("Några jobbevakningar kunde inte skapas och skickas vid nästa körning: se loggen.")
