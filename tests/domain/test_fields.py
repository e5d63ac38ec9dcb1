"""Every field of the service file says what it is: declared (a value the storage, the
checks and the JSON format follow), a reference, a list of rows or bookkeeping. A plain
field added without a declaration would be kept in memory and silently lost on saving;
these tests refuse it."""

import dataclasses

import pytest

from accountdesk.domain import service_file as sf
from accountdesk.domain.fields import LONG_TEXT, Kind, declared_fields, defaults, json_keys
from accountdesk.domain.rules import clean_declared
from accountdesk.domain.validation import Checker

RECORDS = (
    sf.ServiceFile,
    sf.SystemData,
    sf.ContactData,
    sf.EscalationPathData,
    sf.EscalationLevelData,
    sf.ExpectationData,
    sf.RiskData,
    sf.MeetingData,
    sf.ParticipantData,
    sf.ActionItemData,
    sf.ServiceReportData,
    sf.ReportResultData,
    sf.FeedbackData,
    sf.StaffRef,
)
# Values with rules of their own, handled by name wherever they are used.
BY_NAME = {(sf.ServiceFile, "window"), (sf.ServiceFile, "country"), (sf.ContactData, "country")}


@pytest.mark.parametrize("record", RECORDS, ids=lambda r: r.__name__)
def test_every_field_is_declared_or_handled_by_name(record):
    undeclared = [
        item.name
        for item in dataclasses.fields(record)
        if not item.metadata and (record, item.name) not in BY_NAME
    ]
    assert undeclared == []


@pytest.mark.parametrize("record", RECORDS, ids=lambda r: r.__name__)
def test_a_new_record_holds_what_its_declarations_say(record):
    new = record() if record is not sf.StaffRef else record(name="")
    for name, declared in declared_fields(record):
        value = getattr(new, name)
        assert value == defaults(record)[name]
        if declared.kind in (Kind.TEXT, Kind.PHONE, Kind.EMAIL, Kind.STAFF):
            assert value == ""
            assert 0 < declared.length <= LONG_TEXT
        if declared.kind is Kind.CHOICE:
            assert declared.enum is not None
            assert value is None if declared.nullable else isinstance(value, declared.enum)


def test_the_json_keys_of_a_system_are_its_fields_in_order_with_its_owner():
    assert json_keys(sf.SystemData) == (
        "name",
        "kind",
        "business_function",
        "environment",
        "version",
        "location",
        "host",
        "address",
        "serial",
        "criticality",
        "owner",
        "notes",
    )
    assert "checklist" in json_keys(sf.MeetingData)
    assert "covered_industry" not in json_keys(sf.MeetingData)


def test_declared_checks_name_the_field_and_keep_clean_values():
    system = sf.SystemData(name="  mail01 ", serial="x" * 121, kind="srv")  # type: ignore[arg-type]
    check = Checker("customer").at("systems", 0)
    clean_declared(check, system)
    assert [(p.field, p.params.get("limit")) for p in check.problems] == [
        ("kind", None),
        ("serial", 120),
    ]
    assert system.name == "mail01"
    assert system.kind == "srv"  # refused, kept as it was: the save is refused anyway
