from django.contrib.auth.management import create_permissions
from django.db import migrations

# Written out here rather than imported from the app, so that this migration
# does the same on every database, whenever it runs, whatever the app becomes.
GROUP = "HR-redaktör"
ACTIONS = ("add", "change", "delete", "view")
CONTENT = {
    "careers": ["page", "section", "role", "testimonial", "link"],
    "benefits": ["benefit", "amount", "vacationtier"],
}


def grant_content(apps, schema_editor):
    Permission = apps.get_model("auth", "Permission")
    group, _ = apps.get_model("auth", "Group").objects.get_or_create(name=GROUP)
    for app_label, models in CONTENT.items():
        # Permissions are normally made after all migrations have run; make
        # them now so that the group can be given them on a fresh database.
        app_config = apps.get_app_config(app_label)
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
        codenames = [f"{action}_{model}" for model in models for action in ACTIONS]
        group.permissions.add(*Permission.objects.filter(content_type__app_label=app_label, codename__in=codenames))


class Migration(migrations.Migration):
    dependencies = [
        ("careers", "0001_initial"),
        ("benefits", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant_content, migrations.RunPython.noop)]
