"""The search index on PostgreSQL: a plain table of the same normalised text (see
`storage.search_index`), with an index of its words.

Each column is stored with a space on both sides (' cohen yossi \ue000 '), so a phrase
is a LIKE pattern: ' w1 w2' followed by anything matches the words in order, the last a
prefix; with a space after, the last word whole; without the leading wildcard, at the
start of the column. Words are letters and digits only (domain.text): no pattern
character can come from what the user typed. LIKE decides what matches.

What it is checked on are a row's words (`WORDS`): a tsvector of each column's words,
of each pair of neighbouring words in a column ('cohen', 'cohen yossi') and of the name's
words apart, made by a function of the row's columns (`WORDS_FUNCTION_SQL`, never
PostgreSQL's text parser, whose idea of a word is not ours), with a GIN index of it per
kind of record (customers, systems, contacts: each kind's rows lie in one range of
rowids). The words are in those indexes only, not in the rows: they are most of a row's
bytes, so a row stays a few hundred bytes and a walk in rowid order (below) reads a
quarter of the pages it would. A phrase asks for its pairs, the last one a prefix
('10 154' & '154 20':*): far fewer rows hold a pair than any of its words (an address's
numbers are each in thousands of rows).
For a phrase of one or two words the tsquery says exactly what LIKE does, so counting
the rows holding it needs no LIKE; an exact name is found through a hash index,
and the names that begin with a phrase through an index of each kind's names in order.

Matches are read kind by kind, in rowid order, and a word common among systems costs
nothing where customers are searched. A broad word matches a large share of a kind: its
first matches are found sooner by walking the kind in rowid order than through the word
index, which reads every match. Each kind is walked a little first; what the walk found
says how dense the matches are, and so which way reads fewer rows for the rest (see
`_scan`).

Ranking is FTS5's bm25, computed here from the same figures FTS5 keeps (rows, tokens per
row and in all, rows holding each phrase, each phrase's occurrences per column), so both
backends order results the same way, with one difference: FTS5 reads how many rows hold a
phrase from its index, where PostgreSQL has to read the rows, so they are counted up to
HELD_UP_TO, and a phrase held by more weighs as if that many held it (see `_holding`).
"""

from __future__ import annotations

import math
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import pairwise
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
# bm25's corpus figures (rows, words in all; rows holding a phrase) take a scan of an
# index of every row (12-20 ms at 160,000 rows) or of the rows holding a word, so they are
# kept a while per database: this process's own writes drop
# them at once; other clients' changes show within this many seconds (a few rows more or
# less in 100,000 move no score visibly).
CORPUS_TTL_S = 60.0
_corpus_figures: dict[str, _Figures] = {}
_KEPT_COUNTS = 10_000  # phrases' counts kept per database, at most
# Rows holding a phrase are counted up to this many (see `_holding`): a count reads each
# row it counts, and a common word is in thousands (at a million systems 200-400 ms for a
# customer's name of three words). bm25 weighs a phrase by about ln(rows / rows holding
# it): past a few hundred rows a word is common, and a query's rarer words decide.
HELD_UP_TO = 250

_KIND_SHIFT = 40  # search_index's: a rowid's kind number (from 1) is above its 40 bits
# Each kind's rowids: from the first of the kind to the first of the next.
KIND_RANGES = {
    kind: (rowid_for(kind, 0), rowid_for(kind, 0) + (1 << _KIND_SHIFT)) for kind in KINDS
}


def _of_kind(kind: str) -> str:
    """SQL: the row is of this kind, as the partial word indexes' predicates say it.
    The primary key cannot serve this condition, so a query with it is planned through
    the kind's word index, never as a walk of the whole kind through the primary
    key (which the planner, not knowing that LIKE over long text is slow, often prefers)."""
    return f"(rowid >> {_KIND_SHIFT}) = {KINDS.index(kind) + 1}"


def _in_range(kind: str) -> str:
    """SQL: the row is of this kind, as the primary key can serve it."""
    first, end = KIND_RANGES[kind]
    return f"rowid >= {first} AND rowid < {end}"


# A lexeme is at most 2,047 bytes; a word is cut to this many characters (4 bytes each
# at most in UTF-8). Fields are far shorter; a cut keeps what begins the word, so a
# query's prefix still finds it, and LIKE still decides.
_LEXEME_CHARS = 500
# Marks that begin a pair's lexeme and a name's word's, so that a word's prefix reaches
# neither the thousands of pairs that begin with the word nor (for a name) the body's
# words. Private-use characters, like END: never in a word of a query.
PAIR = "\ue001"
IN_NAME = "\ue002"


