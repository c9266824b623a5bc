"""Page stamps (briefing.pagecache): the table, and the triggers that stamp it on every write
to the tables cached pages read. A later migration that rebuilds one of those tables on SQLite
drops its triggers, and must call ``briefing.pagecache.add_triggers`` again."""

from django.db import migrations, models


def add_triggers(apps, schema_editor):
    from briefing.pagecache import add_triggers

    add_triggers(schema_editor)


def remove_triggers(apps, schema_editor):
    from briefing.pagecache import remove_triggers

    remove_triggers(schema_editor)


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("briefing", "0003_passage_search"),
        ("quizzes", "0002_classes_and_assignments"),
    ]

    operations = [
        migrations.CreateModel(
            name="PageStamp",
            fields=[
                ("scope", models.BigIntegerField(primary_key=True, serialize=False)),
                ("version", models.BigIntegerField(default=0)),
            ],
        ),
        migrations.RunPython(add_triggers, remove_triggers),
    ]
