"""Full-text structures of the embedded index, which Django's model state does not describe.

SQLite: an external-content FTS5 table over the exact and folded columns of SearchEntry, kept in
step by triggers. PostgreSQL: generated tsvector columns (title weighted A, text D) with GIN indexes.
The texts are normalised and folded in Python (search/text.py), so the database only splits on
spaces; the 'simple' configuration and `remove_diacritics 0` keep it from folding anything again.
"""

from django.db import migrations

SQLITE_COLUMNS = "title_exact, body_exact, title_folded, body_folded"

SQLITE_FORWARDS = [
    f"""CREATE VIRTUAL TABLE search_entry_fts USING fts5(
        {SQLITE_COLUMNS},
        content='search_searchentry', content_rowid='id',
        tokenize='unicode61 remove_diacritics 0', prefix='2 3 4'
    )""",
    f"""CREATE TRIGGER search_entry_ai AFTER INSERT ON search_searchentry BEGIN
        INSERT INTO search_entry_fts(rowid, {SQLITE_COLUMNS})
        VALUES (new.id, new.title_exact, new.body_exact, new.title_folded, new.body_folded);
    END""",
    f"""CREATE TRIGGER search_entry_ad AFTER DELETE ON search_searchentry BEGIN
        INSERT INTO search_entry_fts(search_entry_fts, rowid, {SQLITE_COLUMNS})
        VALUES ('delete', old.id, old.title_exact, old.body_exact, old.title_folded, old.body_folded);
    END""",
    f"""CREATE TRIGGER search_entry_au AFTER UPDATE ON search_searchentry BEGIN
        INSERT INTO search_entry_fts(search_entry_fts, rowid, {SQLITE_COLUMNS})
        VALUES ('delete', old.id, old.title_exact, old.body_exact, old.title_folded, old.body_folded);
        INSERT INTO search_entry_fts(rowid, {SQLITE_COLUMNS})
        VALUES (new.id, new.title_exact, new.body_exact, new.title_folded, new.body_folded);
    END""",
]
SQLITE_BACKWARDS = [
    "DROP TRIGGER IF EXISTS search_entry_au",
    "DROP TRIGGER IF EXISTS search_entry_ad",
    "DROP TRIGGER IF EXISTS search_entry_ai",
    "DROP TABLE IF EXISTS search_entry_fts",
]


def _vector(title, body):
    return (
        f"setweight(to_tsvector('simple'::regconfig, {title}), 'A') || "
        f"setweight(to_tsvector('simple'::regconfig, {body}), 'D')"
    )


POSTGRES_FORWARDS = [
    "ALTER TABLE search_searchentry ADD COLUMN exact_vector tsvector "
    f"GENERATED ALWAYS AS ({_vector('title_exact', 'body_exact')}) STORED",
    "ALTER TABLE search_searchentry ADD COLUMN folded_vector tsvector "
    f"GENERATED ALWAYS AS ({_vector('title_folded', 'body_folded')}) STORED",
    "CREATE INDEX search_entry_exact_gin ON search_searchentry USING gin (exact_vector)",
    "CREATE INDEX search_entry_folded_gin ON search_searchentry USING gin (folded_vector)",
]
POSTGRES_BACKWARDS = [
    "DROP INDEX IF EXISTS search_entry_folded_gin",
    "DROP INDEX IF EXISTS search_entry_exact_gin",
    "ALTER TABLE search_searchentry DROP COLUMN IF EXISTS folded_vector",
    "ALTER TABLE search_searchentry DROP COLUMN IF EXISTS exact_vector",
]


def _run(statements_by_vendor):
    def run(apps, schema_editor):
        for statement in statements_by_vendor.get(schema_editor.connection.vendor, []):
            schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("search", "0001_index")]

    operations = [
        migrations.RunPython(
            _run({"sqlite": SQLITE_FORWARDS, "postgresql": POSTGRES_FORWARDS}),
            _run({"sqlite": SQLITE_BACKWARDS, "postgresql": POSTGRES_BACKWARDS}),
        ),
    ]
