"""Who waits for whom on a team database: while a colleague's save of one customer is
under way, a save of another customer goes through at once; a save of the same customer
waits for it and is then refused as second (nothing lost); an action that may touch
anything waits; and two saves naming the same new person make one staff record."""

from __future__ import annotations

import dataclasses
import threading
import time

import pytest
from sqlalchemy import func, select

from accountdesk.domain.errors import ConflictError
from accountdesk.domain.rules import clean_service_file
from accountdesk.domain.service_file import ServiceFile
from accountdesk.services import service_files as sf
from accountdesk.storage import tables as t
from accountdesk.storage.database import Database
from tests.postgres import fresh_database

WAITED_S = 0.5  # long enough to tell waiting from going through


@pytest.fixture
def db():
    with fresh_database() as url:
        made = Database(url, create=True)
        yield made
        made.close()


class Attempt(threading.Thread):
    """A user action in a thread of its own (another person's AccountDesk)."""

    def __init__(self, action) -> None:
        super().__init__(daemon=True)
        self.action = action
        self.result: object = None
        self.error: BaseException | None = None
        self.start()

    def run(self) -> None:
        try:
            self.result = self.action()
        except BaseException as exc:  # reported by the test
            self.error = exc

    def finished_within(self, seconds: float) -> bool:
        self.join(seconds)
        return not self.is_alive()


def _under_way(db: Database, file: ServiceFile):
    """A save of `file` begun and not yet committed: its transaction, its rows written."""
    transaction = db.transaction([file.id] if file.id is not None else [])
    session = transaction.__enter__()
    sf._save_in(session, clean_service_file(file), "")
    session.flush()
    return transaction


def _whole_database_action(db: Database) -> None:
    """An action that may change anything (an import of many, a copy)."""
    with db.transaction() as session:
        session.execute(select(func.count(t.Customer.id)))


def test_a_save_of_another_customer_does_not_wait_and_one_of_the_same_does(db):
    mine = sf.save_file(db, ServiceFile(name="Mine", notes="0"))
    theirs = sf.save_file(db, ServiceFile(name="Theirs", notes="0"))
    other = Database(db.url)  # a colleague
    try:
        saving = _under_way(db, dataclasses.replace(mine, notes="1"))
        try:
            started = time.perf_counter()
            another = Attempt(lambda: sf.save_file(other, dataclasses.replace(theirs, notes="1")))
            assert another.finished_within(5) and another.error is None
            assert time.perf_counter() - started < WAITED_S * 4
            same = Attempt(lambda: sf.save_file(other, dataclasses.replace(mine, notes="2")))
            everything = Attempt(lambda: _whole_database_action(other))
            assert not same.finished_within(WAITED_S)  # waits for the save under way
            assert not everything.finished_within(WAITED_S)
        finally:
            saving.__exit__(None, None, None)
        assert same.finished_within(5) and everything.finished_within(5)
        assert isinstance(same.error, ConflictError)  # came second: refused, not lost
        assert everything.error is None
        assert sf.load_file(db, mine.id).notes == "1"
        assert sf.load_file(db, theirs.id).notes == "1"
    finally:
        other.close()


def test_an_action_that_may_touch_anything_makes_saves_wait(db):
    mine = sf.save_file(db, ServiceFile(name="Mine", notes="0"))
    other = Database(db.url)
    try:
        with db.transaction() as session:  # an action that may change anything
            session.execute(select(func.count(t.Customer.id)))
            save = Attempt(lambda: sf.save_file(other, dataclasses.replace(mine, notes="1")))
            assert not save.finished_within(WAITED_S)
        assert save.finished_within(5) and save.error is None
    finally:
        other.close()


def test_two_saves_naming_the_same_new_person_make_one_staff_record(db):
    first = sf.save_file(db, ServiceFile(name="First"))
    second = sf.save_file(db, ServiceFile(name="Second"))
    other = Database(db.url)
    try:
        saving = _under_way(db, dataclasses.replace(first, supporter="Noa Peretz"))
        try:
            naming = Attempt(
                lambda: sf.save_file(other, dataclasses.replace(second, supporter="Noa Peretz"))
            )
            assert not naming.finished_within(WAITED_S)  # the person is being made
        finally:
            saving.__exit__(None, None, None)
        assert naming.finished_within(5) and naming.error is None
    finally:
        other.close()
    with db.session() as session:
        made = session.scalar(
            select(func.count(t.StaffMember.id)).where(t.StaffMember.name == "Noa Peretz")
        )
    assert made == 1
    assert sf.load_file(db, first.id).supporter == "Noa Peretz"
    assert sf.load_file(db, second.id).supporter == "Noa Peretz"
