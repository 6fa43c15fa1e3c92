"""A GIN index for PostgreSQL's Swedish full-text search of the ads.

It is built on the very expression careers/search.py `vector()` searches by
(written out again here), so the planner can use it. Only on PostgreSQL:
SQLite has neither GIN nor tsvector, and searches its own stemmed column.
"""

from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVector
from django.db import migrations

NAME = "careers_jobad_search"


def index():
    return GinIndex(
        SearchVector("title", weight="A", config="swedish")
        + SearchVector("search_role", "town", weight="B", config="swedish")
        + SearchVector("duties", "qualifications", "merits", "reference", weight="C", config="swedish"),
        name=NAME,
    )


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.add_index(apps.get_model("careers", "JobAd"), index())


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.remove_index(apps.get_model("careers", "JobAd"), index())


class Migration(migrations.Migration):
    dependencies = [
        ("careers", "0008_hr_editor_contacts"),
    ]

    operations = [migrations.RunPython(create, drop)]
