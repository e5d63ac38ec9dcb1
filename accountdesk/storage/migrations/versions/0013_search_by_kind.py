"""Search a team database of a million systems as fast as one of a hundred thousand.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-07 00:00:00

On PostgreSQL the search index's trigram indexes become partial, one per kind of row
(customers, systems, contacts: each kind's rows lie in one range of rowids) and column,
so a search reads one kind's matches without the others' (with statistics of how many
rows each kind has, for the planner); and a hash index on the name finds an exact name
without reading every row that holds its words. The index's rows stay as they are. SQLite's FTS5 index is not touched.
"""

from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

TABLE = "search_index"
COLUMNS = ("name", "body", "fragments")
# The kinds as of this revision: a rowid holds the kind's number (from 1) above 40 bits
# of the record's id (search_index.rowid_for).
KINDS = {"customer": 1, "system": 2, "contact": 3}


def _partial(kind: str, column: str) -> str:
    return (
        f"CREATE INDEX IF NOT EXISTS ix_{TABLE}_{kind}_{column} ON {TABLE} "
        f"USING gin ({column} gin_trgm_ops) WHERE (rowid >> 40) = {KINDS[kind]}"
    )


def _has_index() -> bool:
    found = op.get_bind().exec_driver_sql("SELECT to_regclass(%s) IS NOT NULL", (TABLE,))
    return bool(found.scalar())


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql" or not _has_index():
        return
    for column in COLUMNS:
        op.execute(f"DROP INDEX IF EXISTS ix_{TABLE}_{column}")
    op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")  # later revisions' index needs none
    for kind in KINDS:
        for column in COLUMNS:
            op.execute(_partial(kind, column))
    op.execute(f"CREATE INDEX IF NOT EXISTS ix_{TABLE}_exact_name ON {TABLE} USING hash (name)")
    # How many rows each kind has, for the planner (else it takes a kind for a handful of
    # rows and reads all of them through a partial index's predicate alone).
    op.execute(f"CREATE STATISTICS IF NOT EXISTS {TABLE}_kinds ON (rowid >> 40) FROM {TABLE}")
    op.execute(f"ANALYZE {TABLE}")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql" or not _has_index():
        return
    op.execute(f"DROP STATISTICS IF EXISTS {TABLE}_kinds")
    op.execute(f"DROP INDEX IF EXISTS ix_{TABLE}_exact_name")
    for kind in KINDS:
        for column in COLUMNS:
            op.execute(f"DROP INDEX IF EXISTS ix_{TABLE}_{kind}_{column}")
    op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    for column in COLUMNS:
        op.execute(
            f"CREATE INDEX IF NOT EXISTS ix_{TABLE}_{column} ON {TABLE} "
            f"USING gin ({column} gin_trgm_ops)"
        )
