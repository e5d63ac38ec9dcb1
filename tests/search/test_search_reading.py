"""On PostgreSQL a search reads each kind of record (customers, systems, contacts) either
by walking it in order or through its word index, whichever the matches found so far
say is sooner. The way is only a matter of time: every way finds the same records in the
same order, and the same as SQLite does."""

from __future__ import annotations

import dataclasses
import math

import pytest

from accountdesk.services.search import search
from accountdesk.storage import search_index, search_postgres
from accountdesk.storage.database import Database
from tests.postgres import fresh_database, require_server
from tests.search.conftest import add_customer

ROLES = ("db", "sap", "mail", "fw")
PREFIXES = ("srv", "prd", "app")
SYSTEM_NAMES = (
    "SAP ERP",
    "Exchange",
    "שרת קבצים",
    "SQL Server",
    "پایگاه داده",
    "Backup backup backup",  # a phrase of its words twice is in it twice, overlapping
)
PEOPLE = ("דנה לוי", "יוסי כהן", "مریم رضایی", "Sarah Miller", "דנה כהן")

# Dense and sparse words, prefixes, phrases, numbers, whole names, every kind.
QUERIES = (
    "srv",
    "sap",
    "s",
    "prd-sap",
    "app-db0",
    "acme3",
    "Acme 2",
    "Acme Health 4",
    "exchange 7",
    "SAP ERP",
    "10.2.1",
    "sn2",
    "sn40012",
    "0355",
    "355",
    "+972 3 540 0007",
    "דנה",
    "כהן",
    "שרת",
    "مریم",
    "پایگاه",
    "local",
    "nothing-like-this",
    "prd-db01.acme1",  # a phrase of three words: its pairs, then LIKE
    "10.3.2",
    "acme health",
    "backup backup",
    "backup backup b",
    "backup",
    "x" * 600,  # longer than a lexeme: asked for as what was stored of it
)


def populate(db: Database) -> None:
    for customer in range(6):
        add_customer(
            db,
            f"Acme Health {customer}" if customer % 2 else f"אופק מערכות {customer}",
            industry="Healthcare" if customer % 2 else "בריאות",
            systems=[
                {
                    "name": f"{SYSTEM_NAMES[number % len(SYSTEM_NAMES)]} {number}",
                    "host": f"{PREFIXES[number % 3]}-{ROLES[number % 4]}{number:02d}"
                    f".acme{customer}.local",
                    "address": f"10.{customer}.{number % 7}.{number}",
                    "serial": f"SN{customer}{number:04d}",
                    "version": "2019" if number % 5 else "12c",
                }
                for number in range(40)
            ],
            contacts=[
                {
                    "name": PEOPLE[number % len(PEOPLE)],
                    "role": "מנהל מערכות" if number % 3 else "CFO",
                    "phone": f"+97235{customer}{number:05d}",
                    "email": f"person{number}@acme{customer}.co.il",
                }
                for number in range(12)
            ],
        )


@pytest.fixture(scope="module")
def team_db():
    require_server()
    with fresh_database() as url:
        database = Database(url, create=True)
        populate(database)
        yield database
        database.close()


@pytest.fixture(scope="module")
def file_db(tmp_path_factory):
    database = Database(tmp_path_factory.mktemp("reading") / "same.sqlite3", create=True)
    populate(database)
    yield database
    database.close()


def results(db: Database, query: str) -> list[tuple[str, int, str, str]]:
    return [(r.kind, r.ref_id, r.title, r.detail) for r in search(db, query)]


@pytest.fixture(params=["as planned", "walking", "through the indexes", "stale figures"])
def reading(request, monkeypatch):
    if request.param != "as planned":  # however few rows a kind has
        monkeypatch.setattr(search_postgres, "_WALKED_FROM", 0)
        monkeypatch.setattr(search_postgres, "_WALKED_IN_ORDER_FROM", 0)
    if request.param == "walking":  # in stretches of two rows, to the end of each kind
        monkeypatch.setattr(search_postgres, "_INDEX_COST", math.inf)
        monkeypatch.setattr(search_postgres, "_FIRST_WALK", (1, 1))
        monkeypatch.setattr(search_postgres, "_LONGEST_WALK", 2)
    elif request.param == "through the indexes":  # right after the first row
        monkeypatch.setattr(search_postgres, "_FIRST_WALK", (1, 1))
        for cost in ("_INDEX_COST", "_INDEX_ROW_COST", "_INDEX_LIST_COST"):
            monkeypatch.setattr(search_postgres, cost, 0.0)
    elif request.param == "stale figures":
        # Counted before another client added contacts and most systems.
        counted = search_postgres._figures

        def stale(connection):
            figures = counted(connection)
            first, _last = figures.extents["system"] or (0, 0)
            extents = {**figures.extents, "system": (first, first + 3), "contact": None}
            return dataclasses.replace(figures, extents=extents)

        monkeypatch.setattr(search_postgres, "_figures", stale)
    return request.param


@pytest.mark.parametrize("cap", [search_index.RANK_CAP, 5, 0], ids=["ranked", "mixed", "tiered"])
def test_every_way_of_reading_finds_what_sqlite_finds_in_its_order(
    team_db, file_db, reading, cap, monkeypatch
):
    monkeypatch.setattr(search_index, "RANK_CAP", cap)
    for query in QUERIES:
        expected = results(file_db, query)
        assert results(team_db, query) == expected, query
    assert results(team_db, "srv"), "the population has matches"


def test_an_exact_name_is_found_among_many_that_hold_its_words(team_db, monkeypatch):
    monkeypatch.setattr(search_index, "RANK_CAP", 0)
    found = search(team_db, "Exchange 7")
    assert (found[0].kind, found[0].title, found[0].score) == (
        "system",
        "Exchange 7",
        search_index.EXACT_BONUS,
    )
    assert {r.title for r in found if r.score == search_index.EXACT_BONUS} == {"Exchange 7"}


