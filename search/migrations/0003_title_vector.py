"""PostgreSQL: a small tsvector of the title alone (folded and exact words) with its GIN index.

Suggestions match titles only. Matching them through the weighted title+text vectors of 0002 read
(and de-toasted) every article's whole text vector: about a second per keystroke at 100,000 articles.
SQLite needs nothing: its FTS5 table already filters by column.
"""

from django.db import migrations

FORWARDS = [
    "ALTER TABLE search_searchentry ADD COLUMN title_vector tsvector GENERATED ALWAYS AS ("
    "to_tsvector('simple'::regconfig, title_folded) || to_tsvector('simple'::regconfig, title_exact)) STORED",
    "CREATE INDEX search_entry_title_gin ON search_searchentry USING gin (title_vector)",
]
BACKWARDS = [
    "DROP INDEX IF EXISTS search_entry_title_gin",
    "ALTER TABLE search_searchentry DROP COLUMN IF EXISTS title_vector",
]


def _run(statements):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for statement in statements:
                schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("search", "0002_full_text")]

    operations = [migrations.RunPython(_run(FORWARDS), _run(BACKWARDS))]
