"""Every committed change of a customer on the team database is announced, with who did
it, and the listener hears it; a local file announces nothing."""

from __future__ import annotations

import queue
import time

import psycopg
import pytest

from accountdesk.domain.service_file import ServiceFile, SystemData
from accountdesk.services import service_files as sf
from accountdesk.storage.database import Database
from accountdesk.storage.notifications import RESUMED, CustomerChange, parse
from tests.postgres import fresh_database

WAIT_S = 5


@pytest.fixture
def url():
    with fresh_database() as made:
        Database(made, create=True).close()
        yield made


@pytest.fixture
def db(url):
    database = Database(url)
    yield database
    database.close()


@pytest.fixture
def heard(db):
    """The changes the listener hands over, in order."""
    changes: queue.Queue[CustomerChange] = queue.Queue()
    listener = db.listen(changes.put)
    assert listener is not None and listener.wait_listening(WAIT_S)
    yield changes
    listener.stop()


def _next(changes: queue.Queue[CustomerChange]) -> CustomerChange:
    return changes.get(timeout=WAIT_S)


def test_a_save_is_heard_with_its_revision_and_who_saved_it(db, heard):
    created = sf.save_file(db, ServiceFile(name="Acme"))
    assert _next(heard) == CustomerChange(created.id, created.revision, "accountdesk_test", "saved")
    created.systems.append(SystemData(name="ERP"))
    saved = sf.save_file(db, created)
    # One notice per save (its row is written more than once), of the revision it made.
    assert _next(heard) == CustomerChange(created.id, saved.revision, "accountdesk_test", "saved")
    with pytest.raises(queue.Empty):
        heard.get(timeout=1)


def test_archiving_and_deleting_are_heard(db, heard):
    created = sf.save_file(db, ServiceFile(name="Acme"))
    _next(heard)
    sf.set_archived(db, created.id, True)
    assert _next(heard).revision == sf.load_file(db, created.id).revision
    sf.delete_customer(db, created.id)
    gone = _next(heard)
    assert gone.deleted and gone.revision is None and gone.customer_id == created.id


def test_another_program_changing_a_customer_is_heard_too(db, url, heard):
    created = sf.save_file(db, ServiceFile(name="Acme"))
    _next(heard)
    with psycopg.connect(url, autocommit=True) as other:
        other.execute("UPDATE customers SET industry = 'Retail', revision = revision + 1")
        other.execute("UPDATE customers SET notes = 'no new revision: nothing to tell'")
    revision = created.revision + 1
    assert _next(heard) == CustomerChange(created.id, revision, "accountdesk_test", "saved")
    with pytest.raises(queue.Empty):
        heard.get(timeout=1)


def test_a_change_rolled_back_is_never_heard(db, url, heard):
    sf.save_file(db, ServiceFile(name="Acme"))
    _next(heard)
    with psycopg.connect(url) as other:
        other.execute("UPDATE customers SET revision = revision + 1")
        other.rollback()
    with pytest.raises(queue.Empty):
        heard.get(timeout=1)


def test_the_listener_connects_again_after_losing_the_server(db, url, heard):
    with psycopg.connect(url, autocommit=True) as admin:
        cut = admin.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE datname = current_database() AND query LIKE 'LISTEN%'"
        ).fetchall()
    assert cut == [(True,)]
    assert _next(heard) is RESUMED  # heard again: whatever is shown is read afresh
    created = sf.save_file(db, ServiceFile(name="Acme"))
    assert _next(heard).customer_id == created.id


def test_a_save_is_heard_within_two_seconds(db, heard):
    started = time.perf_counter()
    sf.save_file(db, ServiceFile(name="Acme"))
    _next(heard)
    assert time.perf_counter() - started < 2.0


def test_a_local_file_tells_of_no_changes(tmp_path):
    database = Database(tmp_path / "local.sqlite3", create=True)
    try:
        assert database.listen(lambda change: None) is None
    finally:
        database.close()


@pytest.mark.parametrize("payload", ["", "{}", '{"id": "x", "action": "saved"}', "[1]"])
def test_a_notice_not_understood_is_left_alone(payload):
    assert parse(payload) is None
