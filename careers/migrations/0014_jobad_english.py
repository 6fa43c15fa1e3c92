"""The English version of a job ad (careers/jobads_translation.py) and its search document.

modeltranslation's columns beside the old ones (title_sv and title_en for title, …); the Swedish
ones start as copies of the old columns, which keep the Swedish ad too (JobAd.save()). Each
language has its own search document, kept by the database on PostgreSQL as 0012's is:

- `search_document` now reads the Swedish columns, falling back to the old column where an
  instance still running the code before this migration wrote that alone;
- `search_document_en`, new, reads the English ones with PostgreSQL's `english` configuration
  (careers/search.py `vector("en")` says what it must be), indexed with GIN.

SQLite keeps the English stems in `search_text_en`, written by JobAd.save(): empty for an ad
saved before this migration until its next save (a migration imports none of the app's code).
Such an ad has no English text anyway, and the English site searches its Swedish stems too.
"""

from django.db import migrations, models
import django.contrib.postgres.search

JOINERS = "translate({}, '+-./:@~', '       ')"


def document(config, texts):
    """setweight(to_tsvector(config, …)) per weight: `texts` as careers/search.py TEXTS[language]."""
    def joined(columns):
        return " || ' ' || ".join(f"COALESCE({column}, '')" for column in columns)
    return "\n    || ".join(f"setweight(to_tsvector('{config}', {joined(columns)}), '{weight}')"
                            for weight, columns in texts)


SWEDISH = document("swedish", [
    ("A", [JOINERS.format("COALESCE(NEW.title_sv, NEW.title)")]),
    ("B", [JOINERS.format("NEW.search_role"), JOINERS.format("NEW.town")]),
    ("C", [JOINERS.format(f"COALESCE(NEW.{name}_sv, NEW.{name})") for name in ("duties", "qualifications", "merits")]
     + [JOINERS.format("NEW.reference")]),
])
ENGLISH = document("english", [
    ("A", [JOINERS.format("NEW.title_en")]),
    ("B", [JOINERS.format("NEW.search_role_en"), JOINERS.format("NEW.town")]),
    ("C", [JOINERS.format(f"NEW.{name}_en") for name in ("duties", "qualifications", "merits")]
     + [JOINERS.format("NEW.reference")]),
])
# 0012's function, for the way back.
OLD_SWEDISH = document("swedish", [
    ("A", [JOINERS.format("NEW.title")]),
    ("B", [JOINERS.format("NEW.search_role"), JOINERS.format("NEW.town")]),
    ("C", [JOINERS.format(f"NEW.{name}") for name in ("duties", "qualifications", "merits", "reference")]),
])


def function(name, column, body, before=""):
    return f"""
CREATE OR REPLACE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN{before}
    NEW.{column} := {body};
    RETURN NEW;
END
$$;
"""


# While the release rolls out, an instance still on the old code writes the old columns alone: its
# new ad, or its edit of an ad, reaches the Swedish columns the new code reads. (The new code
# writes both: JobAd.save() writes the old columns from the Swedish ones.)
TRANSLATED = ("title", "duties", "qualifications", "merits", "duration", "working_hours")
KEEP_SWEDISH = "".join(f"""
    IF TG_OP = 'INSERT' THEN
        NEW.{name}_sv := COALESCE(NEW.{name}_sv, NEW.{name});
    ELSIF NEW.{name} IS DISTINCT FROM OLD.{name} AND NEW.{name}_sv IS NOT DISTINCT FROM OLD.{name}_sv THEN
        NEW.{name}_sv := NEW.{name};
    END IF;""" for name in TRANSLATED)


FORWARD = (function("careers_jobad_document", "search_document", SWEDISH, KEEP_SWEDISH)
           + function("careers_jobad_document_en", "search_document_en", ENGLISH) + """
CREATE TRIGGER careers_jobad_document_en BEFORE INSERT OR UPDATE ON careers_jobad
    FOR EACH ROW EXECUTE FUNCTION careers_jobad_document_en();
UPDATE careers_jobad SET search_document_en = NULL;
-- The updates above leave deferred foreign-key checks pending, and PostgreSQL
-- refuses an index on a table with pending trigger events: run them now.
SET CONSTRAINTS ALL IMMEDIATE;
CREATE INDEX careers_jobad_search_en ON careers_jobad USING gin (search_document_en);
""")
BACKWARD = function("careers_jobad_document", "search_document", OLD_SWEDISH) + """
DROP INDEX careers_jobad_search_en;
DROP TRIGGER careers_jobad_document_en ON careers_jobad;
DROP FUNCTION careers_jobad_document_en();
"""