def _unicode(character: str) -> str:
    """A SQL literal of one character, read alike whatever standard_conforming_strings."""
    return f"E'\\u{ord(character):04X}'"


# A row's words (see the module's docstring): each column's words cut to _LEXEME_CHARS,
# each pair of neighbouring words in a column marked PAIR ('\ue001cohen yossi'), and the
# name's words and pairs again, marked IN_NAME. A column is its words with one space
# between and around them; empty strings are dropped all the same, so a run of spaces
# neither makes a word nor parts a pair. array_to_tsvector sorts the lexemes and drops
# the repeated. Immutable, as an index's expression must be: it reads the columns alone.
# (PL/pgSQL: it makes a row's words in a third of the time a query of them took.)
WORDS_FUNCTION = "search_index_words"
WORDS_FUNCTION_SQL = f"""
CREATE FUNCTION {WORDS_FUNCTION}(name text, body text, fragments text) RETURNS tsvector
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
DECLARE
  lexemes text[] := '{{}}';
  words text[];
  mark text;
BEGIN
  FOR part IN 1..4 LOOP
    words := array_remove(string_to_array(
      CASE part WHEN 2 THEN body WHEN 3 THEN fragments ELSE name END, ' '), '');
    mark := CASE part WHEN 4 THEN {_unicode(IN_NAME)} ELSE '' END;
    FOR i IN 1..cardinality(words) LOOP
      lexemes := lexemes || left(mark || words[i], {_LEXEME_CHARS});
      IF i > 1 THEN
        lexemes := lexemes
          || left(mark || {_unicode(PAIR)} || words[i - 1] || ' ' || words[i], {_LEXEME_CHARS});
      END IF;
    END LOOP;
  END LOOP;
  RETURN array_to_tsvector(lexemes);
END
$$"""
WORDS = f"{WORDS_FUNCTION}(name, body, fragments)"


def words_index_sql(kind: str) -> tuple[str, str]:
    """The kind's word index, and no statistics of it: the planner reads none of a
    partial index's, and ANALYZE would make the words of every row it samples."""
    index = f"ix_{TABLE}_{kind}_words"
    return (
        f"CREATE INDEX IF NOT EXISTS {index} ON {TABLE} USING gin ({WORDS}) WHERE {_of_kind(kind)}",
        f"ALTER INDEX {index} ALTER COLUMN 1 SET STATISTICS 0",
    )


INDEX_SQL = (
    *(statement for kind in KINDS for statement in words_index_sql(kind)),
    f"CREATE INDEX IF NOT EXISTS ix_{TABLE}_exact_name ON {TABLE} USING hash (name)",
    # Each kind's names in byte order: the names that begin with a phrase, read as a range
    # (`_starts`), where the words index would name every row holding its words.
    f"CREATE INDEX IF NOT EXISTS ix_{TABLE}_name_start ON {TABLE} "
    f"((rowid >> {_KIND_SHIFT}), name text_pattern_ops)",
    # Each row's number of words: bm25's corpus figures (`_figures`: rows, words in all)
    # counted from a few megabytes, not the whole table (at a million systems, over a
    # second); a count needs no more of the rows, and vacuum keeps the index's pages
    # known visible to all.
    f"CREATE INDEX IF NOT EXISTS ix_{TABLE}_tokens ON {TABLE} (tokens)",
    # How many rows each kind has: without it the planner takes a kind for a handful of
    # rows, and reads the whole kind through a partial index's predicate alone.
    f"CREATE STATISTICS IF NOT EXISTS {TABLE}_kinds ON (rowid >> {_KIND_SHIFT}) FROM {TABLE}",
)
CREATE_SQL = (
    f"CREATE TABLE IF NOT EXISTS {TABLE} ("
    "rowid bigint PRIMARY KEY, "
    "name text NOT NULL, body text NOT NULL, fragments text NOT NULL, "
    "customer_id integer NOT NULL, "
    "tokens integer NOT NULL)",  # words in the three columns: bm25's length of the row
    *INDEX_SQL,
)


def create(connection: Connection) -> None:
    create_words_function(connection)
    for statement in CREATE_SQL:
        connection.exec_driver_sql(statement)


