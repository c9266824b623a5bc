"""Full-text search over passages (used by briefing/search.py).

SQLite: an external-content FTS5 table over briefing_passage's text, filled from the
existing rows and kept in step by triggers on insert, update and delete.
PostgreSQL: a GIN index on the expression that django.contrib.postgres's
SearchVector("text", config="english") produces, so searches use it.

SQLite rebuilds a table for many schema changes (copy, drop, rename), and dropping the
table drops its triggers: a later migration that alters briefing_passage on SQLite must
call ``add_search`` again afterwards (every statement here is safe to repeat).
"""

from django.db import migrations

SQLITE_ADD = [
    (
        "CREATE VIRTUAL TABLE IF NOT EXISTS briefing_passage_fts USING fts5("
        " text, content='briefing_passage', content_rowid='id', tokenize='porter unicode61 remove_diacritics 2')"
    ),
    (
        "CREATE TRIGGER IF NOT EXISTS briefing_passage_fts_insert AFTER INSERT ON briefing_passage BEGIN"
        " INSERT INTO briefing_passage_fts(rowid, text) VALUES (new.id, new.text); END"
    ),
    (
        "CREATE TRIGGER IF NOT EXISTS briefing_passage_fts_delete AFTER DELETE ON briefing_passage BEGIN"
        " INSERT INTO briefing_passage_fts(briefing_passage_fts, rowid, text) VALUES ('delete', old.id, old.text); END"
    ),
    (
        "CREATE TRIGGER IF NOT EXISTS briefing_passage_fts_update AFTER UPDATE OF text ON briefing_passage BEGIN"
        " INSERT INTO briefing_passage_fts(briefing_passage_fts, rowid, text) VALUES ('delete', old.id, old.text);"
        " INSERT INTO briefing_passage_fts(rowid, text) VALUES (new.id, new.text); END"
    ),
    "INSERT INTO briefing_passage_fts(briefing_passage_fts) VALUES ('rebuild')",
]
SQLITE_REMOVE = [
    "DROP TRIGGER IF EXISTS briefing_passage_fts_insert",
    "DROP TRIGGER IF EXISTS briefing_passage_fts_delete",
    "DROP TRIGGER IF EXISTS briefing_passage_fts_update",
    "DROP TABLE IF EXISTS briefing_passage_fts",
]
POSTGRESQL_ADD = [
    (
        "CREATE INDEX IF NOT EXISTS briefing_passage_text_search ON briefing_passage"
        " USING gin (to_tsvector('english'::regconfig, COALESCE(text, ''::text)))"
    ),
]
POSTGRESQL_REMOVE = ["DROP INDEX IF EXISTS briefing_passage_text_search"]


def _run(schema_editor, statements: dict[str, list[str]]) -> None:
    for sql in statements.get(schema_editor.connection.vendor, []):
        schema_editor.execute(sql, params=None)


def add_search(apps, schema_editor):
    _run(schema_editor, {"sqlite": SQLITE_ADD, "postgresql": POSTGRESQL_ADD})


def remove_search(apps, schema_editor):
    _run(schema_editor, {"sqlite": SQLITE_REMOVE, "postgresql": POSTGRESQL_REMOVE})


class Migration(migrations.Migration):
    dependencies = [
        ("briefing", "0002_lesson_versions_and_reads"),
    ]

    operations = [
        migrations.RunPython(add_search, remove_search, elidable=False),
    ]
