"""Migrations a rolling deploy survives (README.md, "Upgrading without dropping a request").

While one instance has been restarted on the new release, the other still runs the old code on
the new schema. So a migration may add, never take away: no table or column dropped or renamed in
the release that stops using it, and no new column the old code's INSERT would leave empty
without a default in the database. Those take two releases, and the second one's migration is
written with SeparateDatabaseAndState once the first has shipped.
"""

import pytest
from django.db import migrations
from django.db.migrations.loader import MigrationLoader
from django.db.models.fields import NOT_PROVIDED

# Released before the rule was written down (issue #25); each was deployed with every instance
# stopped. New migrations are held to the rule.
BEFORE_THE_RULE = {
    ("benefits", "0001_initial"),
    ("alerts", "0001_initial"), ("alerts", "0002_hr_editor_permissions"),
    ("cookies", "0001_initial"), ("cookies", "0002_hr_editor_permissions"), ("cookies", "0003_register"),
    ("pagecache", "0001_initial"),
    *(("careers", name) for name in (
        "0001_initial", "0002_hr_editor_group", "0003_jobad_role_requirements", "0004_hr_editor_jobads",
        "0005_jobad_state_ad_fields", "0006_jobad_description_to_duties", "0007_remove_jobad_description",
        "0008_hr_editor_contacts", "0009_jobad_search_index", "0010_testimonials_intro",
        "0011_jobad_first_shown_on", "0012_jobad_search_document")),
}
OURS = ("benefits", "careers", "alerts", "cookies", "pagecache")
TAKES_AWAY = (migrations.RemoveField, migrations.RenameField, migrations.RenameModel, migrations.DeleteModel,
              migrations.AlterModelTable, migrations.RenameIndex)


def our_migrations():
    loader = MigrationLoader(None, ignore_no_migrations=True)
    return sorted((key, migration) for key, migration in loader.disk_migrations.items() if key[0] in OURS)


def database_operations(operations):
    """What a migration does to the database: the database half of SeparateDatabaseAndState."""
    for operation in operations:
        if isinstance(operation, migrations.SeparateDatabaseAndState):
            yield from database_operations(operation.database_operations)
        else:
            yield operation


def breaks_the_old_code(operation):
    if isinstance(operation, TAKES_AWAY):
        return True
    if isinstance(operation, migrations.AddField):
        field = operation.field
        return not (field.null or field.db_default is not NOT_PROVIDED or field.many_to_many)
    return False


@pytest.mark.parametrize("migration", [migration for key, migration in our_migrations() if key not in BEFORE_THE_RULE],
                         ids=lambda migration: f"{migration.app_label}/{migration.name}")
def test_a_new_migration_leaves_a_schema_the_previous_release_works_with(migration):
    assert not [op.describe() for op in database_operations(migration.operations) if breaks_the_old_code(op)]


def test_the_rule_sees_what_breaks_the_old_code():
    from django.db import models

    assert breaks_the_old_code(migrations.RenameModel("Generation", "ContentVersion"))
    assert breaks_the_old_code(migrations.AddField("jobad", "x", models.CharField(max_length=3, default="a")))
    assert not breaks_the_old_code(migrations.AddField("jobad", "x", models.CharField(max_length=3, db_default="a")))
    assert not list(database_operations([migrations.SeparateDatabaseAndState(
        state_operations=[migrations.RenameModel("Generation", "ContentVersion")])]))


def test_every_migration_of_ours_is_known():
    names = {key for key, _migration in our_migrations()}
    assert BEFORE_THE_RULE <= names and len(names) > len(BEFORE_THE_RULE)
