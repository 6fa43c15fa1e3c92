"""PostgreSQL keeps each ad's search document in a column, written by a trigger.

Two changes to the document of 0009, which was only in a GIN index on an
expression:

- PostgreSQL's parser kept "2025/013519", addresses, e-mail addresses and
  "jurist/utredare" as single tokens, so a search for "013519" or "utredare"
  found nothing there while SQLite found the ad. The characters that join
  such tokens are now read as spaces.
- Found through the index, every ad was then parsed again to check the match
  and to rank it: 40 to 85 ms for a common word among 2,000 open ads. The
  document is now a column, written by the database on every insert and
  update, whatever writes the row (save(), update(), bulk_create(), loaddata),
  and the index is on the column.

The column holds what careers/search.py `vector()` describes
(tests/careers/test_job_search.py compares the two). SQLite gets the column and
leaves it empty: it searches its own stemmed words.
"""

import django.contrib.postgres.search
from django.db import migrations


def document(column):
    """To the letter what `vector()` builds: title (A) over role and town (B) over the text (C).

    `column(name)` is the SQL that reads a column: 0009's index read it as it is.
    """
    def text(*names):
        return "\n        || ' ' || ".join(f"COALESCE({column(name)}, '')" for name in names)
    return f"""
    setweight(to_tsvector('swedish', {text("title")}), 'A')
    || setweight(to_tsvector('swedish', {text("search_role", "town")}), 'B')
    || setweight(to_tsvector('swedish', {text("duties", "qualifications", "merits", "reference")}), 'C')
"""


FORWARD = f"""
CREATE FUNCTION careers_jobad_document() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.search_document := {document(lambda name: f"translate(NEW.{name}, '+-./:@~', '       ')")};
    RETURN NEW;
END
$$;
CREATE TRIGGER careers_jobad_document BEFORE INSERT OR UPDATE ON careers_jobad
    FOR EACH ROW EXECUTE FUNCTION careers_jobad_document();
UPDATE careers_jobad SET search_document = NULL;
DROP INDEX careers_jobad_search;
CREATE INDEX careers_jobad_search ON careers_jobad USING gin (search_document);
"""

# Back to 0009: its index on the expression, without the joiners read as spaces, and no trigger.
BACKWARD = f"""
DROP INDEX careers_jobad_search;
CREATE INDEX careers_jobad_search ON careers_jobad USING gin ((
    {document(str)}
));
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
        ("careers", "0011_jobad_first_shown_on"),
    ]

    operations = [
        migrations.AddField(
            model_name="jobad",
            name="search_document",
            field=django.contrib.postgres.search.SearchVectorField(editable=False, null=True),
        ),
        migrations.RunPython(on_postgresql(FORWARD), on_postgresql(BACKWARD)),
    ]
