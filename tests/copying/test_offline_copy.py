"""The offline copy of a team database: the customers opened recently, as they were last
opened or saved, readable and never writable."""

from __future__ import annotations

import datetime as dt

import pytest

from accountdesk.domain.errors import DatabaseError
from accountdesk.services.demo import create_demo
from accountdesk.services.service_files import customer_ids, load_file, save_file
from accountdesk.storage import offline_copy
from accountdesk.storage.database import Database
from tests.postgres import fresh_database


@pytest.fixture
def server():
    with fresh_database() as url:
        db = Database(url, create=True)
        create_demo(db, dt.date(2026, 11, 2))
        yield url, db
        db.close()


def test_the_copy_holds_the_last_opened_customers_as_they_were_saved(server):
    url, db = server
    ids = customer_ids(db)
    assert offline_copy.find(url) is None
    for customer_id in ids[:4]:
        offline_copy.refresh(db, url, customer_id, kept=3)
    changed = load_file(db, ids[2])
    changed.notes = "updated during the call"
    save_file(db, changed)
    offline_copy.refresh(db, url, ids[2], kept=3)

    kept = offline_copy.find(url)
    assert kept is not None
    names = [load_file(db, i).name for i in ids[:4]]
    assert kept.customers == (names[2], names[3], names[1])
    assert "accountdesk_test:" not in kept.server and "password" not in kept.path.name
    assert dt.datetime.now(dt.UTC) - kept.refreshed_at < dt.timedelta(minutes=1)
    copy = offline_copy.open_read_only(url)
    try:
        assert sorted(load_file(copy, i).name for i in customer_ids(copy)) == sorted(kept.customers)
        in_copy = next(i for i in customer_ids(copy) if load_file(copy, i).name == names[2])
        assert load_file(copy, in_copy).notes == "updated during the call"
        with pytest.raises(DatabaseError):
            save_file(copy, load_file(copy, in_copy))
    finally:
        copy.close()


def test_a_customer_renamed_on_the_server_replaces_its_old_self_in_the_copy(server):
    url, db = server
    customer_id = customer_ids(db)[0]  # the demo's customers have incident tickets
    offline_copy.refresh(db, url, customer_id)
    renamed = load_file(db, customer_id)
    old_name, renamed.name = renamed.name, f"{renamed.name} (renamed)"
    save_file(db, renamed)
    offline_copy.refresh(db, url, customer_id)
    kept = offline_copy.find(url)
    assert kept is not None and kept.customers == (renamed.name,)
    copy = offline_copy.open_read_only(url)
    try:
        assert [load_file(copy, i).name for i in customer_ids(copy)] == [renamed.name]
        assert old_name != renamed.name
    finally:
        copy.close()