def create_words_function(connection: Connection) -> None:
    """The function the word indexes are made of, unless the database has it: replacing
    it is for its owner alone, and an index made of it would not be remade."""
    found = connection.exec_driver_sql(
        "SELECT to_regprocedure(%s) IS NOT NULL", (f"{WORDS_FUNCTION}(text, text, text)",)
    )
    if not found.scalar():
        connection.exec_driver_sql(WORDS_FUNCTION_SQL)


def drop(connection: Connection) -> None:
    connection.exec_driver_sql(f"DROP TABLE IF EXISTS {TABLE}")
    _forget_corpus(connection)


def exists(connection: Connection) -> bool:
    found = connection.exec_driver_sql("SELECT to_regclass(%s) IS NOT NULL", (TABLE,))
    return bool(found.scalar())


def columns(connection: Connection) -> set[str]:
    """The index table's columns as the database has them (a migration's question)."""
    found = connection.exec_driver_sql(
        "SELECT column_name FROM information_schema.columns WHERE table_name = %s", (TABLE,)
    )
    return set(found.scalars())


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
            "VALUES (%s, %s, %s, %s, %s, %s) "
            "ON CONFLICT (rowid) DO UPDATE SET "
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
    """Fresh statistics after a bulk load, so the planner uses the word indexes."""
    connection.exec_driver_sql(f"ANALYZE {TABLE}")


# ---------------------------------------------------------------- querying

Phrase = tuple[tuple[str, ...], bool]  # the words; whether the last one is a prefix


def _pattern(words: Sequence[str], *, prefix: bool, initial: bool) -> str:
    return ("" if initial else "%") + " " + " ".join(words) + ("%" if prefix else " %")


@dataclass(frozen=True)
class _Condition:
    """The SQL of a match, with its arguments: `walked` for rows read in rowid order (LIKE
    alone: the words are made anew for each row that asks for them), `indexed` for rows
    found through an index (`walked` after the indexes' own condition)."""

    walked: str
    walked_params: list[str]
    indexed: str
    indexed_params: list[str]


def _condition(match: Match) -> _Condition:
    """The match: an AND of terms, each an OR of alternatives and columns, as LIKE
    patterns. The words index finds the rows that may match (`_tsquery`), or, for a name
    that begins with a phrase, the names' index the names between it and the next phrase
    in order (`_starts`); LIKE says which do."""
    columns = match.columns or COLUMNS
    terms, params = [], []
    for number, term in enumerate(match.terms):
        initial = match.initial and number == 0
        alternatives = []
        for words in term.alternatives:
            params.extend([_pattern(words, prefix=match.prefix, initial=initial)] * len(columns))
            alternatives += [f"{column} LIKE %s" for column in columns]
        terms.append("(" + " OR ".join(alternatives) + ")")
    walked = " AND ".join(terms)
    starts = _starts(match)
    if starts is not None:
        found, found_params = "name ~>=~ %s AND name ~<~ %s", list(starts)
    else:
        found, found_params = f"{WORDS} @@ %s::tsquery", [_tsquery(match)]
    return _Condition(walked, params, f"{found} AND {walked}", [*found_params, *params])


def _starts(match: Match) -> tuple[str, str] | None:
    """For a match of names that begin with one phrase: the names, in byte order (the
    names' index's, `text_pattern_ops`), from the phrase (padded as stored) to the first
    that does not begin with it (its last character the next one)."""
    if match.columns != ("name",) or not match.initial:
        return None
    alternatives = match.terms[0].alternatives
    if len(alternatives) != 1:
        return None
    start = _pattern(alternatives[0], prefix=match.prefix, initial=True).removesuffix("%")
    following = ord(start[-1]) + 1
    if following > 0x10FFFF or 0xD800 <= following <= 0xDFFF:
        return None  # no character follows it (never so for a letter, digit or space)
    return start, start[:-1] + chr(following)


def _tsquery(match: Match) -> str:
    """What a matching row's words (`WORDS`) must hold: every term, any of its alternatives."""
    in_name = match.columns == ("name",)
    return " & ".join(
        "("
        + " | ".join(_phrase_query(words, match.prefix, in_name)[0] for words in term.alternatives)
        + ")"
        for term in match.terms
    )


