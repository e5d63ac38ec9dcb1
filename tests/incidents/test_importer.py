"""Helpdesk exports into incidents: each ready mapping on an export as that helpdesk writes
it, re-imports that change nothing, corrected exports, unmatched customers, bad rows."""

from __future__ import annotations

import datetime as dt
import io
import json

import pytest
from openpyxl import Workbook

from accountdesk.domain.achievement import Period
from accountdesk.domain.enums import Severity
from accountdesk.domain.errors import ImportFormatError
from accountdesk.services.incidents.importer import import_incidents
from accountdesk.services.incidents.mappings import (
    GENERIC,
    ZAMMAD,
    load_mapping,
    mapping_from_json,
)
from accountdesk.services.incidents.records import add_alias, period_incidents
from tests.incidents.conftest import ALWAYS, OFFICE

MARCH = Period(dt.date(2026, 3, 1), dt.date(2026, 3, 31))
HEADER = "ticket,customer,system,severity,opened,first_response,resolved,service_down,title"


def generic(*rows: str) -> bytes:
    return ("\n".join((HEADER, *rows)) + "\n").encode()


def utc(*args: int) -> dt.datetime:
    return dt.datetime(*args, tzinfo=dt.UTC)


def test_the_generic_format_adds_every_row(db, ids):
    data = generic(
        f"T-1,{OFFICE},fs01.cohen.local,critical,2026-03-02T09:00:00+02:00,"
        "2026-03-02T09:20:00+02:00,2026-03-02T12:10:00+02:00,yes,השרת לא עונה",
        f"T-2,{ALWAYS},,low,2026-03-03T10:00:00Z,,,no,Printer jam",
    )
    result = import_incidents(db, data, GENERIC)
    assert (result.added, result.updated, result.unchanged, result.unmatched) == (2, 0, 0, [])
    [office] = period_incidents(db, ids[OFFICE], MARCH)
    assert office.ticket == "T-1"
    assert office.system == "שרת קבצים"  # found by its host, kept by its name
    assert office.severity is Severity.CRITICAL
    assert office.opened == utc(2026, 3, 2, 7, 0)
    assert office.resolved == utc(2026, 3, 2, 10, 10)
    assert office.service_down
    [shop] = period_incidents(db, ids[ALWAYS], MARCH)
    assert shop.resolved is None and not shop.service_down


def test_importing_the_same_export_again_changes_nothing(db, ids):
    data = generic(f"T-1,{OFFICE},,high,2026-03-02T09:00:00+02:00,,,no,a")
    import_incidents(db, data, GENERIC)
    again = import_incidents(db, data, GENERIC)
    assert (again.added, again.updated, again.unchanged) == (0, 0, 1)
    assert len(period_incidents(db, ids[OFFICE], MARCH)) == 1


def test_a_corrected_export_updates_the_tickets_it_names(db, ids):
    import_incidents(
        db,
        generic(
            f"T-1,{OFFICE},,high,2026-03-02T09:00:00+02:00,,,no,a",
            f"T-2,{OFFICE},,low,2026-03-02T09:00:00+02:00,,,no,b",
        ),
        GENERIC,
    )
    corrected = generic(
        f"T-1,{OFFICE},,critical,2026-03-02T09:00:00+02:00,,2026-03-02T11:00:00+02:00,yes,a"
    )
    result = import_incidents(db, corrected, GENERIC)
    assert (result.added, result.updated, result.unchanged) == (0, 1, 0)
    stored = {i.ticket: i for i in period_incidents(db, ids[OFFICE], MARCH)}
    assert stored["T-1"].severity is Severity.CRITICAL and stored["T-1"].service_down
    assert stored["T-2"].severity is Severity.LOW  # not in the export: left as it was


def test_unmatched_customers_are_listed_and_an_alias_matches_them_next_time(db, ids):
    data = generic("T-9,Cohen Law,,high,2026-03-02T09:00:00+02:00,,,no,a")
    result = import_incidents(db, data, GENERIC)
    assert result.added == 0
    assert [(u.line, u.ticket, u.customer) for u in result.unmatched] == [(2, "T-9", "Cohen Law")]
    add_alias(db, ids[OFFICE], "Cohen Law")
    result = import_incidents(db, data, GENERIC)
    assert (result.added, result.unmatched) == (1, [])


