import datetime as dt

import pytest
from sqlalchemy import func, select

from accountdesk.domain.enums import Severity, Side, Topic
from accountdesk.domain.errors import ConflictError, NotFoundError, ValidationError
from accountdesk.domain.service_file import (
    ContactData,
    EscalationLevelData,
    EscalationPathData,
    ExpectationData,
    RiskData,
    ServiceFile,
    SystemData,
)
from accountdesk.services import service_files as sf
from accountdesk.storage import tables as t
from accountdesk.storage.database import Database


@pytest.fixture
def db(tmp_path):
    database = Database(tmp_path / "test.sqlite3", create=True)
    yield database
    database.close()


def sample_file() -> ServiceFile:
    yossi = ContactData(name="יוסי כהן", phone="03-555-1234", email="yossi@acme.co.il")
    return ServiceFile(
        name="אקמה בע״מ",
        supporter="דנה לוי",
        backup_supporter="Omid Rahimi",
        next_review=dt.date(2026, 1, 1),
        contacts=[yossi],
        systems=[SystemData(name="Exchange", host="mail01.acme.local", owner_key=yossi.key)],
        escalation_paths=[
            EscalationPathData(
                severity=Severity.CRITICAL,
                levels=[
                    EscalationLevelData(staff_name="דנה לוי"),
                    EscalationLevelData(after_minutes=30, contact_key=yossi.key),
                ],
            )
        ],
        expectations=[
            ExpectationData(
                customer_words="שהמייל לא ייפול",
                topic=Topic.AVAILABILITY,
                failures_per_year=4,
                hours_per_failure=4,
                risks=[RiskData(cause="הפסקת חשמל", recovery_minutes=120)],
            )
        ],
    )


def count(db, table) -> int:
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(table))


def test_a_saved_file_loads_back_the_same(db):
    saved = sf.save_file(db, sample_file())
    again = sf.load_file(db, saved.id)
    assert again == saved
    assert saved.contacts[0].phone == "+97235551234"
    assert saved.systems[0].owner_key == saved.contacts[0].key
    assert saved.escalation_paths[0].levels[1].contact_key == saved.contacts[0].key
    assert [s.name for s in sf.list_staff(db)] == ["Omid Rahimi", "דנה לוי"]


def test_a_second_save_from_a_stale_copy_is_a_conflict(db):
    mine = sf.save_file(db, sample_file())
    theirs = sf.load_file(db, mine.id)
    theirs.industry = "בריאות"
    sf.save_file(db, theirs)
    mine.industry = "ביטוח"
    with pytest.raises(ConflictError):
        sf.save_file(db, mine)
    assert sf.load_file(db, mine.id).industry == "בריאות"


def test_an_invalid_file_saves_nothing(db):
    saved = sf.save_file(db, sample_file())
    saved.systems.append(SystemData(name="Printer"))
    saved.contacts[0].email = "not-an-address"
    with pytest.raises(ValidationError):
        sf.save_file(db, saved)
    assert count(db, t.System) == 1
    assert sf.load_file(db, saved.id).contacts[0].email == "yossi@acme.co.il"


def test_a_failure_half_way_rolls_back_everything(db, monkeypatch):
    saved = sf.save_file(db, sample_file())
    saved.systems.append(SystemData(name="Printer"))
    saved.industry = "changed"

    def explode(*_args):
        raise RuntimeError("disk pulled out")

    monkeypatch.setattr("accountdesk.services.service_files.apply_service_file", explode)
    with pytest.raises(RuntimeError):
        sf.save_file(db, saved)
    assert count(db, t.System) == 1
    assert sf.load_file(db, saved.id).industry == ""


def test_duplicate_customer_names_are_refused(db):
    sf.save_file(db, sample_file())
    with pytest.raises(ValidationError) as caught:
        sf.save_file(db, sample_file())
    assert caught.value.problems[0].field == "name"


def test_children_are_updated_in_place_and_removed(db):
    saved = sf.save_file(db, sample_file())
    system_id = saved.systems[0].id
    saved.systems[0].version = "2019 CU14"
    saved.expectations[0].risks.clear()
    saved = sf.save_file(db, saved)
    assert saved.systems[0].id == system_id
    assert count(db, t.Risk) == 0


