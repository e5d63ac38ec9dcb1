"""An older database upgrades on open, after a copy is written beside it: one per schema
version, clearly named."""

import os
import sqlite3

import pytest
from alembic import command
from sqlalchemy import create_engine

from accountdesk.services.search import search
from accountdesk.services.service_files import list_customers, load_file
from accountdesk.storage import migrations
from accountdesk.storage.database import APPLICATION_ID, Database

FIRST = "0001"


def make_first_revision_database(path):
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        connection.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
    command.upgrade(migrations.alembic_config(engine), FIRST)
    with engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO staff_members (id, name, role, email, phone, active) "
            "VALUES (1, 'דנה לוי', 'supporter', '', '', 1)"
        )
        connection.exec_driver_sql(
            "INSERT INTO customers (id, name, industry, business_needs, support_level, "
            "support_in_scope, support_out_of_scope, window_days, window_start, window_end, "
            "timezone, knowledge_level, criticality, document_language, supporter_id, notes, "
            "revision) VALUES (1, 'מרכז רפואי הדסה', 'בריאות', '', 'premium', '', '', 127, 0, "
            "1440, 'Asia/Jerusalem', 'novice', 'critical', 'he', 1, '', 1)"
        )
        connection.exec_driver_sql(
            "INSERT INTO systems (customer_id, position, name, kind, business_function, "
            "environment, version, location, host, address, serial, criticality, notes) "
            "VALUES (1, 0, 'Exchange', 'application', '', 'production', '2019', '', "
            "'mail01.hadassa.local', '', '', 'high', '')"
        )
    engine.dispose()


def test_upgrade_from_the_first_revision_keeps_the_data_and_a_backup(tmp_path):
    path = tmp_path / "old.sqlite3"
    make_first_revision_database(path)
    db = Database(path)
    assert migrations.current_revision(db.engine) == migrations.head_revision()
    if migrations.head_revision() != FIRST:
        assert db.backup_path == tmp_path / f"old.before-schema-{migrations.HEAD}.sqlite3"
        assert db.backup_path.exists()
        with sqlite3.connect(db.backup_path) as backup:
            version = backup.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        assert version == FIRST
    [row] = list_customers(db)
    assert row.name == "מרכז רפואי הדסה" and row.supporter == "דנה לוי"
    assert load_file(db, 1).systems[0].host == "mail01.hadassa.local"
    db.close()


def test_opening_a_current_database_makes_no_backup(tmp_path):
    path = tmp_path / "new.sqlite3"
    Database(path, create=True).close()
    db = Database(path)
    assert db.backup_path is None
    assert not list(tmp_path.glob("*before-schema*"))
    db.close()


def test_a_second_upgrade_replaces_its_copy_instead_of_piling_up(tmp_path):
    path = tmp_path / "old.sqlite3"
    for _ in range(2):  # the same old file upgraded twice (restored in between)
        for suffix in ("", "-wal", "-shm"):
            (tmp_path / f"old.sqlite3{suffix}").unlink(missing_ok=True)
        make_first_revision_database(path)
        Database(path).close()
    files = sorted(p.name for p in tmp_path.iterdir() if p.is_file())
    assert files == [f"old.before-schema-{migrations.HEAD}.sqlite3", "old.sqlite3"]
    assert oct(os.stat(tmp_path / files[0]).st_mode & 0o777) == "0o600"


def test_the_quick_head_check_matches_alembic():
    assert migrations.head_revision() == migrations.HEAD


def make_database_before_countries(path):
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        connection.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
    command.upgrade(migrations.alembic_config(engine), "0003")
    customer = (
        "INSERT INTO customers (id, name, industry, business_needs, support_level, "
        "support_in_scope, support_out_of_scope, window_days, window_start, window_end, "
        "timezone, knowledge_level, criticality, document_language, notes, revision) "
        "VALUES (?, ?, '', '', 'premium', '', '', 127, 0, 1440, 'UTC', 'novice', 'high', ?, '', 1)"
    )
    contact = (
        "INSERT INTO contacts (customer_id, position, side, name, role, itil_relation, phone, "
        "mobile, email, preferred_channel, reachable_hours, notes) "
        "VALUES (?, 0, 'customer', ?, '', 'user', ?, '', '', 'phone', '', '')"
    )
    with engine.begin() as connection:
        for row in ((1, "הדסה", "he"), (2, "پارس‌نت", "fa"), (3, "Acme", "en")):
            connection.exec_driver_sql(customer, row)
        # As saved before countries: every number read as Israeli, one never normalised.
        connection.exec_driver_sql(contact, (1, "דנה", "+97235551234"))
        connection.exec_driver_sql(contact, (2, "رضا", "+97221887766"))
        connection.exec_driver_sql(contact, (2, "مریم", "021-88776655"))
    engine.dispose()


