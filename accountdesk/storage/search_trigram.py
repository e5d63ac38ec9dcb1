"""The search index on PostgreSQL: a plain table of the same normalised text, with pg_trgm
GIN indexes (see `storage.search_index`).

Each column is stored with a space on both sides (' cohen yossi \ue000 '), so a phrase
is a LIKE pattern: ' w1 w2' followed by anything matches the words in order, the last a
prefix; with a space after, the last word whole; without the leading wildcard, at the
start of the column. Words are letters and digits only (domain.text): no pattern
character can come from what the user typed. The trigram indexes find the candidate
rows, LIKE checks them; an exact name is found through a hash index on `name`.

The trigram indexes are partial, one per kind and column (migration 0013): the rows of a
kind lie in one range of rowids, so matches are read kind by kind, in rowid order, and a
word common among systems costs nothing where customers are searched. A broad word
matches a large share of a kind: its first matches are found sooner by walking the kind
in rowid order than through the trigram indexes, which read every match. Each kind is
walked a little first; what the walk found says how dense the matches are, and so which
way reads fewer rows for the rest (see `_scan_kind`).

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
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection

from accountdesk.storage.search_index import END, KINDS, rowid_for

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

# Each kind's rowids: from the first of the kind to the first of the next.
KIND_RANGES = {kind: (rowid_for(kind, 0), rowid_for(kind, 0) + (1 << 40)) for kind in KINDS}


def _in_kind(kind: str) -> str:
    """SQL: the row is of this kind. Written out as constants, the same as the partial
    indexes' predicates, so the planner can prove one from the other."""
    first, end = KIND_RANGES[kind]
    return f"rowid >= {first} AND rowid < {end}"


