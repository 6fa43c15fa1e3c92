"""A Swedish and an English column beside each translated text; the Swedish one starts as a copy.

The benefits' texts too: their columns come in benefits' 0002, copied here, in one place.

Only adds (tests/test_migrations.py): the original column stays and keeps the Swedish text
(modeltranslation writes it on every save), so the previous release still reads and writes it.
"""

from django.db import migrations, models
from django.db.models import F


def copy_into_swedish(translated):
    """Each text's original column copied into its new Swedish one ({(app, model): fields})."""

    def copy(apps, schema_editor):
        for (app_label, model_name), names in translated.items():
            manager = apps.get_model(app_label, model_name)._base_manager
            for name in names:
                manager.filter(**{f"{name}_sv__isnull": True}).update(**{f"{name}_sv": F(name)})

    return migrations.RunPython(copy, migrations.RunPython.noop, elidable=True)


class Migration(migrations.Migration):

    dependencies = [
        ('careers', '0016_film'),
        ('benefits', '0002_english_texts'),
    ]

    operations = [
        migrations.AlterModelOptions(
            name='link',
            options={'ordering': ['order', 'title_sv'], 'verbose_name': 'related link', 'verbose_name_plural': 'related links'},
        ),
        migrations.AlterModelOptions(
            name='page',
            options={'ordering': ['title_sv'], 'verbose_name': 'page', 'verbose_name_plural': 'pages'},
        ),
        migrations.AlterModelOptions(
            name='role',
            options={'ordering': ['order', 'title_sv'], 'verbose_name': 'role', 'verbose_name_plural': 'roles'},
        ),
        migrations.AlterModelOptions(
            name='testimonial',
            options={'ordering': ['order', 'name_sv'], 'verbose_name': 'testimonial', 'verbose_name_plural': 'testimonials'},
        ),
        migrations.AddField(
            model_name='link',
            name='title_en',
            field=models.CharField(max_length=200, null=True, verbose_name='title'),
        ),
        migrations.AddField(
            model_name='link',
            name='title_sv',
            field=models.CharField(max_length=200, null=True, verbose_name='title'),
        ),
        migrations.AddField(
            model_name='page',
            name='body_en',
            field=models.TextField(blank=True, help_text='Markdown: paragraphs, lists, links and emphasis.', null=True, verbose_name='body'),
        ),
        migrations.AddField(
            model_name='page',
            name='body_sv',
            field=models.TextField(blank=True, help_text='Markdown: paragraphs, lists, links and emphasis.', null=True, verbose_name='body'),
        ),
        migrations.AddField(
            model_name='page',
            name='lead_en',
            field=models.TextField(blank=True, help_text='A short introduction shown under the heading.', null=True, verbose_name='lead'),
        ),
        migrations.AddField(
            model_name='page',
            name='lead_sv',
            field=models.TextField(blank=True, help_text='A short introduction shown under the heading.', null=True, verbose_name='lead'),
        ),
        migrations.AddField(
            model_name='page',
            name='meta_description_en',
            field=models.CharField(blank=True, help_text='Shown by search engines. At most about 160 characters is best.', max_length=300, null=True, verbose_name='meta description'),
        ),
        migrations.AddField(
            model_name='page',
            name='meta_description_sv',
            field=models.CharField(blank=True, help_text='Shown by search engines. At most about 160 characters is best.', max_length=300, null=True, verbose_name='meta description'),
        ),
        migrations.AddField(
            model_name='page',
            name='title_en',
            field=models.CharField(blank=True, max_length=200, null=True, verbose_name='title'),
        ),
        migrations.AddField(
            model_name='page',
            name='title_sv',
            field=models.CharField(blank=True, max_length=200, null=True, verbose_name='title'),
        ),
        migrations.AddField(
            model_name='role',
            name='description_en',
            field=models.TextField(blank=True, help_text='What the work is. Markdown: paragraphs, lists, links and emphasis.', null=True, verbose_name='description'),
        ),
        migrations.AddField(
            model_name='role',
            name='description_sv',
            field=models.TextField(blank=True, help_text='What the work is. Markdown: paragraphs, lists, links and emphasis.', null=True, verbose_name='description'),
        ),
        migrations.AddField(
            model_name='role',
            name='requirements_en',
            field=models.TextField(blank=True, help_text='Education, experience and qualities. Markdown: paragraphs, lists, links and emphasis.', null=True, verbose_name='what the work asks of you'),
        ),
        migrations.AddField(
            model_name='role',
            name='requirements_sv',
            field=models.TextField(blank=True, help_text='Education, experience and qualities. Markdown: paragraphs, lists, links and emphasis.', null=True, verbose_name='what the work asks of you'),
        ),
        migrations.AddField(
            model_name='role',
            name='summary_en',
            field=models.CharField(max_length=300, null=True, verbose_name='summary'),
        ),
        migrations.AddField(
            model_name='role',
            name='summary_sv',
            field=models.CharField(max_length=300, null=True, verbose_name='summary'),
        ),
        migrations.AddField(
            model_name='role',
            name='title_en',
            field=models.CharField(max_length=200, null=True, verbose_name='title'),
        ),
        migrations.AddField(
            model_name='role',
            name='title_sv',
            field=models.CharField(max_length=200, null=True, verbose_name='title'),
        ),
        migrations.AddField(
            model_name='section',
            name='body_en',
            field=models.TextField(blank=True, help_text='Markdown: paragraphs, lists, links and emphasis.', null=True, verbose_name='body'),
        ),
        migrations.AddField(
            model_name='section',
            name='body_sv',
            field=models.TextField(blank=True, help_text='Markdown: paragraphs, lists, links and emphasis.', null=True, verbose_name='body'),
        ),
        migrations.AddField(
            model_name='section',
            name='heading_en',
            field=models.CharField(blank=True, help_text='Leave empty for an introduction without a heading.', max_length=200, null=True, verbose_name='heading'),
        ),
        migrations.AddField(
            model_name='section',
            name='heading_sv',
            field=models.CharField(blank=True, help_text='Leave empty for an introduction without a heading.', max_length=200, null=True, verbose_name='heading'),
        ),
        migrations.AddField(
            model_name='testimonial',
            name='job_title_en',
            field=models.CharField(blank=True, max_length=200, null=True, verbose_name='job title'),
        ),
        migrations.AddField(
            model_name='testimonial',
            name='job_title_sv',
            field=models.CharField(blank=True, max_length=200, null=True, verbose_name='job title'),
        ),
        migrations.AddField(
            model_name='testimonial',
            name='name_en',
            field=models.CharField(max_length=200, null=True, verbose_name='name'),
        ),
        migrations.AddField(
            model_name='testimonial',
            name='name_sv',
            field=models.CharField(max_length=200, null=True, verbose_name='name'),
        ),
        migrations.AddField(
            model_name='testimonial',
            name='quote_en',
            field=models.TextField(null=True, verbose_name='quote'),
        ),
        migrations.AddField(
            model_name='testimonial',
            name='quote_sv',
            field=models.TextField(null=True, verbose_name='quote'),
        ),
        migrations.AddField(
            model_name='testimonial',
            name='transcript_en',
            field=models.TextField(blank=True, help_text='What is said and shown in the film, for those who cannot watch it. Required with a film.', null=True, verbose_name='text alternative'),
        ),
        migrations.AddField(
            model_name='testimonial',
            name='transcript_sv',
            field=models.TextField(blank=True, help_text='What is said and shown in the film, for those who cannot watch it. Required with a film.', null=True, verbose_name='text alternative'),
        ),
        copy_into_swedish({
            ("careers", "page"): ('title', 'lead', 'body', 'meta_description'),
            ("careers", "section"): ('heading', 'body'),
            ("careers", "role"): ('title', 'summary', 'description', 'requirements'),
            ("careers", "testimonial"): ('name', 'job_title', 'quote', 'transcript'),
            ("careers", "link"): ('title',),
            ("benefits", "benefit"): ('title', 'text'),
            ("benefits", "amount"): ('unit',),
        }),
    ]
