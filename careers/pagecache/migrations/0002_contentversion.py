from django.db import migrations, models


class Migration(migrations.Migration):
    """The generation is called what it is: the version of the content that pages show."""

    dependencies = [
        ("pagecache", "0001_initial"),
    ]

    # Names only: the table keeps its name, so that an instance still on the old
    # code reads and writes the same row through a rolling deploy.
    operations = [
        migrations.SeparateDatabaseAndState(state_operations=[
            migrations.RenameModel("Generation", "ContentVersion"),
            migrations.AlterModelTable(name="contentversion", table="pagecache_generation"),
            migrations.AlterModelOptions(
                name="contentversion",
                options={"ordering": ["pk"], "verbose_name": "content version",
                         "verbose_name_plural": "content versions"},
            ),
            migrations.AlterField(
                model_name="contentversion",
                name="value",
                field=models.CharField(max_length=32, verbose_name="version"),
            ),
        ]),
    ]
