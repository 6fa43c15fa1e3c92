from django.contrib.auth.management import create_permissions
from django.db import migrations

# HR keeps the register and the policy version; consent records are proof
# that visitors write, so HR may only read them. Written out here rather than
# imported from the app, so that this migration does the same whenever it runs.
CODENAMES = [
    *(f"{action}_{model}" for model in ("cookie", "cookiepolicy") for action in ("add", "change", "delete", "view")),
    "view_consentrecord",
]


def grant_cookies(apps, schema_editor):
    app_config = apps.get_app_config("cookies")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    group, _ = apps.get_model("auth", "Group").objects.get_or_create(name="HR-redaktör")
    group.permissions.add(*apps.get_model("auth", "Permission").objects.filter(
        content_type__app_label="cookies", codename__in=CODENAMES,
    ))


class Migration(migrations.Migration):
    dependencies = [
        ("cookies", "0001_initial"),
        ("careers", "0002_hr_editor_group"),
    ]

    operations = [migrations.RunPython(grant_cookies, migrations.RunPython.noop)]
