"""Why the generator held a question for review. On SQLite, adding the column rebuilds the
question table, which drops its page-stamping triggers (briefing.pagecache): they are made again."""

from django.db import migrations, models


def add_triggers(apps, schema_editor):
    from briefing.pagecache import add_triggers

    add_triggers(schema_editor)


class Migration(migrations.Migration):
    dependencies = [
        ("briefing", "0004_page_stamps"),
        ("quizzes", "0002_classes_and_assignments"),
    ]

    operations = [
        migrations.AddField(
            model_name="question",
            name="held_because",
            field=models.JSONField(blank=True, default=list, help_text="Why the generator held it for review rather than publishing it."),
        ),
        migrations.RunPython(add_triggers, migrations.RunPython.noop),
    ]
