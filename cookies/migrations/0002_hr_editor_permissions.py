from django.db import migrations

from careers.permissions import grant


def grant_cookies(apps, schema_editor):
    # HR keeps the register and the policy version; consent records are proof
    # that visitors write, so HR may only read them.
    grant(apps, "cookies", ["cookie", "cookiepolicy"])
    grant(apps, "cookies", ["consentrecord"], actions=("view",))


class Migration(migrations.Migration):
    dependencies = [
        ("cookies", "0001_initial"),
        ("careers", "0002_hr_editor_group"),
    ]

    operations = [migrations.RunPython(grant_cookies, migrations.RunPython.noop)]
