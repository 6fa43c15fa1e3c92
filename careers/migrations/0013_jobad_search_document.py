"""PostgreSQL keeps each ad's search document in a column, written by a trigger.

With the document only in the GIN index (0009, 0012), a search found its ads
through the index but then parsed the text of every ad found again, to check
the match and to rank it: 40 to 75 ms for a common word among 2,000 open ads.
The column holds the document that careers/search.py `vector()` describes
(tests/careers/test_job_search.py compares the two), written by the database on
every insert and update, whatever writes the row (save(), update(), bulk_create(),
loaddata); the index is now on the column. SQLite gets the column and leaves
it empty: it searches its own stemmed words.
"""

import django.contrib.postgres.search
from django.db import migrations

# To the letter what `vector()` builds: title (A) over role and town (B) over the text (C), with
# the characters that join tokens read as spaces (0012).
DOCUMENT = """
    setweight(to_tsvector('swedish', COALESCE(translate(NEW.title, '+-./:@~', '       '), '')), 'A')
    || setweight(to_tsvector('swedish', COALESCE(translate(NEW.search_role, '+-./:@~', '       '), '')
        || ' ' || COALESCE(translate(NEW.town, '+-./:@~', '       '), '')), 'B')
    || setweight(to_tsvector('swedish', COALESCE(translate(NEW.duties, '+-./:@~', '       '), '')
        || ' ' || COALESCE(translate(NEW.qualifications, '+-./:@~', '       '), '')
        || ' ' || COALESCE(translate(NEW.merits, '+-./:@~', '       '), '')
        || ' ' || COALESCE(translate(NEW.reference, '+-./:@~', '       '), '')), 'C')
"""

FORWARD = f"""
CREATE FUNCTION careers_jobad_document() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.search_document := {DOCUMENT};
    RETURN NEW;
END
$$;
CREATE TRIGGER careers_jobad_document BEFORE INSERT OR UPDATE ON careers_jobad
    FOR EACH ROW EXECUTE FUNCTION careers_jobad_document();
UPDATE careers_jobad SET search_document = NULL;
DROP INDEX careers_jobad_search;
CREATE INDEX careers_jobad_search ON careers_jobad USING gin (search_document);
"""

# Back to 0012: the index on the expression, no trigger.
BACKWARD = f"""
DROP INDEX careers_jobad_search;
CREATE INDEX careers_jobad_search ON careers_jobad USING gin (({DOCUMENT.replace("NEW.", "")}));
DROP TRIGGER careers_jobad_document ON careers_jobad;
DROP FUNCTION careers_jobad_document();
"""


def on_postgresql(sql):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            schema_editor.execute(sql)
    return run


class Migration(migrations.Migration):
    dependencies = [
        ("careers", "0012_jobad_search_index_split"),
    ]

    operations = [
        migrations.AddField(
            model_name="jobad",
            name="search_document",
            field=django.contrib.postgres.search.SearchVectorField(editable=False, null=True),
        ),
        migrations.RunPython(on_postgresql(FORWARD), on_postgresql(BACKWARD)),
    ]
