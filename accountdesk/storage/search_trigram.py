"""The search index on PostgreSQL: a plain table of the same normalised text, with pg_trgm
GIN indexes (see `storage.search_index`).

Each column is stored with a space on both sides (' cohen yossi \ue000 '), so a phrase
is a LIKE pattern: ' w1 w2' followed by anything matches the words in order, the last a
prefix; with a space after, the last word whole; without the leading wildcard, at the
start of the column. Words are letters and digits only (domain.text): no pattern
character can come from what the user typed. The trigram indexes find the candidate
rows, LIKE checks them.

Ranking is FTS5's bm25, computed here from the same figures FTS5 keeps (rows, tokens per
row and in all, rows holding each phrase, each phrase's occurrences per column), so both
backends order results the same way.
"""

from __future__ import annotations

import math
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sqlalchemy import Connection

if TYPE_CHECKING:
    from accountdesk.storage.search_index import Entry, Match, Ranked

TABLE = "search_index"
COLUMNS = ("name", "body", "fragments")
WEIGHTS = {"name": 10.0, "body": 1.0, "fragments": 0.5}  # as the SQLite index's bm25
_K1 = 1.2  # FTS5's bm25 constants
_B = 0.75
_BATCH = 5000
# bm25's corpus figures (rows, words in all; rows holding a phrase) take a scan of the whole
# index (about 150 ms at 160,000 rows) or of every row holding a common word, so they are
# kept a while per database: this process's own writes drop
# them at once; other clients' changes show within this many seconds (a few rows more or
# less in 100,000 move no score visibly).
CORPUS_TTL_S = 60.0
_corpus_figures: dict[str, _Figures] = {}
_KEPT_COUNTS = 10_000  # phrases' counts kept per database, at most

CREATE_SQL = (
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    f"CREATE TABLE IF NOT EXISTS {TABLE} ("
    "rowid bigint PRIMARY KEY, "
    "name text NOT NULL, body text NOT NULL, fragments text NOT NULL, "
    "customer_id integer NOT NULL, "
    "tokens integer NOT NULL)",  # words in the three columns: bm25's length of the row
    *(
        f"CREATE INDEX IF NOT EXISTS ix_{TABLE}_{column} ON {TABLE} "
        f"USING gin ({column} gin_trgm_ops)"
        for column in COLUMNS
    ),
)


def create(connection: Connection) -> None:
    for statement in CREATE_SQL:
        connection.exec_driver_sql(statement)


def drop(connection: Connection) -> None:
    connection.exec_driver_sql(f"DROP TABLE IF EXISTS {TABLE}")
    _forget_corpus(connection)


def exists(connection: Connection) -> bool:
    found = connection.exec_driver_sql("SELECT to_regclass(%s) IS NOT NULL", (TABLE,))
    return bool(found.scalar())


def _padded(text: str) -> str:
    return f" {text} "


def write(connection: Connection, entries: Sequence[Entry]) -> None:
    rows = [
        (
            rowid,
            _padded(name),
            _padded(body),
            _padded(fragments),
            customer_id,
            len(name.split()) + len(body.split()) + len(fragments.split()),
        )
        for rowid, name, body, fragments, customer_id in entries
    ]
    _forget_corpus(connection)
    for start in range(0, len(rows), _BATCH):
        connection.exec_driver_sql(
            f"INSERT INTO {TABLE} (rowid, name, body, fragments, customer_id, tokens) "
            "VALUES (%s, %s, %s, %s, %s, %s) ON CONFLICT (rowid) DO UPDATE SET "
            "name = excluded.name, body = excluded.body, fragments = excluded.fragments, "
            "customer_id = excluded.customer_id, tokens = excluded.tokens",
            rows[start : start + _BATCH],
        )


def delete(connection: Connection, rowids: Sequence[int]) -> None:
    _forget_corpus(connection)
    connection.exec_driver_sql(f"DELETE FROM {TABLE} WHERE rowid = ANY(%s)", (list(rowids),))