def test_bad_rows_import_nothing_and_each_problem_is_named(db, ids):
    data = generic(
        f"T-1,{OFFICE},,high,2026-03-02T09:00:00+02:00,,,no,fine",
        f"T-2,{OFFICE},,urgent,2026-03-02T09:00:00+02:00,,,no,bad severity",
        f"T-3,{OFFICE},,low,2026-03-02 09:00,,,no,no offset",
        f"T-4,{OFFICE},,low,2026-03-02T09:00:00+02:00,,2026-03-01T09:00:00+02:00,maybe,x",
        f",{OFFICE},,low,2026-03-02T09:00:00+02:00,,,no,no ticket",
        f"T-1,{OFFICE},,low,2026-03-02T09:00:00+02:00,,,no,twice",
    )
    with pytest.raises(ImportFormatError) as caught:
        import_incidents(db, data, GENERIC)
    assert caught.value.lines == [
        "line 3: severity: severity 'urgent' is not in the mapping; it knows critical, high, low, medium",
        "line 4: opened: '2026-03-02 09:00' is not a date and time (expected such as 2026-03-01T09:30:00+02:00)",
        "line 5: service_down: 'maybe' is not yes or no",
        "line 5: resolved: Resolved must not be before the incident was opened",
        "line 6: ticket: Ticket ID is required",
        "line 7: ticket: ticket T-1 appears twice (also line 2)",
    ]
    assert period_incidents(db, ids[OFFICE], MARCH) == []


def test_an_export_without_a_needed_column_names_it(db):
    data = b"ticket,customer,opened\nT-1,x,2026-03-02T09:00:00Z\n"
    with pytest.raises(ImportFormatError) as caught:
        import_incidents(db, data, GENERIC)
    assert caught.value.lines[0].startswith(
        "the export has no column 'system' (for system); its columns are ticket, customer, opened"
    )


# -- each helpdesk's export, as it writes it --------------------------------------------


def zammad_workbook() -> bytes:
    """Zammad's reporting download: a title row, then its ticket sheet's header."""
    book = Workbook()
    sheet = book.active
    sheet.append(["2026-3"])
    sheet.append(
        ["#", "Title", "State", "Priority", "Group", "Owner", "Customer", "Organization",
         "Create Channel", "Sender", "Tags", "Time Units Total", "Created At", "Updated At",
         "Closed At", "Close Escalation At", "Close In Min", "Close Diff In Min",
         "First Response At"]
    )  # fmt: skip
    sheet.append(
        ["31001", "Tills offline", "closed", "3 high", "Support", "Dana", "Ann", ALWAYS,
         "phone", "Customer", "outage, pos", 1.5, dt.datetime(2026, 3, 4, 9, 0),
         dt.datetime(2026, 3, 4, 12, 0), dt.datetime(2026, 3, 4, 11, 30), None, None, None,
         dt.datetime(2026, 3, 4, 9, 10)]
    )  # fmt: skip
    sheet.append(
        ["31002", "סיסמה", "open", "1 low", "Support", "Dana", "Ann", OFFICE, "email",
         "Customer", "", 0, dt.datetime(2026, 3, 5, 10, 0), None, None, None, None, None, None]
    )  # fmt: skip
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_zammad_workbook(db, ids):
    result = import_incidents(db, zammad_workbook(), load_mapping("zammad"))
    assert result.added == 2
    [shop] = period_incidents(db, ids[ALWAYS], MARCH)
    assert shop.severity is Severity.HIGH and shop.service_down  # the "outage" tag
    assert shop.opened == utc(2026, 3, 4, 9, 0)  # London's time in March is UTC
    assert shop.first_response == utc(2026, 3, 4, 9, 10)
    [office] = period_incidents(db, ids[OFFICE], MARCH)
    assert office.opened == utc(2026, 3, 5, 8, 0)  # read in the customer's own zone
    assert office.severity is Severity.LOW and office.resolved is None


