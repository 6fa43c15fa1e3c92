from django.db import migrations

# The main page's first text for the testimonials spoke of a film that is not
# linked; the film's link and text version now come with the testimonial
# itself, when it has a film. Only the untouched first text is replaced.
OLD = ("I en film på tre minuter berättar några av oss hur det är att arbeta här. "
       "Under filmen finns en textversion.")
NEW = "Här berättar några av oss hur det är att arbeta här."


def replace_intro(apps, schema_editor):
    Section = apps.get_model("careers", "Section")
    Section.objects.filter(listing="testimonials", body=OLD).update(body=NEW)


def restore_intro(apps, schema_editor):
    Section = apps.get_model("careers", "Section")
    Section.objects.filter(listing="testimonials", body=NEW).update(body=OLD)


class Migration(migrations.Migration):
    dependencies = [
        ("careers", "0009_jobad_search_index"),
    ]

    operations = [migrations.RunPython(replace_intro, restore_intro)]
