"""Search a million systems by words, not by letter triples.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-07 04:00:00

On PostgreSQL the search index's rows get `words`: each column's words and each pair of
neighbouring words (accountdesk.storage.search_postgres), with one GIN index per kind of
row in place of the trigram indexes. A phrase is then looked up by its pairs, which few
rows hold, where its letter triples were held by thousands. The words are made from the
rows' own text by the application's current rules (the index is derived data), and the
index's rows stay as they are. SQLite's FTS5 index is not touched.
"""

from alembic import op

from accountdesk.storage import search_postgres
from accountdesk.storage.migrations import words_in_rows

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

TABLE = "search_index"
COLUMNS = ("name", "body", "fragments")
# The kinds as of this revision: a rowid holds the kind's number (from 1) above 40 bits.
KINDS = {"customer": 1, "system": 2, "contact": 3}


def _has_index() -> bool:
    found = op.get_bind().exec_driver_sql("SELECT to_regclass(%s) IS NOT NULL", (TABLE,))
    return bool(found.scalar())


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql" or not _has_index():
        return
    for kind in KINDS:
        for column in COLUMNS:
            op.execute(f"DROP INDEX IF EXISTS ix_{TABLE}_{kind}_{column}")
    words_in_rows.put_in_rows()
    op.execute(f"ANALYZE {TABLE}")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql" or not _has_index():
        return
    for kind in KINDS:
        op.execute(f"DROP INDEX IF EXISTS ix_{TABLE}_{kind}_words")
    op.execute(f"ALTER TABLE {TABLE} DROP COLUMN IF EXISTS words")
    op.execute(f"DROP FUNCTION IF EXISTS {search_postgres.WORDS_FUNCTION}(text, text, text)")
    op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    for kind, number in KINDS.items():
        for column in COLUMNS:
            op.execute(
                f"CREATE INDEX IF NOT EXISTS ix_{TABLE}_{kind}_{column} ON {TABLE} "
                f"USING gin ({column} gin_trgm_ops) WHERE (rowid >> 40) = {number}"
            )
