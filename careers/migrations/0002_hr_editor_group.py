from django.db import migrations

from careers.permissions import grant


def grant_content(apps, schema_editor):
    grant(apps, "careers", ["page", "section", "role", "testimonial", "link"])
    grant(apps, "benefits", ["benefit", "amount", "vacationtier"])


class Migration(migrations.Migration):
    dependencies = [
        ("careers", "0001_initial"),
        ("benefits", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant_content, migrations.RunPython.noop)]
