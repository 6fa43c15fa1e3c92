from reversion.management.commands import deleterevisions

# The history an editor can restore from: a year. django-reversion's own
# default, run without --days, deletes every version there is.
KEEP_DAYS = 365


class Command(deleterevisions.Command):
    help = f"Tar bort versioner i historiken som är äldre än {KEEP_DAYS} dagar (eller --days)."

    def add_arguments(self, parser):
        super().add_arguments(parser)
        parser.set_defaults(days=KEEP_DAYS)
