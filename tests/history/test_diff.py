"""What a save changed, field by field: the diff between two versions of a file, and
putting an earlier value back."""

from __future__ import annotations

import copy
import datetime as dt

import pytest

from accountdesk.domain.enums import Channel, Likelihood, MeetingKind, Severity, Side, SystemKind
from accountdesk.domain.history import (
    Change,
    PutBackError,
    Step,
    changes_from_json,
    changes_to_json,
    diff_files,
    put_back,
)
from accountdesk.domain.service_file import (
    ActionItemData,
    ContactData,
    EscalationLevelData,
    EscalationPathData,
    ExpectationData,
    MeetingData,
    RiskData,
    ServiceFile,
    SystemData,
)
from accountdesk.domain.service_window import SUN_TO_THU, ServiceWindow


def stored() -> ServiceFile:
    """A file as loaded from the database: every record has its id."""
    dana = ContactData(name="Dana Levi", phone="+97235551234", id=1, key="contact-1")
    omid = ContactData(name="Omid Rahimi", phone="+982188887777", id=2, key="contact-2")
    return ServiceFile(
        id=7,
        revision=3,
        name="Acme",
        window=ServiceWindow(SUN_TO_THU, 8 * 60, 18 * 60, "Asia/Jerusalem"),
        contacts=[dana, omid],
        systems=[SystemData(name="Exchange", owner_key="contact-1", id=10)],
        escalation_paths=[
            EscalationPathData(
                severity=Severity.CRITICAL,
                side=Side.PROVIDER,
                id=20,
                levels=[
                    EscalationLevelData(staff_name="Ruth Klein", id=21),
                    EscalationLevelData(after_minutes=30, contact_key="contact-1", id=22),
                ],
            )
        ],
        expectations=[
            ExpectationData(
                customer_words="Mail must not go down",
                id=30,
                risks=[RiskData(cause="Disk failure", id=31)],
            )
        ],
        meetings=[
            MeetingData(
                held_on=dt.date(2026, 1, 5),
                kind=MeetingKind.KICKOFF,
                id=40,
                action_items=[ActionItemData(text="Send the contact list", id=41)],
            )
        ],
    )


def test_an_unchanged_file_has_no_changes():
    assert diff_files(stored(), stored()) == []


def test_a_field_of_the_customer_and_of_the_service_window():
    after = stored()
    after.industry = "Logistics"
    after.window = ServiceWindow(SUN_TO_THU, 9 * 60, 18 * 60, "Asia/Jerusalem")
    assert diff_files(stored(), after) == [
        Change((), "window_start", 480, 540),
        Change((), "industry", "", "Logistics"),
    ]


def test_a_contacts_phone_names_the_contact_and_keeps_both_values():
    after = stored()
    after.contacts[0].phone = "+97239998888"
    (change,) = diff_files(stored(), after)
    assert change.where == (Step("contacts", 1, ("Dana Levi",)),)
    assert (change.field, change.old, change.new) == ("phone", "+97235551234", "+97239998888")
    assert change.kind == "changed"


def test_records_added_and_removed_in_lists_carry_the_whole_record():
    after = stored()
    removed = after.contacts.pop(1)
    after.systems.append(SystemData(name="ERP", kind=SystemKind.APPLICATION, id=11))
    changes = diff_files(stored(), after)
    kinds = {(c.where[-1].section, c.where[-1].label, c.kind) for c in changes}
    assert kinds == {("contacts", ("Omid Rahimi",), "removed"), ("systems", ("ERP",), "added")}
    gone = next(c for c in changes if c.kind == "removed")
    assert gone.old["name"] == removed.name and gone.old["phone"] == removed.phone
    assert gone.new is None
    added = next(c for c in changes if c.kind == "added")
    assert added.new["kind"] == "application" and added.old is None


