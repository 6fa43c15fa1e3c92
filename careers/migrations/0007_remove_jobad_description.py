from django.db import migrations


class Migration(migrations.Migration):
    # A migration of its own: on PostgreSQL, rows changed in 0006 and a table
    # altered in the same transaction can fail with "pending trigger events".
    dependencies = [
        ("careers", "0006_jobad_description_to_duties"),
    ]

    operations = [
        migrations.RemoveField(model_name="jobad", name="description"),
    ]
