"""The read-only reader: the same service file as the ORM, from our files at the current
schema only; every other file is left to `Database`, untouched."""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import shutil
import sqlite3
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy.orm import class_mapper

from accountdesk.domain.enums import FeedbackChannel, FeedbackScale, MeetingKind
from accountdesk.domain.errors import NotFoundError
from accountdesk.domain.service_file import (
    FeedbackData,
    MeetingData,
    ServiceFile,
    ServiceReportData,
)
from accountdesk.domain.voice import figures
from accountdesk.services import customer_list
from accountdesk.services import service_files as sf
from accountdesk.services.demo import create_demo
from accountdesk.services.summaries import _staff_refs, staff_directory
from accountdesk.storage import plain_reader, read_only, tables
from accountdesk.storage.base import Base, EnumText
from accountdesk.storage.database import Database

HERE = Path(__file__).resolve().parent
for folder in (HERE, HERE.parent / "services"):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

from test_json_round_trip_property import emptied, service_files  # noqa: E402
from test_migrations import make_first_revision_database  # noqa: E402

DEMO_DAY = dt.date(2025, 3, 16)
# Tables no service file is made of: the reader does not read them. Incidents and the
# names helpdesks give a customer belong to the period's figures, read on their own.
NOT_IN_A_FILE = {
    "summary_versions",
    "signatories",
    "change_history",
    "incidents",
    "customer_aliases",
}


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("read-only") / "demo.sqlite3"
    database = Database(path, create=True)
    create_demo(database, DEMO_DAY)
    database.close()
    return path


@pytest.fixture
def demo(tmp_path, demo_template):
    path = tmp_path / "demo.sqlite3"
    shutil.copy(demo_template, path)
    database = Database(path)
    yield database
    database.close()


def read(db: Database, customer: int | str) -> read_only.StoredFile:
    return read_only.read_service_file(db.path, str(customer))


# -- the same file as the ORM -----------------------------------------------------------------


def test_every_demo_customer_reads_as_the_orm_reads_it(demo):
    ids = sf.customer_ids(demo)
    assert len(ids) >= 12
    for customer_id in ids:
        stored = read(demo, customer_id)
        file = sf.load_file(demo, customer_id)
        assert stored.file == file, file.name
        assert read(demo, file.name).file == file


def test_the_portfolios_feedback_is_the_services_archived_customers_left_out(demo):
    from accountdesk.domain.achievement import Period
    from accountdesk.services.feedback_trends import portfolio_period

    ids = sf.customer_ids(demo)
    day = dt.date(2031, 2, 3)
    for customer_id, score in zip(ids[:3], (10, 3, 9), strict=True):
        file = sf.load_file(demo, customer_id)
        file.feedback.append(FeedbackData(received_on=day, scale=FeedbackScale.NPS, score=score))
        sf.save_file(demo, file)
    sf.set_archived(demo, ids[1], True)  # its detractor is not counted
    period = Period(dt.date(2031, 1, 1), dt.date(2031, 3, 31))
    found = read_only.read_period(demo.path, str(ids[0]), period).portfolio
    assert sorted(v.score or 0 for v in found) == [9, 10]
    assert figures(period.start, found) == portfolio_period(demo, period.start, period.end)


def test_the_staff_list_is_the_services_and_so_is_the_summarys_directory(demo):
    stored = read(demo, sf.customer_ids(demo)[0])
    people = [(s.id, s.name, s.role, s.email, s.phone) for s in stored.staff]
    assert people == [(s.id, s.name, s.role, s.email, s.phone) for s in sf.list_staff(demo)]
    assert _staff_refs(stored.staff, stored.file) == staff_directory(demo, stored.file)
    assert _staff_refs(stored.staff, stored.file), "the demo names staff with details"


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(files=st.lists(service_files(), min_size=1, max_size=2, unique_by=lambda f: f.name.strip()))
def test_any_service_file_reads_as_the_orm_reads_it(tmp_path, files):
    db = Database(tmp_path / "any.sqlite3", create=True)
    try:
        emptied(db)
        for file in files:
            saved = sf.save_file(db, file)
            stored = read(db, saved.id)
            assert stored.file == saved == sf.load_file(db, saved.id)
            assert _staff_refs(stored.staff, saved) == staff_directory(db, saved)
    finally:
        db.close()


def test_rows_that_sort_alike_keep_the_orms_order(demo):
    day = dt.date(2024, 5, 1)
    file = sf.load_file(demo, sf.customer_ids(demo)[0])
    file.meetings += [MeetingData(held_on=day, kind=kind, notes=kind.value) for kind in MeetingKind]
    file.feedback += [
        FeedbackData(received_on=day, channel=c, customer_words=c.value) for c in FeedbackChannel
    ]
    file.reports += [
        ServiceReportData(period_start=day, period_end=day, improvement_plan=str(i))
        for i in range(3)
    ]
    saved = sf.save_file(demo, file)
    assert read(demo, saved.id).file == sf.load_file(demo, saved.id)


