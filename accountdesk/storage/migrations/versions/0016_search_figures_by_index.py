"""Read the search ranking's corpus figures from a narrow index, not the whole table.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-07 19:00:00

On PostgreSQL, bm25's figures (the rows of the search index and their words in all) are
counted at most once a minute. Counted from the table, that read every row's text: at a
million systems over a second, in the middle of typing. An index of each row's number of
words answers the same count from a few megabytes. SQLite's FTS5 keeps its own figures.
"""

from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None

TABLE = "search_index"


def _has_index() -> bool:
    found = op.get_bind().exec_driver_sql("SELECT to_regclass(%s) IS NOT NULL", (TABLE,))
    return bool(found.scalar())


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql" or not _has_index():
        return
    op.execute(f"CREATE INDEX IF NOT EXISTS ix_{TABLE}_tokens ON {TABLE} (tokens)")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql" or not _has_index():
        return
    op.execute(f"DROP INDEX IF EXISTS ix_{TABLE}_tokens")