def test_countries_come_from_the_document_language_and_numbers_stay_as_stored(tmp_path):
    path = tmp_path / "before-countries.sqlite3"
    make_database_before_countries(path)
    db = Database(path)
    try:
        with sqlite3.connect(path) as raw:
            customers = raw.execute("SELECT id, country FROM customers ORDER BY id").fetchall()
            contacts = raw.execute(
                "SELECT name, phone, country FROM contacts ORDER BY id"
            ).fetchall()
            not_null = raw.execute(
                "SELECT \"notnull\" FROM pragma_table_info('customers') WHERE name = 'country'"
            ).fetchone()
        assert customers == [(1, "IL"), (2, "IR"), (3, "GB")]
        assert not_null == (1,)
        assert contacts == [
            ("דנה", "+97235551234", None),
            ("رضا", "+97221887766", None),
            ("مریم", "021-88776655", None),
        ]
        assert load_file(db, 2).country == "IR"
        # The number kept as typed is found as the Iranian number it is.
        assert [r.title for r in search(db, "0098 21 8877 6655")] == ["مریم"]
    finally:
        db.close()


LANGUAGE_CHECKS = "IN ('he', 'fa', 'en')"


def make_revision_0006_database(path):
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        connection.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
    command.upgrade(migrations.alembic_config(engine), "0006")
    with engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO customers (id, name, industry, business_needs, support_level, "
            "support_in_scope, support_out_of_scope, window_days, window_start, window_end, "
            "timezone, knowledge_level, criticality, document_language, notes, revision, "
            "country) VALUES (1, 'پارس‌نت', '', '', 'basic', '', '', 62, 480, 1080, "
            "'Asia/Tehran', 'novice', 'high', 'fa', '', 1, 'IR')"
        )
        connection.exec_driver_sql(
            "INSERT INTO contacts (customer_id, position, name, side, role, itil_relation, "
            "phone, mobile, email, preferred_channel, language, reachable_hours, notes) "
            "VALUES (1, 0, 'مریم', 'customer', '', 'user', '', '', '', 'phone', 'fa', '', '')"
        )
        connection.exec_driver_sql(
            "INSERT INTO systems (customer_id, position, name, kind, business_function, "
            "environment, version, location, host, address, serial, criticality, notes) "
            "VALUES (1, 0, 'ERP', 'application', '', 'production', '', '', '', '', '', "
            "'high', '')"
        )
    engine.dispose()


def test_0007_drops_the_language_checks_and_keeps_every_row(tmp_path):
    path = tmp_path / "revision-0006.sqlite3"
    make_revision_0006_database(path)
    with sqlite3.connect(path) as raw:
        tables = dict(raw.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'"))
    assert all(LANGUAGE_CHECKS in tables[t] for t in ("customers", "contacts", "summary_versions"))

    db = Database(path)
    try:
        assert migrations.current_revision(db.engine) == migrations.head_revision()
        head = migrations.head_revision()
        assert db.backup_path == tmp_path / f"revision-0006.before-schema-{head}.sqlite3"
        file = load_file(db, 1)
        assert [c.name for c in file.contacts] == ["مریم"]  # not cascaded away by the copy
        assert [s.name for s in file.systems] == ["ERP"]
        with db.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    finally:
        db.close()
    with sqlite3.connect(path) as raw:
        tables = dict(raw.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'"))
        assert raw.execute("PRAGMA foreign_key_check").fetchall() == []
        assert raw.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        # The database takes any code now; the domain checks it against the registry.
        raw.execute("UPDATE contacts SET language = 'ar'")
    assert not any(LANGUAGE_CHECKS in sql for sql in tables.values() if sql)


def test_a_language_the_registry_lacks_is_refused_by_the_domain(tmp_path):
    import pytest

    from accountdesk.domain.enums import Language

    with pytest.raises(ValueError):
        Language("de")
    assert {language.value for language in Language} == {"he", "fa", "ar", "en"}


def test_0009_takes_an_old_score_as_nps_and_adds_the_follow_up(tmp_path):
    path = tmp_path / "revision-0008.sqlite3"
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        connection.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
    command.upgrade(migrations.alembic_config(engine), "0008")
    with engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO customers (id, name, industry, business_needs, support_level, "
            "support_in_scope, support_out_of_scope, window_days, window_start, window_end, "
            "timezone, knowledge_level, criticality, document_language, notes, revision, "
            "country) VALUES (1, 'מכבי', '', '', 'basic', '', '', 127, 0, 1440, "
            "'Asia/Jerusalem', 'novice', 'high', 'he', '', 1, 'IL')"
        )
        connection.exec_driver_sql(
            "INSERT INTO feedback (customer_id, received_on, channel, score, customer_words, "
            "follow_up, follow_up_done) VALUES (1, '2026-01-05', 'survey', 10, 'מצוין', '', 0),"
            " (1, '2026-02-05', 'complaint', NULL, 'איטי', 'לבדוק', 0)"
        )
    engine.dispose()
    db = Database(path)
    try:
        first, second = load_file(db, 1).feedback
        assert (first.scale, first.score, first.customer_words) == ("nps", 10, "מצוין")
        assert (second.scale, second.score, second.follow_up) == (None, None, "לבדוק")
        assert (second.given_by, second.follow_up_owner, second.follow_up_due) == ("", "", None)
    finally:
        db.close()
    with sqlite3.connect(path) as raw:
        assert raw.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        # A CSAT score above 5 is refused by the database too.
        with pytest.raises(sqlite3.IntegrityError):
            raw.execute("UPDATE feedback SET scale = 'csat' WHERE score = 10")
