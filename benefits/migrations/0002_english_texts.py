"""A Swedish and an English column beside each translated text; careers' 0014 copies the Swedish in.

Only adds (tests/test_migrations.py): the original column stays and keeps the Swedish text
(modeltranslation writes it on every save), so the previous release still reads and writes it.
"""

from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('benefits', '0001_initial'),
    ]

    operations = [
        migrations.AlterModelOptions(
            name='benefit',
            options={'ordering': ['order', 'title_sv'], 'verbose_name': 'benefit', 'verbose_name_plural': 'benefits'},
        ),
        migrations.AddField(
            model_name='amount',
            name='unit_en',
            field=models.CharField(help_text='For example “kr per år”.', max_length=50, null=True, verbose_name='unit'),
        ),
        migrations.AddField(
            model_name='amount',
            name='unit_sv',
            field=models.CharField(help_text='For example “kr per år”.', max_length=50, null=True, verbose_name='unit'),
        ),
        migrations.AddField(
            model_name='benefit',
            name='text_en',
            field=models.TextField(blank=True, help_text='Markdown: paragraphs, lists, links and emphasis.', null=True, verbose_name='text'),
        ),
        migrations.AddField(
            model_name='benefit',
            name='text_sv',
            field=models.TextField(blank=True, help_text='Markdown: paragraphs, lists, links and emphasis.', null=True, verbose_name='text'),
        ),
        migrations.AddField(
            model_name='benefit',
            name='title_en',
            field=models.CharField(max_length=200, null=True, verbose_name='title'),
        ),
        migrations.AddField(
            model_name='benefit',
            name='title_sv',
            field=models.CharField(max_length=200, null=True, verbose_name='title'),
        ),
    ]
