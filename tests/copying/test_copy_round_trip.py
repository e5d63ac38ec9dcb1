"""`accountdesk copy`: SQLite → PostgreSQL → SQLite gives every row back, and what was
issued and signed still verifies; customers already there are reported, not overwritten."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from accountdesk.cli import main as cli_main
from accountdesk.domain.enums import Side
from accountdesk.services import signing
from accountdesk.services.demo import create_demo
from accountdesk.services.incidents.records import add_alias
from accountdesk.services.json_format import dumps, export_customers
from accountdesk.services.service_files import (
    customer_ids,
    delete_customer,
    load_file,
    save_file,
    set_archived,
)
from accountdesk.storage import tables as t
from accountdesk.storage.database import Database
from tests.postgres import fresh_database

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


def _rich_database(path):
    """The demo customers, plus what the demo does not make: an alias, an issued and
    signed summary and a second, changed version, an archived customer."""
    db = Database(path, create=True)
    ids = create_demo(db, dt.date(2026, 11, 2))
    first = signing.issue_version(db, ids[0], issued_by="אבי מזרחי")
    signing.record_paper_signatures(
        db,
        first.id,
        [
            signing.PaperSignature(Side.CUSTOMER, "יוסי כהן", "סמנכ״ל", dt.date(2026, 11, 23)),
            signing.PaperSignature(Side.PROVIDER, "אבי מזרחי", "מנהל לקוח", dt.date(2026, 11, 23)),
        ],
    )
    file = load_file(db, ids[0])
    file.notes = "שונה אחרי החתימה"
    save_file(db, file, author="אבי מזרחי")
    signing.issue_version(db, ids[0], issued_by="אבי מזרחי")
    add_alias(db, ids[1], "Galil Carmel MC")
    set_archived(db, ids[-1], True, author="someone")
    return db


def _rows(db):
    with db.session() as session:
        connection = session.connection()
        return {
            table.name: [
                dict(row)
                for row in connection.execute(select(table).order_by(table.c.id)).mappings()
            ]
            for table in t.Base.metadata.sorted_tables
        }


def _exported(db):
    return dumps(export_customers(db, customer_ids(db)))


def _versions_ok(db):
    with db.session() as session:
        version_ids = list(session.scalars(select(t.SummaryVersion.id)))
    assert version_ids
    return all(signing.check_version(db, version_id).ok for version_id in version_ids)


def test_round_trip_through_a_team_database_gives_every_row_back(tmp_path, capsys):
    original = _rich_database(tmp_path / "original.sqlite3")
    before_rows, before_json = _rows(original), _exported(original)
    original.close()
    back = tmp_path / "back.sqlite3"
    with fresh_database() as url:
        assert (
            cli_main.main(["copy", "--from", str(tmp_path / "original.sqlite3"), "--to", url]) == 0
        )
        out = capsys.readouterr().out
        assert f"copied {len(before_rows['customers'])} customer(s)" in out
        server = Database(url)
        try:
            assert _rows(server) == before_rows
            assert _exported(server) == before_json
            assert _versions_ok(server)
            # The server's sequences moved on: a new customer gets a free id.
            file = load_file(server, customer_ids(server)[0])
            file.id, file.name = None, "לקוח חדש"
            new_id = save_file(server, file).id
            assert new_id not in [r["id"] for r in before_rows["customers"]]
            delete_customer(server, new_id)  # as it was, for the way back
        finally:
            server.close()
        assert cli_main.main(["copy", "--from", url, "--to", str(back)]) == 0
    returned = Database(back)
    try:
        assert _rows(returned) == before_rows
        assert _exported(returned) == before_json
        assert _versions_ok(returned)
    finally:
        returned.close()


def test_customers_already_there_are_reported_and_left_as_they_are(tmp_path, capsys):
    source = _rich_database(tmp_path / "source.sqlite3")
    names = [row["name"] for row in _rows(source)["customers"]]
    source.close()
    target = tmp_path / "target.sqlite3"
    destination = Database(target, create=True)
    create_demo(destination, dt.date(2026, 11, 2))
    kept = load_file(destination, customer_ids(destination)[0])
    kept.notes = "the destination's own words"
    save_file(destination, kept)
    destination.close()

    assert (
        cli_main.main(["copy", "--from", str(tmp_path / "source.sqlite3"), "--to", str(target)])
        == 0
    )
    captured = capsys.readouterr()
    assert "copied 0 customer(s)" in captured.out
    for name in names:
        assert f"not copied: {name}: already there" in captured.err
    destination = Database(target)
    try:
        assert load_file(destination, kept.id).notes == "the destination's own words"
        assert not _rows(destination)["summary_versions"]
        assert len(_rows(destination)["customers"]) == len(names)
    finally:
        destination.close()


def test_customers_whose_ids_are_taken_there_come_with_new_ids_and_the_same_content(
    tmp_path, capsys
):
    source = _rich_database(tmp_path / "source.sqlite3")
    source_json = {
        row["name"]: dumps(export_customers(source, [row["id"]]))
        for row in _rows(source)["customers"]
    }
    source.close()
    target = tmp_path / "target.sqlite3"
    destination = Database(target, create=True)
    create_demo(destination, dt.date(2026, 11, 2))
    for customer_id in customer_ids(destination):  # the destination's own, under other names
        file = load_file(destination, customer_id)
        file.name = f"{file.name} (there)"
        save_file(destination, file)
    taken = {row["id"] for row in _rows(destination)["customers"]}
    destination.close()
    # Tickets are unique: the same tickets under the renamed customers keep them out.
    assert cli_main.main(["copy", "--from", str(source.location), "--to", str(target)]) == 0
    captured = capsys.readouterr()
    assert "copied 0 customer(s)" in captured.out
    assert "is filed under another customer there" in captured.err
    destination = Database(target)
    with destination.transaction() as session:
        session.execute(t.Incident.__table__.delete())
    destination.close()

    assert cli_main.main(["copy", "--from", str(source.location), "--to", str(target)]) == 0
    assert f"copied {len(source_json)} customer(s)" in capsys.readouterr().out
    destination = Database(target)
    try:
        rows = _rows(destination)
        copied = {row["name"]: row["id"] for row in rows["customers"] if row["name"] in source_json}
        assert not taken & set(copied.values())
        for name, customer_id in copied.items():
            assert dumps(export_customers(destination, [customer_id])) == source_json[name]
        assert _versions_ok(destination)
        assert len(rows["summary_versions"]) == 2
    finally:
        destination.close()


def test_the_same_database_twice_is_refused(tmp_path, capsys):
    path = tmp_path / "one.sqlite3"
    Database(path, create=True).close()
    assert cli_main.main(["copy", "--from", str(path), "--to", str(path)]) == 2
    assert "name the same database" in capsys.readouterr().err
