"""The search index again, on the document careers/search.py `vector()` now builds.

PostgreSQL's parser kept "2025/013519", addresses, e-mail addresses and
"jurist/utredare" as single tokens, so a search for "013519" or "utredare"
found nothing there while SQLite found the ad. The document now reads the
characters that join such tokens as spaces; the index of migration 0009 was
built on the old expression, which the planner would no longer use. Written
out again here, as 0009 did. Only on PostgreSQL.
"""

from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVector
from django.db import migrations
from django.db.models import F, Func, TextField, Value

NAME = "careers_jobad_search"
JOINERS = "+-./:@~"


def split(field):
    return Func(F(field), Value(JOINERS), Value(" " * len(JOINERS)), function="translate", output_field=TextField())


def old_index():
    return GinIndex(
        SearchVector("title", weight="A", config="swedish")
        + SearchVector("search_role", "town", weight="B", config="swedish")
        + SearchVector("duties", "qualifications", "merits", "reference", weight="C", config="swedish"),
        name=NAME,
    )


def new_index():
    return GinIndex(
        SearchVector(split("title"), weight="A", config="swedish")
        + SearchVector(split("search_role"), split("town"), weight="B", config="swedish")
        + SearchVector(*map(split, ("duties", "qualifications", "merits", "reference")), weight="C",
                       config="swedish"),
        name=NAME,
    )


def replace(old, new):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            JobAd = apps.get_model("careers", "JobAd")
            schema_editor.remove_index(JobAd, old())
            schema_editor.add_index(JobAd, new())
    return run


class Migration(migrations.Migration):
    dependencies = [
        ("careers", "0011_jobad_first_shown_on"),
    ]

    operations = [migrations.RunPython(replace(old_index, new_index), replace(new_index, old_index))]
