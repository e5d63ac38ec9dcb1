"""Every save writes a line of history in its own transaction; archiving, bringing back
and deleting a customer, and the schema revision that holds them."""

from __future__ import annotations

import getpass
import sqlite3

import pytest
from alembic import command
from sqlalchemy import create_engine, func, select

from accountdesk.domain.enums import ChangeAction, Language, Severity, SummaryStatus
from accountdesk.domain.errors import ConflictError, ValidationError
from accountdesk.domain.service_file import (
    ContactData,
    EscalationLevelData,
    EscalationPathData,
    ServiceFile,
    SystemData,
)
from accountdesk.services import history
from accountdesk.services import service_files as sf
from accountdesk.services.search import search
from accountdesk.storage import migrations
from accountdesk.storage import tables as t
from accountdesk.storage.base import utcnow
from accountdesk.storage.database import APPLICATION_ID, Database
from accountdesk.storage.identity import SCHEMA_HEAD


@pytest.fixture
def db(tmp_path):
    database = Database(tmp_path / "history.sqlite3", create=True)
    yield database
    database.close()


def acme() -> ServiceFile:
    dana = ContactData(name="Dana Levi", phone="03-555-1234")
    return ServiceFile(
        name="Acme Logistics",
        contacts=[dana],
        systems=[SystemData(name="Exchange", host="mail01.acme.example")],
        escalation_paths=[
            EscalationPathData(
                severity=Severity.CRITICAL,
                levels=[
                    EscalationLevelData(staff_name="Ruth Klein"),
                    EscalationLevelData(after_minutes=30, contact_key=dana.key),
                ],
            )
        ],
    )


def history_rows(db: Database) -> int:
    with db.session() as session:
        return session.scalar(select(func.count(t.ChangeRecord.id))) or 0


def test_creating_and_saving_record_who_when_and_each_field(db):
    saved = sf.save_file(db, acme(), author="Ruth Klein")
    saved.contacts[0].phone = "03-555-9999"
    saved.industry = "Logistics"
    sf.save_file(db, saved, author="Omid Rahimi")
    newest, first = history.customer_history(db, saved.id)
    assert (first.action, first.changed_by, first.changes) == (
        ChangeAction.CREATED,
        "Ruth Klein",
        [],
    )
    assert newest.action == ChangeAction.SAVED and newest.changed_by == "Omid Rahimi"
    assert newest.changed_at.tzinfo is not None and newest.changed_at >= first.changed_at
    shown = {(tuple(s.label for s in c.where), c.field, c.old, c.new) for c in newest.changes}
    assert shown == {
        ((), "industry", "", "Logistics"),
        ((("Dana Levi",),), "phone", "+97235551234", "+97235559999"),
    }


def test_without_a_staff_member_the_computers_user_is_recorded(db):
    saved = sf.save_file(db, acme())
    (entry,) = history.customer_history(db, saved.id)
    assert entry.changed_by == getpass.getuser()


def test_a_save_that_changes_nothing_adds_no_line(db):
    saved = sf.save_file(db, acme())
    sf.save_file(db, saved)
    assert history_rows(db) == 1


def test_a_failing_save_writes_no_history(db, monkeypatch):
    saved = sf.save_file(db, acme())
    saved.industry = "changed"
    stale = sf.load_file(db, saved.id)
    sf.save_file(db, saved)
    assert history_rows(db) == 2
    stale.notes = "mine"
    with pytest.raises(ConflictError):
        sf.save_file(db, stale)
    bad = sf.load_file(db, saved.id)
    bad.contacts[0].email = "not an address"
    with pytest.raises(ValidationError):
        sf.save_file(db, bad)

    def explode(*_args, **_kwargs):
        raise RuntimeError("disk pulled out")

    late = sf.load_file(db, saved.id)
    late.notes = "lost"
    monkeypatch.setattr("accountdesk.services.history.changes_to_json", explode)
    with pytest.raises(RuntimeError):
        sf.save_file(db, late)
    assert history_rows(db) == 2
    assert sf.load_file(db, saved.id).notes == ""  # the save went with its history line


