from django.db import migrations

from careers.permissions import grant


def grant_jobads(apps, schema_editor):
    grant(apps, "careers", ["jobad"])


class Migration(migrations.Migration):
    dependencies = [
        ("careers", "0003_jobad_role_requirements"),
    ]

    operations = [migrations.RunPython(grant_jobads, migrations.RunPython.noop)]
