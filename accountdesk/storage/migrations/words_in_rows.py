"""The search index's words kept in its rows, with a GIN index of them per kind, as
revisions 0014 to 0016 had them on PostgreSQL: put there by 0014, and again by 0017's
downgrade. The words are made from each row's own columns by the application's rules
(accountdesk.storage.search_postgres.WORDS)."""

from alembic import op

from accountdesk.storage import search_postgres

TABLE = "search_index"
# The kinds as of those revisions: a rowid holds the kind's number (from 1) above 40 bits.
KINDS = {"customer": 1, "system": 2, "contact": 3}


def put_in_rows() -> None:
    if "words" not in search_postgres.columns(op.get_bind()):
        search_postgres.create_words_function(op.get_bind())
        op.execute(f"ALTER TABLE {TABLE} ADD COLUMN words tsvector")
        op.execute(f"UPDATE {TABLE} SET words = {search_postgres.WORDS}")
        op.execute(f"ALTER TABLE {TABLE} ALTER COLUMN words SET NOT NULL")
    for kind, number in KINDS.items():
        op.execute(
            f"CREATE INDEX IF NOT EXISTS ix_{TABLE}_{kind}_words ON {TABLE} "
            f"USING gin (words) WHERE (rowid >> 40) = {number}"
        )
