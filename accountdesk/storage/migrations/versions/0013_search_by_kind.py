"""Search a team database of a million systems as fast as one of a hundred thousand.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-07 00:00:00

On PostgreSQL the search index's trigram indexes become partial, one per kind of row
(customers, systems, contacts: each kind's rows lie in one range of rowids) and column,
so a search reads one kind's matches without the others'; and a hash index on the name
finds an exact name without reading every row that holds its words. The index's rows
stay as they are. SQLite's FTS5 index is not touched.
"""

from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

TABLE = "search_index"
COLUMNS = ("name", "body", "fragments")
# The kinds' rowid ranges as of this revision (search_index.rowid_for: the kind's number,
# from 1, above 40 bits of the record's id).
KINDS = {
    kind: (number << 40, (number + 1) << 40)
    for number, kind in enumerate(("customer", "system", "contact"), start=1)
}


def _partial(kind: str, column: str) -> str:
    first, end = KINDS[kind]
    return (
        f"CREATE INDEX IF NOT EXISTS ix_{TABLE}_{kind}_{column} ON {TABLE} "
        f"USING gin ({column} gin_trgm_ops) WHERE rowid >= {first} AND rowid < {end}"
    )


def _has_index() -> bool:
    found = op.get_bind().exec_driver_sql("SELECT to_regclass(%s) IS NOT NULL", (TABLE,))
    return bool(found.scalar())


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql" or not _has_index():
        return
    for column in COLUMNS:
        op.execute(f"DROP INDEX IF EXISTS ix_{TABLE}_{column}")
    for kind in KINDS:
        for column in COLUMNS:
            op.execute(_partial(kind, column))
    op.execute(f"CREATE INDEX IF NOT EXISTS ix_{TABLE}_exact_name ON {TABLE} USING hash (name)")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql" or not _has_index():
        return
    op.execute(f"DROP INDEX IF EXISTS ix_{TABLE}_exact_name")
    for kind in KINDS:
        for column in COLUMNS:
            op.execute(f"DROP INDEX IF EXISTS ix_{TABLE}_{kind}_{column}")
    for column in COLUMNS:
        op.execute(
            f"CREATE INDEX IF NOT EXISTS ix_{TABLE}_{column} ON {TABLE} "
            f"USING gin ({column} gin_trgm_ops)"
        )