def test_the_apps_connections_compile_no_statement(team_db):
    """A search's statement names every way it may read a kind, and the planner's cost of
    the ways it never takes would have PostgreSQL compile it (30-40 ms) before running it."""
    with team_db.engine.connect() as connection:
        assert connection.exec_driver_sql("SHOW jit").scalar() == "off"


def test_a_search_statement_is_planned_once_for_every_search_of_its_shape(team_db):
    """Statements differ by their arguments only; planning each anew cost more than
    running it. A connection keeps them prepared from one search to the next."""
    for query in ("srv", "sap", "prd", "app", "exchange", "local"):
        search(team_db, query)
    with team_db.session() as session:
        plans = (
            session.connection()
            .exec_driver_sql(
                "SELECT generic_plans, custom_plans FROM pg_prepared_statements "
                "WHERE strpos(statement, 'FROM search_index') > 0 "
                "AND statement NOT LIKE 'INSERT%%' AND statement NOT LIKE 'DELETE%%'"
            )
            .all()
        )
    assert plans, "the search's statements are prepared"
    assert max(generic for generic, _custom in plans) >= 2
    assert all(custom == 0 for _generic, custom in plans)


def test_the_corpus_figures_are_counted_without_reading_the_rows(team_db):
    """bm25's figures are counted once a minute; read from the table, at a million systems
    that took over a second in the middle of typing. The tokens index holds all they ask."""
    with team_db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.exec_driver_sql("VACUUM ANALYZE search_index")  # as autovacuum keeps it
        connection.exec_driver_sql("SET enable_seqscan = off")  # a table of a few rows
        plan = "\n".join(
            connection.exec_driver_sql(f"EXPLAIN {search_postgres.FIGURES_SQL}").scalars()
        )
    assert "Index Only Scan using ix_search_index_tokens on search_index" in plan, plan
    assert "Seq Scan" not in plan and "Bitmap Heap Scan" not in plan, plan


def test_the_rows_holding_a_phrase_are_counted_up_to_a_bound(team_db, monkeypatch):
    """bm25 weighs each phrase by the rows holding it. PostgreSQL counts rows only by
    reading them, a common word's thousands in the middle of typing: a phrase held by more
    rows than the bound weighs as if the bound held it, the rarer ones as they are."""
    phrases = [
        (words, prefix)
        for words in (("acme",), ("local",), ("exchange",), ("prd", "db04", "acme1"))
        for prefix in (True, False)
    ]

    def counted(bound: int) -> list[int]:
        monkeypatch.setattr(search_postgres, "HELD_UP_TO", bound)
        with team_db.session() as session:
            connection = session.connection()
            search_postgres._forget_corpus(connection)  # counts kept from other tests
            figures = search_postgres._figures(connection)
            return search_postgres._holding(connection, figures, phrases)

    exact = counted(100_000)
    assert counted(50) == [min(rows, 50) for rows in exact]
    # Read from the largest kind first, the rows counted to the bound hold no whole 'acme'.
    span = search_postgres._span
    monkeypatch.setattr(search_postgres, "_span", lambda extent: -span(extent))
    assert counted(50) == [min(rows, 50) for rows in exact]
    acme, whole_acme, local, whole_local, exchange, whole_exchange, three, whole_three = exact
    assert acme > 50 > whole_acme > 0  # the whole form counted on its own
    assert local > 50 and whole_local > 50  # both at the bound
    assert 0 < whole_exchange <= exchange < 50 and three == whole_three == 1  # as they are


def test_a_rows_words_are_its_columns_words_and_pairs_and_its_names_again(team_db):
    """The word indexes are made of a function of the row's columns (the rows keep no
    words): each column's words, each pair of neighbours in a column, the name's words
    and pairs marked apart; a run of spaces neither makes a word nor parts a pair, and a
    word longer than a lexeme may be is kept as its beginning."""
    pair, in_name, end = search_postgres.PAIR, search_postgres.IN_NAME, search_index.END
    long_word = "x" * 600
    with team_db.session() as session:
        connection = session.connection()
        # The function is read anew in the caller's session: its marks read alike either way.
        connection.exec_driver_sql("SET LOCAL standard_conforming_strings = off")
        words = connection.exec_driver_sql(
            f"SELECT tsvector_to_array({search_postgres.WORDS_FUNCTION}(%s, %s, %s))",
            (f" cohen yossi {end} ", f" 10  154 {long_word} ", "  "),
        ).scalar()
    assert sorted(words) == sorted(
        [
            "cohen",
            "yossi",
            end,
            f"{pair}cohen yossi",
            f"{pair}yossi {end}",
            f"{in_name}cohen",
            f"{in_name}yossi",
            f"{in_name}{end}",
            f"{in_name}{pair}cohen yossi",
            f"{in_name}{pair}yossi {end}",
            "10",
            "154",
            "x" * 500,
            f"{pair}10 154",
            f"{pair}154 {long_word}"[:500],
        ]
    )
    with team_db.engine.connect() as connection:
        columns = search_postgres.columns(connection)
        # ANALYZE makes no statistics of them: the planner reads none of a partial index's.
        targets = connection.exec_driver_sql(
            "SELECT attstattarget FROM pg_attribute JOIN pg_class ON pg_class.oid = attrelid "
            "WHERE relname LIKE 'ix\\_search\\_index\\_%%\\_words'"
        ).scalars()
        assert list(targets) == [0, 0, 0]
    assert columns == {"rowid", "name", "body", "fragments", "customer_id", "tokens"}