def _phrase_query(words: Sequence[str], prefix: bool, in_name: bool = False) -> tuple[str, bool]:
    """The tsquery of a phrase: its word, or each pair of its neighbouring words, the last
    a prefix when the phrase's last word is (`in_name`: the name's own); and whether a
    row's words holding it say exactly that the row holds the phrase (one or two words,
    anywhere), not only that it may."""
    mark = IN_NAME if in_name else ""
    if len(words) == 1:
        return _lexeme(words[0], prefix, mark)
    parts = []
    exact = len(words) == 2 and not in_name
    pairs = list(pairwise(words))
    for number, (first, second) in enumerate(pairs):
        last = prefix and number == len(pairs) - 1
        pair = f"{first} {second}"
        if len(mark + PAIR + pair) <= _LEXEME_CHARS:
            parts.append(_lexeme(pair, last, mark + PAIR)[0])
        else:  # stored cut: ask for the words instead
            parts += [_lexeme(first, False, mark)[0], _lexeme(second, last, mark)[0]]
            exact = False
    return "(" + " & ".join(parts) + ")", exact


def _lexeme(word: str, prefix: bool, mark: str = "") -> tuple[str, bool]:
    """A lexeme of a tsquery (the word after its mark), quoted as its input syntax wants;
    and whether it is the word itself (a longer one is stored cut, so it is asked for as
    a prefix of what was stored)."""
    lexeme = mark + word
    whole = len(lexeme) <= _LEXEME_CHARS
    quoted = lexeme[:_LEXEME_CHARS].replace("\\", "\\\\").replace("'", "''")
    return f"'{quoted}'" + ("" if whole and not prefix else ":*"), whole


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


# Reading through the word index costs about this many rows walked in rowid order
# for each match read, this many for each row it names (a phrase of three words or
# more: rows holding its pairs apart too), and this many besides
# (measured at a million systems: a match read through the indexes is a page of its own;
# a row walked is the next on a page already read).
_INDEX_ROW_COST = 6.0
_INDEX_LIST_COST = 0.5
_INDEX_COST = 1000.0
# A kind of fewer rows is read through its indexes at once: its posting lists are short.
# Any `want` matches (for ranking) are read so up to 200,000 rows: the indexes' reading
# stops at the number, and a common word costs less than walking's share of reading a
# first stretch (at 100,000 systems walking made search slower). The first matches in
# order, through the indexes, are all the matches, sorted: a word in a third of 100,000
# systems took 30-70 ms so, and a walk of a few hundred rows finds its first fifty.
_WALKED_FROM = 200_000
_WALKED_IN_ORDER_FROM = 20_000
_FIRST_HITS = 3  # matches the first stretch should find where both ways cost the same
_FIRST_WALK = (128, 4000)  # rowids walked first in each kind: at least, at most
_LONGEST_WALK = 40_000  # rowids walked at most between two choices


@dataclass
class _Reading:
    """How far one kind is read: rowids after `after` are not read yet; `upto` ends the
    stretch being walked (None: the rest is read through the word index)."""

    kind: str
    after: int
    upto: int | None
    first: int  # the kind's first and last rowid when counted (a guide, not a bound)
    last: int
    walked: int = 0
    hits: int = 0
    rows: list[Any] = field(default_factory=list)
    done: bool = False


def _scan(
    connection: Connection,
    match: Match,
    want: int,
    columns: str,
    *,
    ordered: bool,
    texts: Sequence[str] = (),
) -> list[Any]:
    """The first `want` rows that match (all when fewer do), kind by kind; in rowid
    order when `ordered`, else any `want` of them. The `texts` columns follow `columns`,
    sent only while fewer than `want` rows are found (None in the rows of the statement
    that finds more): counting that there are too many to rank needs no text.

    Each kind is walked in rowid order a stretch at a time, as long as the matches found
    so far say that walking on finds the rest sooner than reading through the kind's
    word index every match left (ordered) or as many as are wanted: dense matches (a
    word in a tenth of the systems) are found in a few hundred rows, sparse ones (a
    customer's domain, a phone number) in the few rows the indexes name. Either way
    costs at most about what the other would, whatever the matches are; both give the
    same rows, so the choice is only about time. Stretches are ranges of rowids, the
    last reaching to the end of the kind's range, so rows saved meanwhile are read too.
    The kinds are read side by side, one statement for each step of all of them.
    """
    condition = _condition(match)
    extents = _figures(connection).extents
    readings = []
    for kind in KINDS:
        start = KIND_RANGES[kind][0] - 1  # from the start of the range, whatever was counted
        extent = extents[kind]
        if extent is None or extent[1] - extent[0] < (
            _WALKED_IN_ORDER_FROM if ordered else _WALKED_FROM
        ):
            # None or few when last counted: any there are now, the indexes name.
            readings.append(_Reading(kind, start, None, start + 1, start + 1))
            continue
        first, last = extent
        upto = first - 1 + _first_stretch(want, last - first + 1)
        # A few rows are walked to the end of the range in one go.
        readings.append(_Reading(kind, start, _kind_end(kind) if upto >= last else upto, *extent))
    while True:
        reading = [r for r in readings if not r.done]
        _read_step(connection, reading, readings, condition, want, columns, texts, ordered)
        if all(r.done for r in readings):
            break
    found = [row for r in readings for row in r.rows]
    return found[:want]