def test_escalation_levels_can_be_reordered(db):
    saved = sf.save_file(db, sample_file())
    levels = saved.escalation_paths[0].levels
    levels.reverse()
    saved = sf.save_file(db, saved)
    assert [lv.after_minutes for lv in saved.escalation_paths[0].levels] == [30, 0]
    assert saved.escalation_paths[0].side == Side.PROVIDER


def test_deleting_a_customer_removes_its_whole_file(db):
    saved = sf.save_file(db, sample_file())
    sf.delete_customer(db, saved.id, saved.revision)
    for table in (t.System, t.Contact, t.EscalationLevel, t.Expectation, t.Risk):
        assert count(db, table) == 0
    with pytest.raises(NotFoundError):
        sf.load_file(db, saved.id)


def test_list_filters(db):
    sf.save_file(db, sample_file())
    other = ServiceFile(name="Contoso", supporter="Someone", next_review=dt.date(2999, 1, 1))
    sf.save_file(db, other)
    today = dt.date(2026, 6, 1)
    overdue = sf.list_customers(db, sf.CustomerFilter(review_overdue=True, today=today))
    assert [r.name for r in overdue] == ["אקמה בע״מ"]
    mine = sf.list_customers(db, sf.CustomerFilter(supporter="Omid Rahimi"))
    assert [r.name for r in mine] == ["אקמה בע״מ"]  # as the backup supporter
    unsigned = sf.list_customers(db, sf.CustomerFilter(no_signed_summary=True))
    assert len(unsigned) == 2
    by_supporter = sf.customer_ids(db, sort=sf.SortKey.SUPPORTER)
    assert len(by_supporter) == 2


def test_find_customer_by_id_or_exact_name(db):
    saved = sf.save_file(db, sample_file())
    assert sf.find_customer_id(db, str(saved.id)) == saved.id
    assert sf.find_customer_id(db, "אקמה בע״מ") == saved.id
    with pytest.raises(NotFoundError):
        sf.find_customer_id(db, "אקמה")


def test_a_save_without_a_revision_never_overwrites_a_newer_save(db):
    from accountdesk.domain.errors import MissingRevisionError

    mine = sf.save_file(db, sample_file())
    theirs = sf.load_file(db, mine.id)
    theirs.industry = "בריאות"
    sf.save_file(db, theirs)
    mine.industry, mine.revision = "ביטוח", None
    with pytest.raises(ConflictError) as raised:
        sf.save_file(db, mine)
    assert isinstance(raised.value, MissingRevisionError)
    assert str(raised.value) == (
        f"customer {mine.id} cannot be saved without the revision it was read at; nothing was saved"
    )
    assert sf.load_file(db, mine.id).industry == "בריאות"


def test_a_save_without_a_revision_is_refused_even_when_nobody_saved_since(db):
    saved = sf.save_file(db, sample_file())
    saved.revision = None
    saved.systems.append(SystemData(name="Printer"))
    with pytest.raises(ConflictError):
        sf.save_file(db, saved)
    assert [s.name for s in sf.load_file(db, saved.id).systems] == ["Exchange"]


def test_a_new_customer_needs_no_revision_and_each_save_moves_it_on(db):
    first = sf.save_file(db, sample_file())
    assert first.revision is not None
    first.industry = "בריאות"
    second = sf.save_file(db, first)
    assert second.revision is not None and second.revision > first.revision
    with pytest.raises(ConflictError):
        sf.save_file(db, first)  # the revision it carries is no longer the stored one


def test_the_storage_refuses_a_missing_revision_whatever_calls_it(db):
    from accountdesk.domain.errors import MissingRevisionError
    from accountdesk.storage.file_mapping import apply_service_file, load_customer

    saved = sf.save_file(db, sample_file())
    saved.revision = None
    with pytest.raises(MissingRevisionError), db.transaction() as session:
        apply_service_file(session, load_customer(session, saved.id), saved)
    assert sf.load_file(db, saved.id).revision is not None