def on_postgresql(sql):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            schema_editor.execute(sql)
    return run


def copy_the_swedish_ad(apps, schema_editor):
    """The Swedish columns from the old ones; the role's title for the English document as it is today."""
    JobAd = apps.get_model("careers", "JobAd")
    for ad in JobAd.objects.all().iterator():
        for name in TRANSLATED:
            setattr(ad, f"{name}_sv", getattr(ad, name))
        ad.search_role_en = ad.search_role
        ad.save(update_fields=["title_sv", "duties_sv", "qualifications_sv", "merits_sv", "duration_sv",
                               "working_hours_sv", "search_role_en"])


class Migration(migrations.Migration):

    dependencies = [
        ('careers', '0013_jobad_recruitment'),
    ]

    operations = [
        migrations.AddField(
            model_name='jobad',
            name='duration_en',
            field=models.CharField(blank=True, help_text='For fixed-term employment, e.g. “Six months, with a possible extension”.', max_length=200, null=True, verbose_name='duration'),
        ),
        migrations.AddField(
            model_name='jobad',
            name='duration_sv',
            field=models.CharField(blank=True, help_text='For fixed-term employment, e.g. “Six months, with a possible extension”.', max_length=200, null=True, verbose_name='duration'),
        ),
        migrations.AddField(
            model_name='jobad',
            name='duties_en',
            field=models.TextField(help_text='Markdown: paragraphs, lists, links and emphasis.', null=True, verbose_name='duties'),
        ),
        migrations.AddField(
            model_name='jobad',
            name='duties_sv',
            field=models.TextField(help_text='Markdown: paragraphs, lists, links and emphasis.', null=True, verbose_name='duties'),
        ),
        migrations.AddField(
            model_name='jobad',
            name='merits_en',
            field=models.TextField(blank=True, help_text="What counts in the applicant's favour. Markdown: paragraphs, lists, links and emphasis.", null=True, verbose_name='meriting'),
        ),
        migrations.AddField(
            model_name='jobad',
            name='merits_sv',
            field=models.TextField(blank=True, help_text="What counts in the applicant's favour. Markdown: paragraphs, lists, links and emphasis.", null=True, verbose_name='meriting'),
        ),
        migrations.AddField(
            model_name='jobad',
            name='qualifications_en',
            field=models.TextField(blank=True, help_text='What the applicant must have. Required. Markdown: paragraphs, lists, links and emphasis.', null=True, verbose_name='qualifications'),
        ),
        migrations.AddField(
            model_name='jobad',
            name='qualifications_sv',
            field=models.TextField(blank=True, help_text='What the applicant must have. Required. Markdown: paragraphs, lists, links and emphasis.', null=True, verbose_name='qualifications'),
        ),
        migrations.AddField(
            model_name='jobad',
            name='search_document_en',
            field=django.contrib.postgres.search.SearchVectorField(editable=False, null=True),
        ),
        migrations.AddField(
            model_name='jobad',
            name='search_role_en',
            field=models.CharField(db_default='', default='', editable=False, max_length=200),
        ),
        migrations.AddField(
            model_name='jobad',
            name='search_text_en',
            field=models.TextField(db_default='', default='', editable=False),
        ),
        migrations.AddField(
            model_name='jobad',
            name='title_en',
            field=models.CharField(max_length=200, null=True, verbose_name='title'),
        ),
        migrations.AddField(
            model_name='jobad',
            name='title_sv',
            field=models.CharField(max_length=200, null=True, verbose_name='title'),
        ),
        migrations.AddField(
            model_name='jobad',
            name='working_hours_en',
            field=models.CharField(blank=True, help_text='For example “Daytime, flexible hours” or “75 percent”.', max_length=200, null=True, verbose_name='working hours'),
        ),
        migrations.AddField(
            model_name='jobad',
            name='working_hours_sv',
            field=models.CharField(blank=True, help_text='For example “Daytime, flexible hours” or “75 percent”.', max_length=200, null=True, verbose_name='working hours'),
        ),
        migrations.RunPython(copy_the_swedish_ad, migrations.RunPython.noop),
        migrations.RunPython(on_postgresql(FORWARD), on_postgresql(BACKWARD)),
    ]
