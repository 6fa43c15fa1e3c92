"""The group of HR editors and the permissions it holds, kept up to date by migrations.

Each app's migration that adds content models calls `grant()` for them, so that
the group has exactly: add, change, delete and view on content; view only on
consent records; nothing on users and groups.
"""

HR_EDITOR_GROUP = "HR-redaktör"


def grant(apps, app_label, model_names, actions=("add", "change", "delete", "view")):
    from django.contrib.auth.management import create_permissions

    # Permissions are normally made after all migrations have run; make them
    # now so that the group can be given them on a fresh database.
    app_config = apps.get_app_config(app_label)
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name=HR_EDITOR_GROUP)
    codenames = [f"{action}_{model}" for model in model_names for action in actions]
    group.permissions.add(
        *Permission.objects.filter(content_type__app_label=app_label, codename__in=codenames)
    )
