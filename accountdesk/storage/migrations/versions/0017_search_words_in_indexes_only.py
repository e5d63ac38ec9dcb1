"""Keep the search index's words in its word indexes only, not in its rows.

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-08 02:00:00

On PostgreSQL the search index's rows lose `words`, the tsvector of their words and pairs
of words: the word indexes are made of the same words computed from the row's columns
(accountdesk.storage.search_postgres.WORDS). The words were three quarters of a row's
bytes, and a search that walks a kind of record in order read all of them: the rows now
take a quarter of the pages, and more of them stay in the server's memory. The table is
rewritten in rowid order to give the space back (at a million systems about two
minutes, once), then vacuumed. SQLite's FTS5 index is not touched.
"""

from alembic import op

from accountdesk.storage import migrations, search_postgres
from accountdesk.storage.migrations import words_in_rows

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None

TABLE = "search_index"
KINDS = ("customer", "system", "contact")  # as of this revision


def _is_postgres_with_index() -> bool:
    return op.get_bind().dialect.name == "postgresql" and search_postgres.exists(op.get_bind())


def upgrade() -> None:
    if not _is_postgres_with_index():
        return
    search_postgres.create_words_function(op.get_bind())
    if "words" in search_postgres.columns(op.get_bind()):
        for kind in KINDS:
            op.execute(f"DROP INDEX IF EXISTS ix_{TABLE}_{kind}_words")
        op.execute(f"ALTER TABLE {TABLE} DROP COLUMN words")
        # A dropped column keeps its bytes in every row until the rows are written anew.
        op.execute(f"CLUSTER {TABLE} USING {TABLE}_pkey")
        migrations.ask_vacuum_after(TABLE)
    for kind in KINDS:
        for statement in search_postgres.words_index_sql(kind):
            op.execute(statement)
    op.execute(f"ANALYZE {TABLE}")


def downgrade() -> None:
    if not _is_postgres_with_index():
        return
    for kind in KINDS:
        op.execute(f"DROP INDEX IF EXISTS ix_{TABLE}_{kind}_words")
    words_in_rows.put_in_rows()
