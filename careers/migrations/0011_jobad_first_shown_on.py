from django.db import migrations, models

# Job alerts now go by the day an ad was first shown, not by its published
# date, so that an ad published days after that date is still sent. Ads
# already published were shown from their published date: that is the best
# there is to know of them.


def from_published_date(apps, schema_editor):
    JobAd = apps.get_model("careers", "JobAd")
    JobAd.objects.filter(status="publicerad").update(first_shown_on=models.F("published_on"))


class Migration(migrations.Migration):
    dependencies = [
        ("careers", "0010_testimonials_intro"),
    ]

    operations = [
        migrations.AddField(
            model_name="jobad",
            name="first_shown_on",
            field=models.DateField(blank=True, editable=False, null=True, verbose_name="first shown"),
        ),
        migrations.RunPython(from_published_date, migrations.RunPython.noop),
    ]