@pytest.mark.parametrize("text", ["1", " 2 ", "0", "999", "0999", "no one", "", "٣"])
def test_a_customer_is_found_by_id_or_exact_name_as_the_service_finds_it(demo, text):
    sf.save_file(demo, ServiceFile(name="999"))  # a name of digits, not an id

    def outcome(find):
        try:
            return find()
        except NotFoundError as exc:
            return str(exc)

    expected = outcome(lambda: sf.find_customer_id(demo, text))
    assert outcome(lambda: read(demo, text).file.id) == expected


# -- in step with the tables ------------------------------------------------------------------


def test_every_table_of_a_file_is_read_and_the_rest_are_named():
    read_tables = {t.name for t in (read_only.STAFF, *read_only.FILE_TABLES)}
    assert read_tables | NOT_IN_A_FILE == set(Base.metadata.tables)
    assert not read_tables & NOT_IN_A_FILE


@pytest.mark.parametrize("table", [read_only.STAFF, *read_only.FILE_TABLES], ids=lambda t: t.name)
def test_each_column_is_read_as_the_orm_reads_it_or_named_as_not_needed(table):
    """A column added to `tables` fails here until the reader reads it (or says it need not)."""
    columns = Base.metadata.tables[table.name].columns
    assert set(table.columns) | set(table.unread) == set(columns.keys())
    assert not set(table.columns) & set(table.unread)
    for name, kind in table.columns.items():
        column_type = columns[name].type
        expected = (
            column_type.enum if isinstance(column_type, EnumText) else column_type.python_type
        )
        assert kind is expected, f"{table.name}.{name}"


def test_the_relationships_followed_are_the_orms_and_so_are_their_orders():
    by_table = {mapper.local_table.name: mapper for mapper in Base.registry.mappers}
    tables_by_name = {t.name: t for t in read_only.FILE_TABLES}
    lists = [
        ("customers", attribute, table, "customer_id")
        for attribute, table in read_only.CUSTOMER_LISTS.items()
    ]
    for parent, attribute, child, key in [*lists, *read_only.CHILD_LISTS]:
        relationship = by_table[parent].relationships[attribute]
        assert relationship.mapper.local_table.name == child
        assert [c.name for c in relationship.remote_side] == [key]
        order = [c.name for c in relationship.order_by or ()]
        assert tables_by_name[child].order.split(", ")[: len(order)] == order, (parent, attribute)
    for table, attribute, key in read_only.STAFF_REFERENCES:
        relationship = by_table[table].relationships[attribute]
        assert relationship.mapper is class_mapper(tables.StaffMember)
        assert [c.name for c in relationship.local_columns] == [key]


# Relationships the reader leaves alone: `file_rows` reads these rows' ids instead.
NOT_FOLLOWED = {
    ("customers", "summaries"),
    ("systems", "owner"),
    ("escalation_levels", "contact"),
    ("report_results", "expectation"),
}


def test_every_relationship_of_a_file_is_followed():
    """A new list on a customer (or on its rows) fails here until the reader fills it."""
    followed = {("customers", a) for a in read_only.CUSTOMER_LISTS}
    followed |= {(parent, attribute) for parent, attribute, _, _ in read_only.CHILD_LISTS}
    followed |= {(table, attribute) for table, attribute, _ in read_only.STAFF_REFERENCES}
    file_tables = {t.name for t in read_only.FILE_TABLES}
    for mapper in Base.registry.mappers:
        table = mapper.local_table.name
        for relationship in mapper.relationships:
            to_parent = relationship.direction.name == "MANYTOONE" and relationship.back_populates
            if table in file_tables and not to_parent:
                assert (table, relationship.key) in followed | NOT_FOLLOWED, (
                    table,
                    relationship.key,
                )


# -- everything else is left to Database ------------------------------------------------------


def _foreign(folder: Path) -> Path:
    path = folder / "other.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE notes (text TEXT)")
    connection.close()
    return path


def _stamped(revision: str):
    def make(folder: Path, template: Path) -> Path:
        path = folder / f"at-{revision}.sqlite3"
        shutil.copy(template, path)
        connection = sqlite3.connect(path)
        with connection:
            connection.execute("UPDATE alembic_version SET version_num = ?", (revision,))
        connection.close()
        return path

    return make


def _first_revision(folder: Path, _template: Path) -> Path:
    path = folder / "first.sqlite3"
    make_first_revision_database(path)
    return path


def _file_of(data: bytes):
    def make(folder: Path, _template: Path) -> Path:
        path = folder / "file.sqlite3"
        path.write_bytes(data)
        return path

    return make


DECLINED = {
    "missing": lambda folder, _: folder / "none.sqlite3",
    "a folder": lambda folder, _: folder,
    "empty": _file_of(b""),
    "not SQLite": _file_of(b"not a database\n" * 99),
    "another program's": lambda folder, _: _foreign(folder),
    "the first schema": _first_revision,
    "stamped older": _stamped("0002"),
    "stamped newer": _stamped("9999"),
}


