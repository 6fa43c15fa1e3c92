from django.contrib.auth.management import create_permissions
from django.db import migrations

# Written out here, not imported from the app: this migration must do the same
# whenever it runs. HR may see how many alerts each filter has (the view
# permission); nothing else of the app, and never an address.
GROUP = "HR-redaktör"


def grant_view(apps, schema_editor):
    app_config = apps.get_app_config("alerts")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    group, _ = apps.get_model("auth", "Group").objects.get_or_create(name=GROUP)
    group.permissions.add(*apps.get_model("auth", "Permission").objects.filter(
        content_type__app_label="alerts", codename="view_subscription",
    ))


class Migration(migrations.Migration):
    dependencies = [
        ("alerts", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant_view, migrations.RunPython.noop)]
