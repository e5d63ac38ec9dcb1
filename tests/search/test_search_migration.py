"""A database from before search gets its index when it is opened."""

from alembic import command
from sqlalchemy import create_engine
from sqlalchemy.orm import Session

from accountdesk.services.search import search
from accountdesk.storage import migrations, search_index, search_postgres
from accountdesk.storage import tables as t
from accountdesk.storage.database import APPLICATION_ID, Database
from tests.postgres import fresh_database, require_server
from tests.search.conftest import add_sample

BEFORE_SEARCH = "0001"

CUSTOMER = (
    "INSERT INTO customers (id, name, industry, business_needs, support_level, "
    "support_in_scope, support_out_of_scope, window_days, window_start, window_end, "
    "timezone, knowledge_level, criticality, document_language, notes, revision) "
    "VALUES (?, ?, ?, '', 'premium', '', '', 127, 0, 1440, 'Asia/Jerusalem', 'novice', "
    "'critical', 'he', '', 1)"
)
SYSTEM = (
    "INSERT INTO systems (customer_id, position, name, kind, business_function, environment, "
    "version, location, host, address, serial, criticality, notes) "
    "VALUES (?, 0, ?, 'application', '', 'production', '', '', ?, '', '', 'high', '')"
)
CONTACT = (
    "INSERT INTO contacts (customer_id, position, side, name, role, itil_relation, phone, "
    "mobile, email, preferred_channel, reachable_hours, notes) "
    "VALUES (?, 0, 'customer', ?, '', 'user', ?, ?, ?, 'phone', '', '')"
)


def old_engine(path):
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        connection.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
    command.upgrade(migrations.alembic_config(engine), BEFORE_SEARCH)
    return engine


def make_database_before_search(path):
    engine = old_engine(path)
    with engine.begin() as connection:
        connection.exec_driver_sql(CUSTOMER, (1, "מרכז רפואי הדסה", "בריאות"))
        connection.exec_driver_sql(CUSTOMER, (2, "بیمارستان مهر", "بهداشت"))
        connection.exec_driver_sql(SYSTEM, (1, "Exchange", "mail01.hadassa.local"))
        connection.exec_driver_sql(
            CONTACT, (1, "דנה לוי", "03-555-1234", "", "dana@hadassa.org.il")
        )
        connection.exec_driver_sql(CONTACT, (2, "رضا کریمی", "", "+989121234567", ""))
    engine.dispose()


def test_rows_written_before_search_existed_are_found_after_upgrade(tmp_path):
    path = tmp_path / "old.sqlite3"
    make_database_before_search(path)
    db = Database(path)
    try:
        assert migrations.current_revision(db.engine) == migrations.head_revision()
        assert [r.title for r in search(db, "הדסה")] == ["מרכז רפואי הדסה"]
        assert [r.detail for r in search(db, "mail01")] == ["mail01.hadassa.local"]
        for typed in ("5551234", "+972 3 555 1234", "035551234"):
            assert [r.title for r in search(db, typed)] == ["דנה לוי"], typed
        assert [r.title for r in search(db, "بيمارستان")] == ["بیمارستان مهر"]
        assert [r.customer_name for r in search(db, "رضا كريمي")] == ["بیمارستان مهر"]
    finally:
        db.close()


def test_orm_writes_to_a_database_without_the_index_still_work(tmp_path):
    # Today's tables without the index: the ORM writes today's columns.
    engine = create_engine(f"sqlite:///{tmp_path / 'old.sqlite3'}")
    command.upgrade(migrations.alembic_config(engine), "head")
    with engine.begin() as connection:
        connection.exec_driver_sql("DROP TABLE search_index")
    with Session(engine) as session, session.begin():
        customer = t.Customer(name="Legacy Ltd")
        customer.systems = [t.System(name="Mainframe")]
        session.add(customer)
        session.flush()
        customer_id = customer.id
    with Session(engine) as session, session.begin():
        session.delete(session.get(t.Customer, customer_id))
    engine.dispose()


def test_an_index_made_by_the_older_rules_is_rebuilt_with_the_further_forms(tmp_path):
    path = tmp_path / "old.sqlite3"
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        connection.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
    command.upgrade(migrations.alembic_config(engine), "0003")
    with engine.begin() as connection:
        connection.exec_driver_sql(CUSTOMER, (1, "בנק הפועלים", ""))
        connection.exec_driver_sql(CUSTOMER, (2, "شرکت پارس\u200cنت", ""))
        # As the index was written before: the name's words only.
        connection.exec_driver_sql("DELETE FROM search_index")
        for rowid, name in ((1, "בנק הפועלימ \ue000"), (2, "شرکت پارسنت \ue000")):
            connection.exec_driver_sql(
                "INSERT INTO search_index (rowid, name, body, fragments, customer_id) "
                "VALUES (?, ?, '', '', ?)",
                ((1 << 40) | rowid, name, rowid),
            )
    with Session(engine) as session:
        assert search_index.query(session, "פועלים") == []  # not found before
    engine.dispose()
    db = Database(path)
    try:
        assert migrations.current_revision(db.engine) == migrations.head_revision()
        assert [r.title for r in search(db, "פועלים")] == ["בנק הפועלים"]
        assert [r.title for r in search(db, "پارس نت")] == ["شرکت پارس\u200cنت"]
    finally:
        db.close()