def _state(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.is_file()
    }


@pytest.mark.parametrize("case", DECLINED)
def test_other_files_are_declined_and_left_as_they_were(tmp_path, demo_template, case):
    folder = tmp_path / "case"
    folder.mkdir()
    path = DECLINED[case](folder, demo_template)
    before = _state(folder)
    with pytest.raises(read_only.NotServed):
        read_only.read_service_file(path, "1")
    assert _state(folder) == before


def test_a_locked_file_is_declined_at_once(demo):
    demo.close()
    connection = sqlite3.connect(demo.path, isolation_level=None)
    connection.execute("PRAGMA journal_mode = DELETE")
    connection.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(read_only.NotServed, match="locked"):
            read_only.read_service_file(demo.path, "1")
    finally:
        connection.execute("ROLLBACK")
        connection.close()


def test_reading_changes_nothing_and_leaves_no_files(demo):
    demo.close()  # a closed database: the file alone, no -wal or -shm beside it
    folder = demo.path.parent
    before = _state(folder)
    assert read_only.read_service_file(demo.path, "1").file.id == 1
    assert _state(folder) == before


@pytest.mark.parametrize("name", ["a?b.sqlite3", "#1 %20 file.sqlite3", "پرونده ها.sqlite3"])
def test_any_file_name_is_served(tmp_path, demo_template, name):
    folder = tmp_path / "odd ?#% folder"
    folder.mkdir()
    path = folder / name
    shutil.copy(demo_template, path)
    assert read_only.read_service_file(path, "1").file.id == 1
    assert read_only.read_service_file(str(path), "1").file.id == 1


# -- the customer list the first window shows ---------------------------------------------------


@pytest.fixture
def varied(demo):
    """The demo with what the list's filters and sorting tell apart: an archived customer,
    one without a supporter, one without a review date, two of the same industry."""
    ids = sf.customer_ids(demo)
    sf.set_archived(demo, ids[0], True)
    connection = sqlite3.connect(demo.path)
    with connection:
        connection.execute("UPDATE customers SET supporter_id = NULL WHERE id = ?", (ids[1],))
        connection.execute("UPDATE customers SET next_review = NULL WHERE id = ?", (ids[2],))
        industry = connection.execute("SELECT industry FROM customers WHERE id = ?", (ids[3],))
        connection.execute(
            "UPDATE customers SET industry = ? WHERE id = ?", (industry.fetchone()[0], ids[4])
        )
    connection.close()
    return demo


def test_the_customer_list_reads_as_the_orm_reads_it(varied):
    reader = plain_reader.ListReader(varied.path)
    supporters = ["", "nobody", *(s.name for s in sf.list_staff(varied))]
    assert [vars(s) for s in reader.staff()] == [vars(s) for s in sf.list_staff(varied)]
    for supporter, overdue, unsigned, archived, sort, descending in itertools.product(
        supporters,
        (False, True),
        (False, True),
        customer_list.Archived,
        customer_list.SortKey,
        (False, True),
    ):
        filters = customer_list.CustomerFilter(supporter, overdue, unsigned, DEMO_DAY, archived)
        expected = sf.customer_ids(varied, filters, sort, descending)
        assert customer_list.customer_ids(reader, filters, sort, descending) == expected, filters
    everyone = customer_list.CustomerFilter(archived=customer_list.Archived.INCLUDE)
    ids = sf.customer_ids(varied, everyone)
    assert len(ids) > 5
    assert customer_list.customer_rows(reader, ids, DEMO_DAY) == sf.customer_rows(
        varied, ids, DEMO_DAY
    )
    assert customer_list.customer_rows(reader, ids[::-2], DEMO_DAY) == sf.customer_rows(
        varied, ids[::-2], DEMO_DAY
    )


def test_a_list_read_that_is_refused_goes_to_the_database(demo):
    reader = plain_reader.ListReader(demo.path)
    reader.database = lambda: demo
    _stamped_as(demo.path, "9999")  # changed after the reader was made
    with pytest.raises(read_only.NotServed):
        reader.customer_ids()
    assert customer_list.customer_ids(reader) == sf.customer_ids(demo)
    assert customer_list.list_staff(reader) == sf.list_staff(demo)


def _stamped_as(path: Path, revision: str) -> None:
    connection = sqlite3.connect(path)
    with connection:
        connection.execute("UPDATE alembic_version SET version_num = ?", (revision,))
    connection.close()


@pytest.mark.parametrize("case", DECLINED)
def test_the_list_of_other_files_is_not_read(tmp_path, demo_template, case):
    folder = tmp_path / "case"
    folder.mkdir()
    path = DECLINED[case](folder, demo_template)
    before = _state(folder)
    with pytest.raises(read_only.NotServed):
        plain_reader.ListReader(path)
    assert customer_list.list_reader(path) is None
    assert _state(folder) == before
