"""The index follows every change, in the same transaction as the change."""

import json

import pytest
from sqlalchemy import delete, select

from accountdesk.domain.service_file import ServiceFile, SystemData
from accountdesk.services import json_format
from accountdesk.services import service_files as sf
from accountdesk.services.search import search
from accountdesk.storage import search_index
from accountdesk.storage import tables as t


def found(db, query):
    return {(r.kind, r.title, r.customer_id) for r in search(db, query)}


def index_size(db) -> int:
    with db.session() as session:
        return session.connection().exec_driver_sql("SELECT count(*) FROM search_index").scalar()


def test_new_records_are_found_at_once(db, add):
    customer = add("Helios Energy", systems=[{"name": "Scada", "host": "scada01.helios.local"}])
    assert found(db, "helios") == {
        ("customer", "Helios Energy", customer),
        ("system", "Scada", customer),
    }


def test_a_rename_replaces_the_old_words(db, add):
    customer = add("Helios Energy")
    with db.transaction() as session:
        session.get(t.Customer, customer).name = "Selene Power"
    assert found(db, "helios") == set()
    assert found(db, "selene") == {("customer", "Selene Power", customer)}


def test_a_changed_host_and_phone_are_found_by_their_new_values(db, sample):
    with db.transaction() as session:
        system = session.scalars(select(t.System).where(t.System.name == "Exchange")).one()
        system.host = "mx02.corp.local"
        contact = session.scalars(select(t.Contact).where(t.Contact.name == "יוסי כהן")).one()
        contact.phone = "+97248887777"
    assert found(db, "db01") == set()
    assert [r.detail for r in search(db, "mx02")] == ["mx02.corp.local"]
    assert [r.title for r in search(db, "8887777")] == ["יוסי כהן"]
    assert search(db, "5551234") == []


def test_an_unrelated_change_leaves_the_index_alone(db, sample):
    with db.transaction() as session:
        session.get(t.Customer, sample["acme"]).notes = "VIP"
    assert ("customer", "אקמה בע״מ", sample["acme"]) in found(db, "אקמה")
    assert index_size(db) == 7


@pytest.mark.parametrize("how", ["foreign key", "relationship"])
def test_a_system_moved_to_another_customer_follows_it(db, sample, how):
    with db.transaction() as session:
        system = session.scalars(select(t.System).where(t.System.name == "Exchange")).one()
        if how == "foreign key":
            system.customer_id = sample["shalom"]
        else:
            new_owner = session.get(t.Customer, sample["shalom"])
            new_owner.systems.append(system)
    [result] = search(db, "db01")
    assert (result.customer_id, result.customer_name) == (sample["shalom"], "מרכז רפואי שלום")


def test_a_deleted_contact_is_gone(db, sample):
    with db.transaction() as session:
        contact = session.scalars(select(t.Contact).where(t.Contact.name == "יוסי כהן")).one()
        session.delete(contact)
    assert "יוסי כהן" not in {r.title for r in search(db, "1234")}
    assert search(db, "יוסי") == []


def test_deleting_a_customer_removes_what_the_database_cascades(db, sample):
    before = index_size(db)
    with db.transaction() as session:
        session.delete(session.get(t.Customer, sample["acme"]))  # children not loaded
    assert found(db, "db01") == set() and found(db, "5551234") == set()
    assert found(db, "אקמה") == set()
    assert index_size(db) == before - 3
    assert found(db, "پارس") != set()


def test_deleting_a_customer_through_the_service_layer(db, sample):
    sf.delete_customer(db, sample["pars"])
    assert found(db, "پارس") == found(db, "acc-srv02") == found(db, "علی") == set()


def test_a_system_removed_from_a_saved_file_is_gone(db):
    systems = [SystemData(name="Lims", host="lims.gamma"), SystemData(name="Wiki", host="kb.gamma")]
    file = sf.save_file(db, ServiceFile(name="Gamma Labs", systems=systems))
    assert {r.title for r in search(db, "gamma")} == {"Gamma Labs", "Lims", "Wiki"}
    file.systems = [s for s in file.systems if s.name != "Wiki"]  # deleted as an orphan
    sf.save_file(db, file)
    assert {r.title for r in search(db, "gamma")} == {"Gamma Labs", "Lims"}


def test_a_rolled_back_change_leaves_no_trace_in_the_index(db, sample):
    with pytest.raises(RuntimeError), db.transaction() as session:
        session.add(t.Customer(name="Phantom Corp"))
        session.get(t.Customer, sample["acme"]).name = "Renamed"
        session.flush()
        raise RuntimeError("the user's action failed half-way")
    assert found(db, "phantom") == set()
    assert found(db, "אקמה") != set()


def test_reindex_all_rebuilds_what_bypassed_the_orm(db, sample):
    with db.transaction() as session:
        session.execute(delete(t.Contact))  # a Core delete: no ORM events
    with db.transaction() as session:
        search_index.reindex_all(session)
    assert search(db, "יוסי") == []
    assert index_size(db) == 5
    assert {r.title for r in search(db, "db01")} == {"Exchange"}


def test_a_stale_index_row_is_skipped_not_shown(db, sample):
    with db.transaction() as session:
        session.execute(delete(t.Contact).where(t.Contact.name == "יוסי כהן"))
    assert search(db, "יוסי") == []


@pytest.mark.parametrize("backend", ["sqlite"])  # FTS5's own table and settings
def test_reindex_all_recreates_the_table_the_migration_made(db, sample):
    def definition():
        with db.session() as session:
            return (
                session.connection()
                .exec_driver_sql("SELECT sql FROM sqlite_master WHERE name = 'search_index'")
                .scalar()
            )

    made_by_migration = definition()
    with db.transaction() as session:
        search_index.reindex_all(session)
    assert definition() == made_by_migration
    assert index_size(db) == 7


@pytest.mark.parametrize("backend", ["sqlite"])  # FTS5's own table and settings
def test_a_bulk_import_is_found_in_every_form(db):
    """An import writes its systems in bulk, many rows to a statement: each is found as a
    system saved alone would be, and the index's own settings are left as they were."""
    systems = [{"name": f"srv-{i:04d}", "host": f"h{i}.galil.local"} for i in range(1234)]
    systems[10] = {"name": "שרת בנק הפועלים", "business_function": "גיבוי"}
    systems[700] = {"name": "پارس‌نت", "host": "scada01.galil.local"}
    document = {
        "format": json_format.FORMAT,
        "version": json_format.VERSION,
        "customers": [{"name": "Galil", "systems": systems}],
    }
    [customer] = json_format.import_document(db, json.dumps(document, ensure_ascii=False))
    assert found(db, "פועלים") == {("system", "שרת בנק הפועלים", customer)}
    assert found(db, "پارس نت") == found(db, "پارسنت") == {("system", "پارس‌نت", customer)}
    assert found(db, "scada01") == {("system", "پارس‌نت", customer)}
    assert found(db, "srv-1233") == {("system", "srv-1233", customer)}
    assert found(db, "h777.galil") == {("system", "srv-0777", customer)}
    assert index_size(db) == 1 + 1234
    with db.session() as session:
        settings = session.connection().exec_driver_sql("SELECT k, v FROM search_index_config")
        assert dict(settings.all()).get("automerge", 4) == 4
