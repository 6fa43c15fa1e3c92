"""The language a job alert was signed up in; every alert from before is Swedish (the database default)."""

from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('alerts', '0002_hr_editor_permissions'),
    ]

    operations = [
        migrations.AddField(
            model_name='subscription',
            name='language',
            field=models.CharField(choices=[('sv', 'Svenska'), ('en', 'English')], db_default='sv', default='sv', max_length=5, verbose_name='language'),
        ),
    ]
