"""The search index in a SQLite file: an FTS5 table (see `storage.search_index`).

Matching and bm25 ranking are FTS5's own; the rowid order FTS5 reads matches in is the
index's kind order (customers, systems, contacts).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING

from sqlalchemy import Connection

from accountdesk.domain.text import Term

if TYPE_CHECKING:
    from accountdesk.storage.search_index import Entry, Match, Ranked

TABLE = "search_index"
# The same statement as migration 0002 made.
CREATE_SQL = (
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {TABLE} USING fts5("
    "name, body, fragments, customer_id UNINDEXED, "
    "tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3')"
)
_WEIGHTS = "10.0, 1.0, 0.5"  # name, body, fragments (search_index.WEIGHTS)
_BATCH = 5000
_DEFAULT_AUTOMERGE = 4  # FTS5's


def create(connection: Connection) -> None:
    connection.exec_driver_sql(CREATE_SQL)


def drop(connection: Connection) -> None:
    connection.exec_driver_sql(f"DROP TABLE IF EXISTS {TABLE}")  # far faster than DELETE


def exists(connection: Connection) -> bool:
    found = connection.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (TABLE,)
    )
    return found.first() is not None


def write(connection: Connection, entries: Sequence[Entry]) -> None:
    for start in range(0, len(entries), _BATCH):
        connection.exec_driver_sql(
            f"INSERT OR REPLACE INTO {TABLE} (rowid, name, body, fragments, customer_id) "
            "VALUES (?, ?, ?, ?, ?)",
            entries[start : start + _BATCH],
        )


def delete(connection: Connection, rowids: Sequence[int]) -> None:
    connection.exec_driver_sql(f"DELETE FROM {TABLE} WHERE rowid = ?", [(r,) for r in rowids])


@contextmanager
def merging_deferred(connection: Connection) -> Iterator[None]:
    """FTS5 merges no segments meanwhile (automerge 0; crisismerge still bounds them),
    which spares a bulk import a good part of its index work. The setting is put back at
    the end of the block, in the same transaction; a block that fails leaves it to the
    rollback."""
    found = connection.exec_driver_sql(f"SELECT v FROM {TABLE}_config WHERE k = 'automerge'")
    before = found.scalar()
    _configure(connection, "automerge", 0)
    yield
    _configure(connection, "automerge", _DEFAULT_AUTOMERGE if before is None else before)


def _configure(connection: Connection, option: str, value: int) -> None:
    connection.exec_driver_sql(
        f"INSERT INTO {TABLE} ({TABLE}, rank) VALUES (?, ?)", (option, int(value))
    )


def optimise(connection: Connection) -> None:
    """Merge the index into one segment: faster queries after a bulk load."""
    connection.exec_driver_sql(f"INSERT INTO {TABLE} ({TABLE}) VALUES ('optimize')")


# ---------------------------------------------------------------- querying


def _count_upto(connection: Connection, match: Match, cap: int) -> int:
    count: int = connection.exec_driver_sql(
        f"SELECT count(*) FROM (SELECT 1 FROM {TABLE} WHERE {TABLE} MATCH ? LIMIT ?)",
        (_fts(match), cap),
    ).scalar_one()
    return count


def ranked(
    connection: Connection, match: Match, exact: str, limit: int, cap: int
) -> list[Ranked] | None:
    """bm25, the name weighing most; exact names first; kind order on near ties. None when
    more than `cap` rows match (counted without ranking: FTS5 reads no row for it)."""
    if _count_upto(connection, match, cap + 1) > cap:
        return None
    rows = connection.exec_driver_sql(
        f"SELECT rowid, customer_id, name = ? AS exact, bm25({TABLE}, {_WEIGHTS}) AS value "
        f"FROM {TABLE} WHERE {TABLE} MATCH ? "
        "ORDER BY exact DESC, round(value, 2), rowid LIMIT ?",
        (exact, _fts(match), limit),
    )
    return [(rowid, cid, bool(exact), value) for rowid, cid, exact, value in rows]


def first_matches(connection: Connection, match: Match, limit: int) -> list[tuple[int, int]]:
    """The first matches in rowid order."""
    rows = connection.exec_driver_sql(
        f"SELECT rowid, customer_id FROM {TABLE} WHERE {TABLE} MATCH ? LIMIT ?",
        (_fts(match), limit),
    )
    return [(rowid, cid) for rowid, cid in rows]


def _phrase(words: Sequence[str], *, prefix: bool, initial: bool = False) -> str:
    # Words are letters and digits only (domain.text), so no quote can reach FTS5 syntax.
    return ("^" if initial else "") + '"' + " ".join(words) + '"' + ("*" if prefix else "")


def _term(term: Term, match: Match, *, initial: bool) -> str:
    phrases = [_phrase(w, prefix=match.prefix, initial=initial) for w in term.alternatives]
    if match.whole_words:  # matching twice scores higher: '1234' over '1234567'
        phrases += [_phrase(words, prefix=False) for words in term.alternatives]
    return phrases[0] if len(phrases) == 1 else "(" + " OR ".join(phrases) + ")"


def _fts(match: Match) -> str:
    """FTS5 query text: every term (AND), each of its alternatives (OR) as a phrase,
    restricted to the match's columns (`{name body}`), the first term anchored at the
    start of the column when the match is `initial`."""
    terms = match.terms
    parts = [_term(terms[0], match, initial=match.initial)]
    parts += [_term(term, match, initial=False) for term in terms[1:]]
    expression = " AND ".join(parts)
    if not match.columns:
        return expression
    columns = match.columns[0] if len(match.columns) == 1 else "{" + " ".join(match.columns) + "}"
    return f"{columns} : ({expression})"