def test_nested_lists_levels_risks_and_action_items():
    after = stored()
    after.escalation_paths[0].levels[1].channel = Channel.MOBILE
    after.expectations[0].risks[0].likelihood = Likelihood.HIGH
    after.expectations[0].risks.append(RiskData(cause="Power cut", id=32))
    after.meetings[0].action_items[0].done = True
    changes = diff_files(stored(), after)
    paths = [(tuple(s.section for s in c.where), c.field, c.old, c.new) for c in changes]
    assert (("escalation_paths", "levels"), "channel", "phone", "mobile") in paths
    assert (("expectations", "risks"), "likelihood", "medium", "high") in paths
    assert (("meetings", "action_items"), "done", False, True) in paths
    risk_added = next(c for c in changes if c.kind == "added")
    assert risk_added.where[0] == Step("expectations", 30, ("Mail must not go down",))
    level = next(c for c in changes if c.field == "channel")
    assert level.where[0].label == ("critical", "provider") and level.where[1].label == ("2",)


def test_references_are_kept_as_the_contacts_name():
    after = stored()
    after.systems[0].owner_key = "contact-2"
    after.escalation_paths[0].levels[1].contact_key = None
    changes = diff_files(stored(), after)
    assert [(c.field, c.old, c.new) for c in changes] == [
        ("owner", "Dana Levi", "Omid Rahimi"),
        ("contact", "Dana Levi", None),
    ]


def test_renaming_a_contact_is_one_change_and_its_references_follow_it():
    after = stored()
    after.contacts[0].name = "Dana Cohen"
    changes = diff_files(stored(), after)
    fields = [(c.where[-1].section if c.where else "", c.field) for c in changes]
    assert ("contacts", "name") in fields
    # The system's owner is the same contact; its name is what changed.
    assert ("systems", "owner") in fields


def test_changes_survive_the_round_trip_through_json():
    after = stored()
    after.contacts.pop(0)
    after.meetings[0].held_on = dt.date(2026, 2, 1)
    changes = diff_files(stored(), after)
    assert changes_from_json(changes_to_json(changes)) == changes


def test_put_back_an_earlier_phone():
    after = stored()
    after.contacts[0].phone = "+97239998888"
    (change,) = diff_files(stored(), after)
    restored = put_back(after, change)
    assert restored.contacts[0].phone == "+97235551234"
    assert after.contacts[0].phone == "+97239998888"  # the file given is left as it was
    assert diff_files(stored(), restored) == []


def test_put_back_every_change_gives_the_earlier_file():
    after = stored()
    after.name = "Acme Ltd"
    after.window = ServiceWindow(SUN_TO_THU, 8 * 60, 17 * 60, "Asia/Jerusalem")
    after.systems[0].owner_key = "contact-2"
    after.meetings[0].held_on = dt.date(2026, 3, 1)
    after.expectations[0].risks[0].recovery_minutes = 90
    after.escalation_paths[0].levels.pop(0)
    result = copy.deepcopy(after)
    for change in diff_files(stored(), after):
        result = put_back(result, change)
    assert diff_files(stored(), result) == []


def test_put_back_a_removed_contact_and_an_added_system():
    after = stored()
    after.contacts.pop(1)
    after.systems.append(SystemData(name="ERP", id=11))
    result = after
    for change in diff_files(stored(), after):
        result = put_back(result, change)
    assert [c.name for c in result.contacts] == ["Dana Levi", "Omid Rahimi"]
    assert result.contacts[1].id is None and result.contacts[1].phone == "+982188887777"
    assert [s.name for s in result.systems] == ["Exchange"]


def test_a_value_whose_record_is_gone_cannot_be_put_back():
    after = stored()
    after.contacts[0].phone = "+97239998888"
    (change,) = diff_files(stored(), after)
    later = copy.deepcopy(after)
    later.contacts.pop(0)
    with pytest.raises(PutBackError):
        put_back(later, change)


def test_levels_are_told_apart_by_their_place_not_their_id():
    """The storage writes a path's levels afresh (new ids) on every save."""
    after = stored()
    for number, level in enumerate(after.escalation_paths[0].levels, start=90):
        level.id = number
    assert diff_files(stored(), after) == []
    after.escalation_paths[0].levels.pop(0)
    changes = diff_files(stored(), after)
    assert [(c.where[-1].label, c.field, c.kind) for c in changes] == [
        (("1",), "after_minutes", "changed"),
        (("1",), "staff_name", "changed"),
        (("1",), "contact", "changed"),
        (("2",), "", "removed"),
    ]
    result = after
    for change in changes:
        result = put_back(result, change)
    assert diff_files(stored(), result) == []
