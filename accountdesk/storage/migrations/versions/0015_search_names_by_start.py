"""Find the names that begin with what was typed through an index of the names.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-07 07:00:00

On PostgreSQL the search index gets an index of each kind's names in byte order
(`text_pattern_ops`), so the names that begin with a phrase are read as one range of it,
where the words index named every row holding the phrase's words anywhere in its name
(a common surname: thousands of contacts, to find the few whose name begins with it).
SQLite's FTS5 index is not touched.
"""

from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None

TABLE = "search_index"


def _has_index() -> bool:
    found = op.get_bind().exec_driver_sql("SELECT to_regclass(%s) IS NOT NULL", (TABLE,))
    return bool(found.scalar())


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql" or not _has_index():
        return
    op.execute(
        f"CREATE INDEX IF NOT EXISTS ix_{TABLE}_name_start ON {TABLE} "
        "((rowid >> 40), name text_pattern_ops)"
    )
    op.execute(f"ANALYZE {TABLE}")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql" or not _has_index():
        return
    op.execute(f"DROP INDEX IF EXISTS ix_{TABLE}_name_start")