def test_archived_customers_leave_the_list_and_search_until_brought_back(db):
    saved = sf.save_file(db, acme())
    other = sf.save_file(db, ServiceFile(name="Beta Bank"))
    assert sf.set_archived(db, saved.id, True, "Ruth Klein") is True
    assert sf.set_archived(db, saved.id, True) is False  # already archived: no second line
    assert [r.name for r in sf.list_customers(db)] == ["Beta Bank"]
    everyone = sf.list_customers(db, sf.CustomerFilter(archived=sf.Archived.INCLUDE))
    assert [(r.name, r.archived) for r in everyone] == [
        ("Acme Logistics", True),
        ("Beta Bank", False),
    ]
    only = sf.list_customers(db, sf.CustomerFilter(archived=sf.Archived.ONLY))
    assert [r.id for r in only] == [saved.id]
    assert search(db, "mail01") == []
    assert [r.title for r in search(db, "mail01", include_archived=True)] == ["Exchange"]
    assert sf.load_file(db, saved.id).systems[0].name == "Exchange"  # kept whole

    assert sf.set_archived(db, saved.id, False) is True
    assert [r.name for r in sf.list_customers(db)] == ["Acme Logistics", "Beta Bank"]
    actions = [e.action for e in history.customer_history(db, saved.id)]
    assert actions == [ChangeAction.UNARCHIVED, ChangeAction.ARCHIVED, ChangeAction.CREATED]
    assert history.customer_history(db, saved.id)[1].changed_by == "Ruth Klein"
    assert len(history.customer_history(db, other.id)) == 1


def test_deleting_takes_the_history_and_the_summaries_with_it(db):
    saved = sf.save_file(db, acme())
    other = sf.save_file(db, ServiceFile(name="Beta Bank"))
    with db.transaction() as session:
        for number, status in ((1, SummaryStatus.SIGNED), (2, SummaryStatus.ISSUED)):
            session.add(
                t.SummaryVersion(
                    customer_id=saved.id,
                    number=number,
                    status=status,
                    language=Language.ENGLISH,
                    snapshot_json="{}",
                    snapshot_sha256="0" * 64,
                    pdf=b"%PDF",
                    pdf_sha256="0" * 64,
                    created_at=utcnow(),
                )
            )
        session.add(
            t.SummaryVersion(
                customer_id=saved.id,
                number=3,
                status=SummaryStatus.DRAFT,
                language=Language.ENGLISH,
                snapshot_json="{}",
                snapshot_sha256="0" * 64,
                pdf=b"%PDF",
                pdf_sha256="0" * 64,
                created_at=utcnow(),
            )
        )
    assert sf.signed_version_count(db, saved.id) == 2
    sf.delete_customer(db, saved.id)
    assert history.customer_history(db, saved.id) == []
    assert history_rows(db) == 1  # Beta Bank's
    with db.session() as session:
        assert session.scalar(select(func.count(t.SummaryVersion.id))) == 0
    assert [r.id for r in sf.list_customers(db)] == [other.id]


def test_an_older_database_gains_the_archive_and_the_history(tmp_path):
    path = tmp_path / "old.sqlite3"
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        connection.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
    command.upgrade(migrations.alembic_config(engine), "0003")
    with engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO customers (id, name, industry, business_needs, support_level, "
            "support_in_scope, support_out_of_scope, window_days, window_start, window_end, "
            "timezone, knowledge_level, criticality, document_language, notes, revision) "
            "VALUES (1, 'Acme', '', '', 'standard', '', '', 127, 0, 1440, 'UTC', "
            "'novice', 'low', 'en', '', 1)"
        )
    engine.dispose()
    db = Database(path)
    try:
        assert [r.name for r in sf.list_customers(db)] == ["Acme"]
        file = sf.load_file(db, 1)
        file.industry = "Freight"
        sf.save_file(db, file, author="Ruth Klein")
        (entry,) = history.customer_history(db, 1)
        assert [(c.field, c.old, c.new) for c in entry.changes] == [("industry", "", "Freight")]
    finally:
        db.close()
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchall() == [
            (SCHEMA_HEAD,)
        ]


def test_an_imported_customer_starts_its_history_with_its_creation(db):
    from accountdesk.services.json_format import dumps, export_customers, import_document

    saved = sf.save_file(db, acme())
    document = dumps(export_customers(db, [saved.id]))
    sf.delete_customer(db, saved.id)
    (imported,) = import_document(db, document)
    (entry,) = history.customer_history(db, imported)
    assert (entry.action, entry.changed_by) == (ChangeAction.CREATED, getpass.getuser())
