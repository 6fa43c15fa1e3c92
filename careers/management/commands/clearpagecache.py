from django.core.management.base import BaseCommand

from careers import pagecache


class Command(BaseCommand):
    help = "Tömmer sidcachen på alla instanser, till exempel efter att en databas har lästs tillbaka."

    def handle(self, *args, **options):
        pagecache.new_content_version()
        self.stdout.write("Sidcachen är tömd.")