@contextmanager
def merging_deferred(_connection: Connection) -> Iterator[None]:
    """GIN keeps its own pending list; nothing to defer."""
    yield


def optimise(connection: Connection) -> None:
    """Fresh statistics after a bulk load, so the planner uses the trigram indexes."""
    connection.exec_driver_sql(f"ANALYZE {TABLE}")


# ---------------------------------------------------------------- querying

Phrase = tuple[tuple[str, ...], bool]  # the words; whether the last one is a prefix


def _pattern(words: Sequence[str], *, prefix: bool, initial: bool) -> str:
    return ("" if initial else "%") + " " + " ".join(words) + ("%" if prefix else " %")


def _condition(match: Match, params: list[str]) -> str:
    """The SQL of the match (AND of terms, OR of alternatives and columns); its
    patterns are appended to `params`."""
    columns = match.columns or COLUMNS
    terms = []
    for number, term in enumerate(match.terms):
        initial = match.initial and number == 0
        alternatives = []
        for words in term.alternatives:
            params.extend([_pattern(words, prefix=match.prefix, initial=initial)] * len(columns))
            alternatives += [f"{column} LIKE %s" for column in columns]
        terms.append("(" + " OR ".join(alternatives) + ")")
    return " AND ".join(terms)


def first_matches(connection: Connection, match: Match, limit: int) -> list[tuple[int, int]]:
    """The first matches in rowid order.

    Ordered by `rowid + 0`, not `rowid`: walking the primary key in order until enough
    rows match looks cheap to the planner, but matches gather at one end (phone numbers
    are contacts', the last rowids), and it read the whole index for them (350 ms at
    160,000 rows). The trigram indexes, then a sort of what they found, take at most the
    time of the matches."""
    params: list[str] = []
    condition = _condition(match, params)
    rows = connection.exec_driver_sql(
        f"SELECT rowid, customer_id FROM {TABLE} WHERE {condition} ORDER BY rowid + 0 LIMIT %s",
        (*params, limit),
    )
    return [(rowid, cid) for rowid, cid in rows]


def ranked(
    connection: Connection, match: Match, exact: str, limit: int, cap: int
) -> list[Ranked] | None:
    """bm25 as FTS5 computes it, the name weighing most; exact names first; kind order on
    near ties (the rounding FTS5's ranking query uses). None when more than `cap` rows
    match: the rows are read once, for counting and ranking alike."""
    params: list[str] = []
    condition = _condition(match, params)
    # Planned without the LIMIT: the planner often guesses a phrase in thousands of rows
    # and, the LIMIT in view, reads the table from the start for them (330 ms at 160,000
    # rows for 164 found); the trigram indexes find them in a few milliseconds.
    rows = connection.exec_driver_sql(
        f"WITH found AS MATERIALIZED (SELECT rowid, customer_id, name, body, fragments, tokens "
        f"FROM {TABLE} WHERE {condition}) SELECT * FROM found LIMIT %s",
        (*params, cap + 1),
    ).all()
    if len(rows) > cap:
        return None
    if not rows:
        return []
    figures = _figures(connection)
    phrases = _phrases(match)
    texts = [{c: text.split() for c, text in zip(COLUMNS, row[2:5], strict=True)} for row in rows]
    if len(match.terms) == 1 and not match.columns and not match.initial:
        # Every row holding one of the phrases is a match: count them among the rows read.
        holding = [sum(_holds(t, phrase) for t in texts) for phrase in phrases]
    else:
        holding = _holding(connection, figures, phrases)
    row_count = figures.rows
    idf = [max(math.log((row_count - n + 0.5) / (n + 0.5)), 1e-6) for n in holding]
    average = figures.tokens / row_count if row_count else 1.0
    padded_exact = _padded(exact)
    found = []
    for (rowid, cid, name, _body, _fragments, tokens), columns in zip(rows, texts, strict=True):
        score = 0.0
        for phrase, weight in zip(phrases, idf, strict=True):
            frequency = sum(
                WEIGHTS[column] * _occurrences(columns[column], *phrase) for column in COLUMNS
            )
            score += (
                weight
                * frequency
                * (_K1 + 1)
                / (frequency + _K1 * (1 - _B + _B * tokens / average))
            )
        found.append((rowid, cid, name == padded_exact, -score))
    found.sort(key=lambda r: (not r[2], round(r[3], 2), r[0]))
    return found[:limit]


