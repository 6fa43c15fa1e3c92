"""The cookie register in two languages, and the language of each consent.

The Swedish columns take the texts the register has; the entries the register
was seeded with (0003_register) get their English, unless HR has changed the
Swedish since, in which case the English is left for HR to write: an English
text that says something else than the Swedish would be wrong. Consent records
from before are Swedish (the column's default in the database).
"""

import importlib

from django.db import migrations, models

# name: (Swedish lifetime and purpose as 0003 seeded them, English lifetime and purpose)
SEEDED = {
    "fk_kakval": ("12 månader", "12 months",
                  "Saves your choice about cookies and which version of our cookie rules you answered. "
                  "It also holds a random number for your choice, so that we can show what you chose and when."),
    "messages": ("Tills beskedet har visats", "Until the message has been shown",
                 "Shows a short message on the next page, for example that your choice about cookies has been "
                 "saved. The cookie is removed when you have seen the message."),
    "csrftoken": ("1 år", "1 year",
                  "Protects the website's editing tools against forged requests from other websites. "
                  "Only set for staff who log in to change the website."),
    "sessionid": ("2 veckor", "2 weeks",
                  "Keeps a staff member logged in to the website's editing tools. Not set for visitors."),
    "_pk_id.*": ("13 månader", "13 months",
                 "Matomo, our tool for web analytics, recognises your web browser when you come back. "
                 "The cookie holds a random number for your web browser."),
    "_pk_ses.*": ("30 minuter", "30 minutes",
                  "Matomo keeps together the pages you look at during one visit."),
    "_pk_ref.*": ("6 månader", "6 months",
                  "Matomo saves which other website you came from, if you came through a link."),
}


def translate(apps, schema_editor):
    Cookie = apps.get_model("cookies", "Cookie")
    # The Swedish texts as 0003 wrote them.
    register = importlib.import_module("cookies.migrations.0003_register").REGISTER
    seeded_purposes = {name: purpose for name, _category, _lifetime, purpose in register}
    for cookie in Cookie.objects.all():
        cookie.purpose_sv, cookie.lifetime_sv = cookie.purpose, cookie.lifetime
        if cookie.name in SEEDED:
            lifetime_sv, lifetime_en, purpose_en = SEEDED[cookie.name]
            if (cookie.lifetime, cookie.purpose) == (lifetime_sv, seeded_purposes[cookie.name]):
                cookie.lifetime_en, cookie.purpose_en = lifetime_en, purpose_en
        cookie.save(update_fields=["purpose_sv", "lifetime_sv", "purpose_en", "lifetime_en"])


class Migration(migrations.Migration):

    dependencies = [
        ('cookies', '0003_register'),
    ]

    operations = [
        migrations.AddField(
            model_name='consentrecord',
            name='language',
            field=models.CharField(choices=[('sv', 'Svenska'), ('en', 'English')], db_default='sv', default='sv', max_length=5, verbose_name='language'),
        ),
        migrations.AddField(
            model_name='cookie',
            name='lifetime_en',
            field=models.CharField(help_text='E.g. 12 months, or 30 minutes.', max_length=100, null=True, verbose_name='lifetime'),
        ),
        migrations.AddField(
            model_name='cookie',
            name='lifetime_sv',
            field=models.CharField(help_text='E.g. 12 months, or 30 minutes.', max_length=100, null=True, verbose_name='lifetime'),
        ),
        migrations.AddField(
            model_name='cookie',
            name='purpose_en',
            field=models.TextField(help_text='What the cookie does, in plain words.', null=True, verbose_name='purpose'),
        ),
        migrations.AddField(
            model_name='cookie',
            name='purpose_sv',
            field=models.TextField(help_text='What the cookie does, in plain words.', null=True, verbose_name='purpose'),
        ),
        migrations.RunPython(translate, migrations.RunPython.noop),
    ]
