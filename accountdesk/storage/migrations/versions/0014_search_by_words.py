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

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

TABLE = "search_index"
COLUMNS = ("name", "body", "fragments")
# The kinds as of this revision: a rowid holds the kind's number (from 1) above 40 bits.
KINDS = {"customer": 1, "system": 2, "contact": 3}
_BATCH = 5000
_SEPARATOR = "\n"  # never in a word (domain.text: letters and digits only)


def _has_index() -> bool:
    found = op.get_bind().exec_driver_sql("SELECT to_regclass(%s) IS NOT NULL", (TABLE,))
    return bool(found.scalar())


def _has_words() -> bool:
    found = op.get_bind().exec_driver_sql(
        "SELECT 1 FROM information_schema.columns WHERE table_name = %s AND column_name = 'words'",
        (TABLE,),
    )
    return found.first() is not None


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql" or not _has_index():
        return
    for kind in KINDS:
        for column in COLUMNS:
            op.execute(f"DROP INDEX IF EXISTS ix_{TABLE}_{kind}_{column}")
    if not _has_words():  # a new database's index was made with them
        op.execute(f"ALTER TABLE {TABLE} ADD COLUMN words tsvector")
        _fill_words()
        op.execute(f"ALTER TABLE {TABLE} ALTER COLUMN words SET NOT NULL")
    for kind, number in KINDS.items():
        op.execute(
            f"CREATE INDEX IF NOT EXISTS ix_{TABLE}_{kind}_words ON {TABLE} "
            f"USING gin (words) WHERE (rowid >> 40) = {number}"
        )
    op.execute(f"ANALYZE {TABLE}")


def _fill_words() -> None:
    """Each row's words, from its own columns, a batch of rows at a time in rowid order."""
    bind = op.get_bind()
    after = -1
    while True:
        rows = bind.exec_driver_sql(
            f"SELECT rowid, name, body, fragments FROM {TABLE} WHERE rowid > %s "
            "ORDER BY rowid LIMIT %s",
            (after, _BATCH),
        ).all()
        if not rows:
            return
        bind.exec_driver_sql(
            f"UPDATE {TABLE} SET words = array_to_tsvector(string_to_array(given.words, %s)) "
            "FROM unnest(%s::bigint[], %s::text[]) AS given(rowid, words) "
            f"WHERE {TABLE}.rowid = given.rowid",
            (
                _SEPARATOR,
                [row[0] for row in rows],
                [_SEPARATOR.join(search_postgres.lexemes(*row[1:])) for row in rows],
            ),
        )
        after = rows[-1][0]


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql" or not _has_index():
        return
    for kind in KINDS:
        op.execute(f"DROP INDEX IF EXISTS ix_{TABLE}_{kind}_words")
    op.execute(f"ALTER TABLE {TABLE} DROP COLUMN IF EXISTS words")
    op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    for kind, number in KINDS.items():
        for column in COLUMNS:
            op.execute(
                f"CREATE INDEX IF NOT EXISTS ix_{TABLE}_{kind}_{column} ON {TABLE} "
                f"USING gin ({column} gin_trgm_ops) WHERE (rowid >> 40) = {number}"
            )