# As migration 0013 made them (it keeps its own copy, as of its revision).
INDEX_SQL = (
    *(
        f"CREATE INDEX IF NOT EXISTS ix_{TABLE}_{kind}_{column} ON {TABLE} "
        f"USING gin ({column} gin_trgm_ops) WHERE {_in_kind(kind)}"
        for kind in KINDS
        for column in COLUMNS
    ),
    f"CREATE INDEX IF NOT EXISTS ix_{TABLE}_exact_name ON {TABLE} USING hash (name)",
)
CREATE_SQL = (
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    f"CREATE TABLE IF NOT EXISTS {TABLE} ("
    "rowid bigint PRIMARY KEY, "
    "name text NOT NULL, body text NOT NULL, fragments text NOT NULL, "
    "customer_id integer NOT NULL, "
    "tokens integer NOT NULL)",  # words in the three columns: bm25's length of the row
    *INDEX_SQL,
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


def _exact_name(match: Match) -> str | None:
    """The whole name column a match asks for, when it asks for one: its single phrase
    is anchored, not a prefix, and ends with END, which only ends a name. Equal to the
    LIKE pattern, and found through the hash index without reading the rows that merely
    hold the same words."""
    if match.columns != ("name",) or not match.initial or match.prefix or match.whole_words:
        return None
    if len(match.terms) != 1 or len(match.terms[0].alternatives) != 1:
        return None
    words = match.terms[0].alternatives[0]
    return _padded(" ".join(words)) if words and words[-1] == END else None


def first_matches(connection: Connection, match: Match, limit: int) -> list[tuple[int, int]]:
    """The first matches in rowid order."""
    name = _exact_name(match)
    if name is not None:
        rows = connection.exec_driver_sql(
            f"SELECT rowid, customer_id FROM {TABLE} WHERE name = %s ORDER BY rowid LIMIT %s",
            (name, limit),
        )
        return [(rowid, cid) for rowid, cid in rows]
    found = _scan(connection, match, limit, "rowid, customer_id", ordered=True)
    return [(rowid, cid) for rowid, cid in found]


# Reading through the trigram indexes costs about this many rows walked in rowid order
# for each match read, this many for each match they hold (their posting lists, longer
# than the matches: the trigrams of a word are common ones), and this many besides
# (measured at a million systems: a match read through the indexes is a page of its own;
# a row walked is the next on a page already read).
_INDEX_ROW_COST = 6.0
_INDEX_LIST_COST = 1.5
_INDEX_COST = 1000.0
_FIRST_WALK = 400  # rowids walked first, at least (and as many as the matches wanted)
_LONGEST_WALK = 40_000  # rowids walked at most between two choices


def _scan(
    connection: Connection, match: Match, want: int, columns: str, *, ordered: bool
) -> list[Any]:
    """The first `want` rows that match (all when fewer do), kind by kind; in rowid
    order when `ordered`, else any `want` of them.

    Each kind is walked a stretch first (all kinds in one statement), and then as
    `_scan_kind` finds the way."""
    params: list[str] = []
    condition = _condition(match, params)
    extents = _figures(connection).extents
    starts = {kind: _first_stretch(kind, extents[kind], want) for kind in KINDS}
    walks = [f"({_walk_sql(columns, condition)})" for kind in KINDS if starts[kind] is not None]
    walked: dict[str, list[Any]] = {kind: [] for kind in KINDS}
    if walks:
        arguments: list[Any] = []
        for start in starts.values():
            if start is not None:
                arguments += [*start, *params, want]
        for row in connection.exec_driver_sql(" UNION ALL ".join(walks), tuple(arguments)):
            walked[KINDS[(row[0] >> _KIND_SHIFT) - 1]].append(row)
    found: list[Any] = []
    for kind in KINDS:
        need = want - len(found)
        if need <= 0:
            break
        start = starts[kind]
        if start is None:  # no such rows when last counted: there may be a few now
            found += _through_indexes(
                connection, kind, condition, params, columns, -1, need, ordered=ordered
            )
            continue
        rows = walked[kind]
        found += rows
        last = extents[kind]
        assert last is not None
        if len(rows) < need and start[1] != _kind_end(kind):
            found += _scan_kind(
                connection,
                kind,
                (max(start[0], last[0] - 1), start[1], len(rows), last[1]),
                condition,
                params,
                need - len(rows),
                columns,
                ordered=ordered,
            )
    return found[:want]


_KIND_SHIFT = 40  # search_index's: rowid >> 40 is the kind's number, from 1


def _kind_end(kind: str) -> int:
    return KIND_RANGES[kind][1] - 1


def _first_stretch(kind: str, extent: tuple[int, int] | None, want: int) -> tuple[int, int] | None:
    """The rowids walked first: after the first, up to the last (inclusive). From the
    start of the kind's range, whatever rows it had when counted; to its end when the
    stretch reaches its last row then."""
    if extent is None:
        return None
    first, last = extent
    after = KIND_RANGES[kind][0] - 1
    upto = first - 1 + max(_FIRST_WALK, want)
    return after, _kind_end(kind) if upto >= last else upto


def _scan_kind(
    connection: Connection,
    kind: str,
    progress: tuple[int, int, int, int],
    condition: str,
    params: list[str],
    want: int,
    columns: str,
    *,
    ordered: bool,
) -> list[Any]:
    """The next `want` matches of one kind, walked on from where the first stretch
    ended (`progress`: the rowid it started after, the last it read, the matches it
    found, the kind's last rowid when counted).

    The kind is walked in rowid order a stretch at a time, as long as the matches found
    so far say that walking on finds the rest sooner than reading through the trigram
    indexes every match left (ordered) or `want` of them: dense matches (a word in a
    tenth of the systems) are found in a few hundred rows, sparse ones (a customer's
    domain, a phone number) in the few rows the indexes name. Either way reads at most
    about what the other would cost, whatever the matches are; both give the same rows,
    so the choice is only about time. Stretches are ranges of rowids; the last reaches to
    the end of the kind's range, so rows saved meanwhile are read too.
    """
    started, position, hits, last = progress
    walked = max(position - started, 1)
    end = _kind_end(kind)
    found: list[Any] = []
    while True:
        density = hits / walked
        left = max(last - position, 0)
        read = density * left if ordered else min(want - len(found), density * left)
        through_indexes = _INDEX_COST + _INDEX_ROW_COST * read + _INDEX_LIST_COST * density * left
        walking = (want - len(found)) / density if hits else math.inf
        if walking > through_indexes:
            return found + _through_indexes(
                connection,
                kind,
                condition,
                params,
                columns,
                position,
                want - len(found),
                ordered=ordered,
            )
        stretch = math.ceil(min(max(walked, walking * 1.25), _LONGEST_WALK))
        upto = end if position + stretch >= last else position + stretch
        rows = list(
            connection.exec_driver_sql(
                _walk_sql(columns, condition), (position, upto, *params, want - len(found))
            )
        )
        found += rows
        if len(found) >= want or upto == end:
            return found
        walked += upto - position
        hits += len(rows)
        position = upto


def _walk_sql(columns: str, condition: str) -> str:
    """The first matches among the rowids after a first up to a last, read in rowid
    order through the primary key, at most a number. The range is read in a subquery
    the condition cannot be moved into (it has an OFFSET), so no trigram index is
    consulted for it."""
    return (
        f"SELECT {columns} FROM (SELECT * FROM {TABLE} WHERE rowid > %s AND rowid <= %s "
        f"ORDER BY rowid OFFSET 0) AS walked WHERE {condition} ORDER BY rowid LIMIT %s"
    )


def _through_indexes(
    connection: Connection,
    kind: str,
    condition: str,
    params: list[str],
    columns: str,
    after: int,
    want: int,
    *,
    ordered: bool,
) -> list[Any]:
    """The first `want` matches of the kind after rowid `after` (any `want`, unless
    `ordered`), found through the kind's trigram indexes. Planned without the ordering
    and the LIMIT: in view of them the planner walks the primary key, for matches that
    may be at the far end. Without an order, reading stops at `want`."""
    order = "ORDER BY rowid " if ordered else ""
    return list(
        connection.exec_driver_sql(
            f"WITH found AS MATERIALIZED (SELECT {columns} FROM {TABLE} "
            f"WHERE {_in_kind(kind)} AND rowid > %s AND {condition}) "
            f"SELECT * FROM found {order}LIMIT %s",
            (after, *params, want),
        )
    )


def ranked(
    connection: Connection, match: Match, exact: str, limit: int, cap: int
) -> list[Ranked] | None:
    """bm25 as FTS5 computes it, the name weighing most; exact names first; kind order on
    near ties (the rounding FTS5's ranking query uses). None when more than `cap` rows
    match: the rows are read once, for counting and ranking alike."""
    # Any cap + 1 of them say that there are too many; a walk finds them soonest when the
    # words are common, where the trigram indexes would read long lists.
    rows = _scan(
        connection,
        match,
        cap + 1,
        "rowid, customer_id, name, body, fragments, tokens",
        ordered=False,
    )
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
    # Each kind's first and last rowid (None: no row of the kind), for choosing how to
    # read it: never trusted to bound what is read.
    extents: dict[str, tuple[int, int] | None]
    holding: dict[Phrase, int] = field(default_factory=dict)


def _figures(connection: Connection) -> _Figures:
    """The index's figures, as of at most CORPUS_TTL_S ago."""
    key = connection.engine.url.render_as_string(hide_password=True)
    now = time.monotonic()
    kept = _corpus_figures.get(key)
    if kept is not None and now - kept.taken < CORPUS_TTL_S:
        return kept
    bounds = ", ".join(
        f"(SELECT min(rowid) FROM {TABLE} WHERE {_in_kind(kind)}), "
        f"(SELECT max(rowid) FROM {TABLE} WHERE {_in_kind(kind)})"
        for kind in KINDS
    )
    row_count, token_total, *ends = connection.exec_driver_sql(
        f"SELECT count(*), coalesce(sum(tokens), 0), {bounds} FROM {TABLE}"
    ).one()
    extents = {
        kind: None if ends[2 * i] is None else (int(ends[2 * i]), int(ends[2 * i + 1]))
        for i, kind in enumerate(KINDS)
    }
    kept = _corpus_figures[key] = _Figures(now, int(row_count), int(token_total), extents)
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
    corpus figures. The phrase and its whole-word form are counted in one reading, and
    the phrases not yet counted in one statement, kind by kind (each kind has its own
    trigram indexes)."""
    counted = [
        words
        for words in dict.fromkeys(words for words, _prefix in phrases)
        if (words, True) not in figures.holding or (words, False) not in figures.holding
    ]
    if counted:
        columns = " OR ".join(f"{column} LIKE %s" for column in COLUMNS)
        counts = " UNION ALL ".join(
            f"SELECT {number} AS phrase, count(*) AS holding, "
            f"count(*) FILTER (WHERE {columns}) AS whole "
            f"FROM {TABLE} WHERE {_in_kind(kind)} AND ({columns})"
            for number in range(len(counted))
            for kind in KINDS
        )
        arguments: list[str] = []
        for words in counted:
            whole = _pattern(words, prefix=False, initial=False)
            prefix = _pattern(words, prefix=True, initial=False)
            arguments += ((whole,) * len(COLUMNS) + (prefix,) * len(COLUMNS)) * len(KINDS)
        if len(figures.holding) + 2 * len(counted) > _KEPT_COUNTS:
            figures.holding.clear()
        for number, holding, whole_words in connection.exec_driver_sql(
            f"SELECT phrase, sum(holding), sum(whole) FROM ({counts}) AS kinds GROUP BY phrase",
            tuple(arguments),
        ):
            figures.holding[counted[number], True] = int(holding)
            figures.holding[counted[number], False] = int(whole_words)
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
