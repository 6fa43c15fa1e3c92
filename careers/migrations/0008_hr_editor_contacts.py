from django.contrib.auth.management import create_permissions
from django.db import migrations

# Written out here rather than imported from the app (see 0002_hr_editor_group).
GROUP = "HR-redaktör"
ACTIONS = ("add", "change", "delete", "view")
MODELS = ("contact", "unionrepresentative")


def grant(apps, schema_editor):
    app_config = apps.get_app_config("careers")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    group, _ = apps.get_model("auth", "Group").objects.get_or_create(name=GROUP)
    group.permissions.add(*apps.get_model("auth", "Permission").objects.filter(
        content_type__app_label="careers",
        codename__in=[f"{action}_{model}" for model in MODELS for action in ACTIONS],
    ))


class Migration(migrations.Migration):
    dependencies = [
        ("careers", "0007_remove_jobad_description"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
