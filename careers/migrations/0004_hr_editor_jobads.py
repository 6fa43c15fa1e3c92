from django.contrib.auth.management import create_permissions
from django.db import migrations


def grant_jobads(apps, schema_editor):
    # The app's own code is not imported: this migration must do the same
    # whenever it runs. See 0002_hr_editor_group for why permissions are made here.
    app_config = apps.get_app_config("careers")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    group, _ = apps.get_model("auth", "Group").objects.get_or_create(name="HR-redaktör")
    group.permissions.add(*apps.get_model("auth", "Permission").objects.filter(
        content_type__app_label="careers", content_type__model="jobad",
    ))


class Migration(migrations.Migration):
    dependencies = [
        ("careers", "0003_jobad_role_requirements"),
    ]

    operations = [migrations.RunPython(grant_jobads, migrations.RunPython.noop)]