@dataclass
class _Figures:
    """bm25's figures of one database as of `taken`: rows, words in all, and the rows
    holding each phrase counted since."""

    taken: float
    rows: int
    tokens: int
    holding: dict[Phrase, int] = field(default_factory=dict)


def _figures(connection: Connection) -> _Figures:
    """The index's figures, as of at most CORPUS_TTL_S ago."""
    key = connection.engine.url.render_as_string(hide_password=True)
    now = time.monotonic()
    kept = _corpus_figures.get(key)
    if kept is not None and now - kept.taken < CORPUS_TTL_S:
        return kept
    row_count, token_total = connection.exec_driver_sql(
        f"SELECT count(*), coalesce(sum(tokens), 0) FROM {TABLE}"
    ).one()
    kept = _corpus_figures[key] = _Figures(now, int(row_count), int(token_total))
    return kept


def _forget_corpus(connection: Connection) -> None:
    _corpus_figures.pop(connection.engine.url.render_as_string(hide_password=True), None)


def _phrases(match: Match) -> list[Phrase]:
    """Each phrase of the query as FTS5 counts them: every alternative of every term,
    then (whole_words) the same words again without the prefix."""
    phrases: list[Phrase] = []
    for term in match.terms:
        phrases += [(words, match.prefix) for words in term.alternatives]
        if match.whole_words:
            phrases += [(words, False) for words in term.alternatives]
    return phrases


def _holding(connection: Connection, figures: _Figures, phrases: Sequence[Phrase]) -> list[int]:
    """The rows holding each phrase (anywhere). A common word's count reads thousands of
    rows, and the same words come back query after query: counts are kept with the
    corpus figures. The phrase and its whole-word form are counted in one reading."""
    for words, _prefix in phrases:
        if (words, True) in figures.holding and (words, False) in figures.holding:
            continue
        columns = " OR ".join(f"{column} LIKE %s" for column in COLUMNS)
        prefix = _pattern(words, prefix=True, initial=False)
        whole = _pattern(words, prefix=False, initial=False)
        if len(figures.holding) >= _KEPT_COUNTS:
            figures.holding.clear()
        figures.holding[words, True], figures.holding[words, False] = connection.exec_driver_sql(
            f"SELECT count(*), count(*) FILTER (WHERE {columns}) FROM {TABLE} WHERE {columns}",
            (whole,) * len(COLUMNS) + (prefix,) * len(COLUMNS),
        ).one()
    return [figures.holding[phrase] for phrase in phrases]


def _holds(columns: dict[str, list[str]], phrase: Phrase) -> bool:
    return any(_occurrences(tokens, *phrase) for tokens in columns.values())


def _occurrences(tokens: Sequence[str], words: Sequence[str], prefix: bool) -> int:
    """How often the phrase occurs in the column's tokens (FTS5's instances)."""
    size = len(words)
    if size == 1:  # most phrases: a word, counted without the general loop
        word = words[0]
        if prefix:
            return sum(1 for token in tokens if token.startswith(word))
        return tokens.count(word)
    found = 0
    for start in range(len(tokens) - size + 1):
        if all(tokens[start + i] == words[i] for i in range(size - 1)):
            last = tokens[start + size - 1]
            if last == words[-1] or (prefix and last.startswith(words[-1])):
                found += 1
    return found