def _first_stretch(want: int, rows: int) -> int:
    """How many rowids to walk first: enough to find a few matches at the density where
    walking and the word index cost the same (the rarer, the larger the kind), so
    that what the stretch finds tells the two apart."""
    even = math.sqrt(want / max((_INDEX_ROW_COST + _INDEX_LIST_COST) * rows, 1.0))
    shortest, longest = _FIRST_WALK
    return max(shortest, min(longest, math.ceil(_FIRST_HITS / even)))


def _wanted(readings: list[_Reading], reading: _Reading, want: int, ordered: bool) -> int:
    """How many more rows of this kind may be needed: in order, what the kinds before it
    have not found; else what no kind has found."""
    before = readings[: readings.index(reading)] if ordered else readings
    return want - sum(len(r.rows) for r in before) - (len(reading.rows) if ordered else 0)


def _read_step(
    connection: Connection,
    reading: list[_Reading],
    readings: list[_Reading],
    condition: _Condition,
    want: int,
    columns: str,
    texts: Sequence[str],
    ordered: bool,
) -> None:
    """One statement for all kinds: the next stretch of each kind being walked and, when
    it finds too few matches to walk on, the rest of the kind read through its indexes
    (so a word found in few rows costs one statement); the rest of each kind that is to
    be read so; then the choice of each kind's next step."""
    parts: list[tuple[str, list[Any]]] = []  # each kind's SQL and its arguments
    asked = []
    found_already = sum(len(r.rows) for r in readings)
    selected = ", ".join([columns, *texts])
    for r in reading:
        need = _wanted(readings, r, want, ordered)
        if need <= 0:
            r.done = True
            continue
        asked.append((r, need))
        rest = _rest_sql(r.kind, selected, condition.indexed, ordered)
        if r.upto is None:
            parts.append((f"({rest})", [r.after, *condition.indexed_params, need]))
            continue
        walk = (
            f"SELECT {selected} FROM (SELECT * FROM {TABLE} "
            f"WHERE rowid > %s AND rowid <= %s ORDER BY rowid OFFSET 0) AS walked "
            f"WHERE {condition.walked} ORDER BY rowid LIMIT %s"
        )
        arguments = [r.after, r.upto, *condition.walked_params, need]
        if r.upto == _kind_end(r.kind):
            parts.append((f"({walk})", arguments))
            continue
        # Read only when the walk found fewer than this: a one-time filter, so the rest
        # is not even planned to be read otherwise.
        parts.append(
            (
                f"(WITH walked AS MATERIALIZED ({walk}) SELECT * FROM walked UNION ALL "
                f"(SELECT * FROM ({rest}) AS rest WHERE (SELECT count(*) FROM walked) < %s))",
                [
                    *arguments,
                    r.upto,
                    *condition.indexed_params,
                    need,
                    min(need, _walk_on_from(r, need, ordered)),
                ],
            )
        )
    if not parts:
        return
    # Each kind's part is read only while the parts before it found fewer rows than it
    # may need (the kinds before come first, in order; without an order, every row
    # counts), so a word common among customers reads no contacts. A one-time filter too.
    definitions, arguments, found_before = [], [], ""
    for number, ((sql, own), (_r, need)) in enumerate(zip(parts, asked, strict=True)):
        arguments += own
        if number:
            sql = f"SELECT * FROM {sql} AS part WHERE {found_before} < %s"
            arguments.append(need)
            found_before += " + "
        found_before += f"(SELECT count(*) FROM kind{number})"
        definitions.append(f"kind{number} AS MATERIALIZED ({sql})")
    outer = "*"
    if texts:  # `found_before` now counts every kind's rows
        definitions.append(f"verdict AS (SELECT {found_before} < %s AS texts)")
        arguments.append(want - found_already)
        sent = ", ".join(f"CASE WHEN texts THEN {column} END" for column in texts)
        outer = f"{columns}, {sent}"
    statement = f"WITH {', '.join(definitions)} " + " UNION ALL ".join(
        f"SELECT {outer} FROM kind{number}{', verdict' if texts else ''}"
        for number in range(len(parts))
    )
    got: dict[int, list[Any]] = {}
    for row in connection.exec_driver_sql(statement, tuple(arguments)).all():
        got.setdefault(row[0] >> _KIND_SHIFT, []).append(row)
    rows_before = 0
    for number, (r, need) in enumerate(asked):
        rows = got.get(KINDS.index(r.kind) + 1, [])
        r.rows += rows
        skipped = number > 0 and rows_before >= need  # never needed, then or later
        rows_before += len(rows)
        if skipped or r.upto is None or len(rows) >= need or r.upto == _kind_end(r.kind):
            r.done = True  # read through the indexes, enough found, or the whole kind
            continue
        walked = [row for row in rows if row[0] <= r.upto]
        if len(walked) < len(rows) or len(walked) < _walk_on_from(r, need, ordered):
            r.done = True  # the rest was read through the indexes
            continue
        r.walked += r.upto - max(r.after, r.first - 1)
        r.hits += len(walked)
        r.after = r.upto
        _choose(r, need - len(walked), ordered)