def _search_indexes(db):
    """The indexes of the search index's table on PostgreSQL (none on SQLite: FTS5)."""
    if db.engine.dialect.name != "postgresql":
        return set()
    with db.engine.connect() as connection:
        found = connection.exec_driver_sql(
            "SELECT indexname FROM pg_indexes WHERE tablename = 'search_index'"
        )
        return set(found.scalars()) - {"search_index_pkey"}


def test_0013_to_head_read_by_kind_then_by_words_and_names_and_go_back(database_target):
    db = Database(database_target, create=True)
    try:
        add_sample(db)
        postgres = db.engine.dialect.name == "postgresql"
        queries = (
            "srv-db01",
            "Exchange",
            "5551234",
            "פועלים",
            "אקמה",
            "שרכת",
            "پارس",
            "10.0",
            "ex",
        )
        before = {query: [(r.kind, r.title) for r in search(db, query)] for query in queries}
        assert before["Exchange"] == [("system", "Exchange")]
        words = {f"ix_search_index_{kind}_words" for kind in ("customer", "system", "contact")}
        others = {
            "ix_search_index_exact_name",
            "ix_search_index_name_start",
            "ix_search_index_tokens",
        }
        if postgres:  # one words index per kind, the names' (exact, by their start) and
            assert _search_indexes(db) == words | others  # the corpus figures'

        command.downgrade(migrations.alembic_config(db.engine), "0012")
        if postgres:  # as 0012 left them: one trigram index per column, for every kind
            assert _search_indexes(db) == {
                "ix_search_index_name",
                "ix_search_index_body",
                "ix_search_index_fragments",
            }
        with db.engine.connect() as connection:
            assert migrations.current_revision(db.engine) == "0012"
            rows = connection.exec_driver_sql("SELECT count(*) FROM search_index").scalar()
        assert rows == 7  # 3 customers, 2 systems, 2 contacts: the rows are kept as they are

        command.upgrade(migrations.alembic_config(db.engine), "0013")
        if postgres:  # per kind and column, and the exact name's
            assert _search_indexes(db) == {
                f"ix_search_index_{kind}_{column}"
                for kind in ("customer", "system", "contact")
                for column in ("name", "body", "fragments")
            } | {"ix_search_index_exact_name"}

        command.upgrade(migrations.alembic_config(db.engine), "head")  # words made from the rows
        if postgres:
            assert _search_indexes(db) == words | others
        after = {query: [(r.kind, r.title) for r in search(db, query)] for query in queries}
        assert after == before
    finally:
        db.close()


def test_0016_to_head_keeps_the_words_in_the_indexes_only(database_target):
    """0016's rows held their words; from 0017 only the word indexes do, made of the same
    words, and a search finds the same."""
    db = Database(database_target, create=True)
    try:
        add_sample(db)
        queries = ("srv-db01", "Exchange", "5551234", "פועלים", "پارس", "10.0", "ex")
        before = {query: [(r.kind, r.title) for r in search(db, query)] for query in queries}
        assert before["Exchange"] == [("system", "Exchange")]
        postgres = db.engine.dialect.name == "postgresql"
        command.downgrade(migrations.alembic_config(db.engine), "0016")
        if postgres:
            assert "words" in _search_columns(db)
        migrations.upgrade(db.engine, str(database_target))
        assert migrations.current_revision(db.engine) == migrations.head_revision()
        if postgres:
            assert "words" not in _search_columns(db)
            with db.engine.connect() as connection:  # written anew, then vacuumed
                pages, visible = connection.exec_driver_sql(
                    "SELECT relpages, relallvisible FROM pg_class WHERE relname = 'search_index'"
                ).one()
            assert pages == visible > 0
            with db.engine.connect() as connection:
                made_of = connection.exec_driver_sql(
                    "SELECT indexdef FROM pg_indexes WHERE indexname LIKE '%%\\_words'"
                ).scalars()
                assert [
                    "search_index_words(name, body, fragments)" in definition
                    for definition in made_of
                ] == [True] * 3
        after = {query: [(r.kind, r.title) for r in search(db, query)] for query in queries}
        assert after == before
    finally:
        db.close()


def _search_columns(db):
    with db.engine.connect() as connection:
        return search_postgres.columns(connection)


def test_a_vacuum_that_fails_after_an_upgrade_leaves_the_database_open():
    """The vacuum after an upgrade only helps: the upgrade is committed by then, and a
    failure (here a table gone; a lock, a timeout) must not read as a failed opening."""
    require_server()
    with fresh_database() as url:
        db = Database(url, create=True)
        try:
            migrations._vacuum(db.engine, ["no_such_table", "search_index"])
            add_sample(db)
            assert [r.title for r in search(db, "Exchange")] == ["Exchange"]
        finally:
            db.close()