def test_glpi_csv_with_semicolons(db, ids):
    data = (
        "ID;Title;Status;Entity;Priority;Opening date;Resolution date;Category\n"
        f"4711;Mail down;Solved;{OFFICE};Very high;2026-03-02 09:00;2026-03-02 10:30;Email\n"
        f"4712;Slow PC;Processing (assigned);{OFFICE};Medium;2026-03-03 11:00;;Workstation\n"
    ).encode("utf-8-sig")
    result = import_incidents(db, data, load_mapping("glpi"))
    assert result.added == 2
    stored = {i.ticket: i for i in period_incidents(db, ids[OFFICE], MARCH)}
    assert stored["4711"].severity is Severity.CRITICAL
    assert stored["4711"].resolved == utc(2026, 3, 2, 8, 30)
    assert stored["4712"].severity is Severity.MEDIUM


def test_jira_service_management_csv_with_repeated_labels(db, ids):
    data = (
        "Summary,Issue key,Issue id,Issue Type,Status,Priority,Created,Resolved,"
        "Component/s,Labels,Labels,Custom field (Organizations)\n"
        f"Tills offline,SUP-12,10012,Incident,Done,Highest,04/Mar/26 9:05 AM,04/Mar/26 1:35 PM,"
        f"pos.harbour.example,network,outage,{ALWAYS}\n"
        f"Receipt typo,SUP-13,10013,Service request,Open,Lowest,05/Mar/26 2:00 PM,,,,,{ALWAYS}\n"
    ).encode()
    result = import_incidents(db, data, load_mapping("jira"))
    assert result.added == 2
    stored = {i.ticket: i for i in period_incidents(db, ids[ALWAYS], MARCH)}
    assert stored["SUP-12"].service_down and stored["SUP-12"].system == "Tills"
    assert stored["SUP-12"].severity is Severity.CRITICAL
    assert stored["SUP-12"].resolved == utc(2026, 3, 4, 13, 35)
    assert not stored["SUP-13"].service_down and stored["SUP-13"].severity is Severity.LOW


def test_odoo_helpdesk_export_in_utc(db, ids):
    book = Workbook()
    sheet = book.active
    sheet.append(["Ticket IDs Sequence", "Subject", "Customer", "Priority", "Stage",
                  "Tags", "Created on", "Close date"])  # fmt: skip
    sheet.append(["00042", "VPN", OFFICE, "Urgent", "Solved", "outage",
                  dt.datetime(2026, 3, 2, 7, 0), dt.datetime(2026, 3, 2, 8, 0)])  # fmt: skip
    sheet.append(["00043", "Toner", OFFICE, "Low priority", "New", "",
                  dt.datetime(2026, 3, 3, 7, 0), None])  # fmt: skip
    out = io.BytesIO()
    book.save(out)
    result = import_incidents(db, out.getvalue(), load_mapping("odoo"))
    assert result.added == 2
    stored = {i.ticket: i for i in period_incidents(db, ids[OFFICE], MARCH)}
    assert stored["00042"].opened == utc(2026, 3, 2, 7, 0)  # Odoo writes UTC
    assert stored["00042"].severity is Severity.CRITICAL and stored["00042"].service_down
    assert stored["00043"].severity is Severity.LOW


def test_a_saved_mapping_adjusts_columns_and_severities(db, ids, tmp_path):
    document = json.loads(ZAMMAD.to_json())
    document["name"] = "our zammad"
    document["columns"]["system"] = "System"
    document["severities"]["4 critical"] = "critical"
    path = tmp_path / "MAPPING.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    mapping = load_mapping(str(path))
    assert mapping.name == "our zammad"
    assert mapping.severity("4 Critical") is Severity.CRITICAL
    assert mapping.column("system") == "System"
    assert mapping_from_json(mapping.to_json()) == mapping


def test_a_broken_mapping_file_says_what_is_wrong(tmp_path):
    path = tmp_path / "MAPPING.json"
    path.write_text('{"format": "accountdesk.incident-mapping", "columns": {"ticekt": "#"}}')
    with pytest.raises(ImportFormatError) as caught:
        load_mapping(str(path))
    assert "unknown fields ['ticekt']" in caught.value.lines[0]