def _rest_sql(kind: str, columns: str, condition: str, ordered: bool) -> str:
    """The first matches of the kind after a rowid (any, unless `ordered`), at most a
    number, found through the kind's word index. Planned without the ordering and
    the LIMIT: in view of them the planner walks the primary key, for matches that may
    be at the far end. Without an order, reading stops at the number."""
    order = "ORDER BY rowid " if ordered else ""
    return (
        f"WITH found AS MATERIALIZED (SELECT {columns} FROM {TABLE} "
        f"WHERE {_of_kind(kind)} AND rowid + 0 > %s AND {condition}) "
        f"SELECT * FROM found {order}LIMIT %s"
    )


def _walk_on_from(r: _Reading, need: int, ordered: bool) -> int:
    """The fewest matches the stretch being walked must find for walking on to be
    sooner than reading the rest of the kind through its indexes (more matches: denser,
    so walking finds the rest sooner and the indexes hold more)."""
    assert r.upto is not None
    walked = r.walked + r.upto - max(r.after, r.first - 1)
    left = max(r.last - r.upto, 0)
    low, high = 0, need
    while low < high:  # the first count for which walking on is chosen
        middle = (low + high) // 2
        if _walking_is_sooner(r.hits + middle, walked, left, need - middle, ordered):
            high = middle
        else:
            low = middle + 1
    return low


def _walking_is_sooner(hits: int, walked: int, left: int, need: int, ordered: bool) -> bool:
    """Whether walking on finds `need` more matches sooner than reading them (or, in
    order, all left) through the indexes, at the density of `hits` in `walked` rowids."""
    if need <= 0:
        return True
    density = hits / max(walked, 1)
    read = density * left if ordered else min(need, density * left)
    through_indexes = _INDEX_COST + _INDEX_ROW_COST * read + _INDEX_LIST_COST * density * left
    walking = need / density if hits else math.inf
    return walking <= through_indexes


def _choose(r: _Reading, need: int, ordered: bool) -> None:
    """The next step of a kind: walk a stretch on (`upto`), or read the rest through its
    indexes (`upto` None), by what each would cost at the density found so far."""
    left = max(r.last - r.after, 0)
    if not _walking_is_sooner(r.hits, r.walked, left, need, ordered):
        r.upto = None
        return
    walking = need * r.walked / r.hits if r.hits else math.inf
    stretch = math.ceil(min(max(r.walked, walking * 1.25), _LONGEST_WALK))
    r.upto = _kind_end(r.kind) if r.after + stretch >= r.last else r.after + stretch


def _kind_end(kind: str) -> int:
    return KIND_RANGES[kind][1] - 1


def _settle(connection: Connection) -> None:
    """How the search's transaction is planned, set as it begins (the search is its own
    transaction). A statement's plan is made once, the second time the connection runs
    its text (the driver then prepares it), not for each query: the statements differ
    only by their arguments, and how each kind is read is chosen here, by `_scan`, not
    by the planner, so planning anew (one to three milliseconds each) buys nothing.
    Parallel workers, which the planner likes for the counts in `_holding`, take longer
    to start than they save for a search, the more so on a busy server."""
    connection.exec_driver_sql(
        "SELECT set_config('plan_cache_mode', 'force_generic_plan', true), "
        "set_config('max_parallel_workers_per_gather', '0', true)"
    )


def ranked(
    connection: Connection, match: Match, exact: str, limit: int, cap: int
) -> list[Ranked] | None:
    """bm25 as FTS5 computes it, the name weighing most; exact names first; kind order on
    near ties (the rounding FTS5's ranking query uses). None when more than `cap` rows
    match: the rows are read once, for counting and ranking alike."""
    _settle(connection)
    # Any cap + 1 of them say that there are too many; a walk finds them soonest when the
    # words are common, where the word index would read long lists.
    rows = _scan(
        connection,
        match,
        cap + 1,
        "rowid, customer_id, tokens",
        ordered=False,
        texts=("name", "body", "fragments"),
    )
    if len(rows) > cap:
        return None
    if not rows:
        return []
    figures = _figures(connection)
    phrases = _phrases(match)
    # Each row's occurrences of each phrase, weighed by column, counted once.
    frequencies = _frequencies([row[3:6] for row in rows], phrases)
    if len(match.terms) == 1 and not match.columns and not match.initial:
        # Every row holding one of the phrases is a match: count them among the rows read.
        holding = [
            min(sum(1 for row in frequencies if row[number]), HELD_UP_TO)
            for number in range(len(phrases))
        ]
    else:
        holding = _holding(connection, figures, phrases)
    row_count = figures.rows
    idf = [max(math.log((row_count - n + 0.5) / (n + 0.5)), 1e-6) for n in holding]
    average = figures.tokens / row_count if row_count else 1.0
    padded_exact = _padded(exact)
    found = []
    for (rowid, cid, tokens, name, _body, _fragments), row_frequencies in zip(
        rows, frequencies, strict=True
    ):
        score = 0.0
        length = _K1 * (1 - _B + _B * tokens / average)
        for weight, frequency in zip(idf, row_frequencies, strict=True):
            if frequency:
                score += weight * frequency * (_K1 + 1) / (frequency + length)
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


# Rows, words in all (from the tokens index alone), and each kind's first and last rowid.
FIGURES_SQL = "SELECT count(*), coalesce(sum(tokens), 0), {bounds} FROM {table}".format(
    bounds=", ".join(
        f"(SELECT min(rowid) FROM {TABLE} WHERE {_in_range(kind)}), "
        f"(SELECT max(rowid) FROM {TABLE} WHERE {_in_range(kind)})"
        for kind in KINDS
    ),
    table=TABLE,
)


def _figures(connection: Connection) -> _Figures:
    """The index's figures, as of at most CORPUS_TTL_S ago."""
    key = connection.engine.url.render_as_string(hide_password=True)
    now = time.monotonic()
    kept = _corpus_figures.get(key)
    if kept is not None and now - kept.taken < CORPUS_TTL_S:
        return kept
    row_count, token_total, *ends = connection.exec_driver_sql(FIGURES_SQL).one()
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


def _holding_condition(words: Sequence[str], prefix: bool) -> tuple[list[str], str]:
    """The arguments and SQL of "the row holds the phrase", through the words index: its
    words' tsquery; for a phrase of three words or more, whose pairs a row may hold apart,
    LIKE besides."""
    query, exact = _phrase_query(words, prefix)
    if exact:
        return [query], f"{WORDS} @@ %s::tsquery"
    pattern, likes = _holds(words, prefix)
    return [query, *pattern], f"{WORDS} @@ %s::tsquery AND ({likes})"


def _holds(words: Sequence[str], prefix: bool) -> tuple[list[str], str]:
    """The arguments and SQL of "the row holds the phrase" by its text alone, for a row
    found already (its words are not in the row)."""
    pattern = _pattern(words, prefix=prefix, initial=False)
    return [pattern] * len(COLUMNS), " OR ".join(f"{column} LIKE %s" for column in COLUMNS)


def _holding(connection: Connection, figures: _Figures, phrases: Sequence[Phrase]) -> list[int]:
    """The rows holding each phrase (anywhere), counted up to HELD_UP_TO. Counting reads
    every row counted, and the same words come back query after query: counts are kept
    with the corpus figures. The phrases not yet counted are counted in one statement:
    each phrase's rows holding it with its last word a prefix, kind after kind (each
    kind has its own word index), and among them those holding it whole; when the first
    count reaches the bound, the whole form is counted up to it on its own (an InitPlan,
    run only then). A phrase of one or two words is counted by its words alone."""
    counted = [
        words
        for words in dict.fromkeys(words for words, _prefix in phrases)
        if (words, True) not in figures.holding or (words, False) not in figures.holding
    ]
    if counted:
        # Smallest kind first: a common word is often counted to the bound before a
        # larger kind's index is read (the count is the same in any order).
        kinds = sorted(KINDS, key=lambda kind: _span(figures.extents[kind]))
        definitions, parts, arguments = [], [], []
        for number, words in enumerate(counted):
            prefixed, whole = _holding_condition(words, True), _holding_condition(words, False)
            holds_whole = _holds(words, False)
            for kind in kinds:
                # Planned without the bound, as `_rest_sql` is: through the word index.
                definitions.append(
                    f"held{number}_{kind} AS MATERIALIZED (SELECT ({holds_whole[1]}) AS whole "
                    f"FROM {TABLE} WHERE {_of_kind(kind)} AND {prefixed[1]})"
                )
                definitions.append(
                    f"whole{number}_{kind} AS MATERIALIZED (SELECT FROM {TABLE} "
                    f"WHERE {_of_kind(kind)} AND {whole[1]})"
                )
                arguments += [*holds_whole[0], *prefixed[0], *whole[0]]
            held = " UNION ALL ".join(f"SELECT whole FROM held{number}_{kind}" for kind in kinds)
            whole_only = " UNION ALL ".join(f"SELECT FROM whole{number}_{kind}" for kind in kinds)
            parts.append(
                f"SELECT {number} AS phrase, prefixed, CASE WHEN prefixed < {HELD_UP_TO} "
                f"THEN whole ELSE (SELECT count(*) FROM ({whole_only} LIMIT {HELD_UP_TO}) "
                f"AS whole_only) END FROM (SELECT count(*) AS prefixed, "
                f"count(*) FILTER (WHERE whole) AS whole "
                f"FROM ({held} LIMIT {HELD_UP_TO}) AS held) AS phrase{number}"
            )
        if len(figures.holding) + 2 * len(counted) > _KEPT_COUNTS:
            figures.holding.clear()
        for number, prefixed_rows, whole_rows in connection.exec_driver_sql(
            f"WITH {', '.join(definitions)} {' UNION ALL '.join(parts)}", tuple(arguments)
        ):
            figures.holding[counted[number], True] = int(prefixed_rows)
            figures.holding[counted[number], False] = int(whole_rows)
    return [figures.holding[phrase] for phrase in phrases]


def _span(extent: tuple[int, int] | None) -> int:
    """How many rowids a kind's rows spread over (0: none when counted)."""
    return 0 if extent is None else extent[1] - extent[0] + 1


def _frequencies(rows: Sequence[Sequence[str]], phrases: Sequence[Phrase]) -> list[list[float]]:
    """How often each phrase occurs (FTS5's instances) in each row, each column's
    occurrences times its weight, as bm25 sums them: by row, then phrase. A column is
    stored as its words with a space between them and around them (' cohen yossi '), so
    a word's occurrences as a prefix are those of ' cohen'; whole, or as a phrase, they are
    counted with two spaces in place of one ('  cohen  yossi  '), where the occurrences of
    ' cohen ' or ' cohen  yossi' cannot share a space. Most columns hold none of a
    phrase's words, and are told so by a plain search of the text."""
    wanted = [
        (
            words[0],
            words[1:],
            prefix and len(words) == 1,
            " " + "  ".join(words) + ("" if prefix else " "),
        )
        for words, prefix in phrases
    ]
    weights = [WEIGHTS[column] for column in COLUMNS]
    found = []
    for columns in rows:
        frequencies = [0.0] * len(wanted)
        for weight, text in zip(weights, columns, strict=True):
            spaced = ""
            for number, (first, others, plain, needle) in enumerate(wanted):
                if first not in text or (others and not all(w in text for w in others)):
                    continue
                if plain:
                    frequencies[number] += weight * text.count(needle)
                    continue
                if not spaced:
                    spaced = text.replace(" ", "  ")
                frequencies[number] += weight * _count(spaced, needle, 1 + len(others))
        found.append(frequencies)
    return found


def _count(spaced: str, needle: str, words: int) -> int:
    if words == 1:  # ' word' cannot overlap itself: it has one space, at its start
        return spaced.count(needle)
    found, at = 0, spaced.find(needle)
    while at >= 0:  # a phrase can ('a a' twice in 'a a a')
        found += 1
        at = spaced.find(needle, at + 1)
    return found
