"""Stored rows -> the `ServiceFile` the user edits.

Rows are read by attribute only (`row.name`, `row.systems`, `level.staff.name`), so the
ORM's mapped objects (`file_mapping.load_customer`) and the plain rows of the read-only
reader (`read_only`) become a file through the same code. The plain fields of each record
are read by the names their declarations give (`domain.fields`). No SQLAlchemy here: the
`tables` names below are type hints only.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from accountdesk.domain.enums import Severity, Side
from accountdesk.domain.fields import Kind, declared_fields
from accountdesk.domain.service_file import (
    ActionItemData,
    ContactData,
    EscalationLevelData,
    EscalationPathData,
    ExpectationData,
    FeedbackData,
    MeetingData,
    ParticipantData,
    ReportResultData,
    RiskData,
    ServiceFile,
    ServiceReportData,
    SystemData,
)
from accountdesk.domain.service_window import ServiceWindow

if TYPE_CHECKING:
    from accountdesk.storage import tables as t


def to_service_file(row: t.Customer) -> ServiceFile:
    contacts = [_contact_data(c) for c in row.contacts]
    key_of = {c.id: c.key for c in contacts}
    expectation_index = {e.id: i for i, e in enumerate(row.expectations)}
    return ServiceFile(
        id=row.id,
        revision=row.revision,
        **_declared(row, ServiceFile),
        window=ServiceWindow(row.window_days, row.window_start, row.window_end, row.timezone),
        country=row.country,
        account_manager=_staff_name(row.account_manager),
        supporter=_staff_name(row.supporter),
        backup_supporter=_staff_name(row.backup_supporter),
        systems=[_system_data(s, key_of) for s in row.systems],
        contacts=contacts,
        escalation_paths=[_path_data(p, key_of) for p in _sorted_paths(row.escalation_paths)],
        expectations=[_expectation_data(e) for e in row.expectations],
        meetings=[_meeting_data(m) for m in row.meetings],
        reports=[_report_data(r, expectation_index) for r in sorted(row.reports, key=_period)],
        feedback=[_feedback_data(f) for f in row.feedback],
    )


def plain_fields(record: type) -> tuple[str, ...]:
    """The declared fields of a record that are columns of its row, under the same name
    (staff names are references, read and written through the row's staff member)."""
    found = _plain_fields.get(record)
    if found is None:
        found = _plain_fields[record] = tuple(
            name for name, declared in declared_fields(record) if declared.kind is not Kind.STAFF
        )
    return found


_plain_fields: dict[type, tuple[str, ...]] = {}


def _declared(row: Any, record: type) -> dict[str, Any]:
    return {name: getattr(row, name) for name in plain_fields(record)}


def _staff_name(staff: t.StaffMember | None) -> str:
    return staff.name if staff else ""


def _period(report: t.ServiceReport) -> tuple[dt.date, int]:
    return (report.period_start, report.id)


def _sorted_paths(paths: Sequence[t.EscalationPath]) -> list[t.EscalationPath]:
    severity_order = list(Severity)
    side_order = [Side.PROVIDER, Side.CUSTOMER]
    return sorted(paths, key=lambda p: (severity_order.index(p.severity), side_order.index(p.side)))


def _system_data(s: t.System, key_of: dict[int | None, str]) -> SystemData:
    owner_key = key_of.get(s.owner_contact_id) if s.owner_contact_id else None
    return SystemData(id=s.id, **_declared(s, SystemData), owner_key=owner_key)


def _contact_data(c: t.Contact) -> ContactData:
    return ContactData(
        id=c.id, key=f"contact-{c.id}", **_declared(c, ContactData), country=c.country
    )


def _path_data(p: t.EscalationPath, key_of: dict[int | None, str]) -> EscalationPathData:
    levels = [
        EscalationLevelData(
            id=level.id,
            **_declared(level, EscalationLevelData),
            staff_name=_staff_name(level.staff),
            contact_key=key_of.get(level.contact_id) if level.contact_id else None,
        )
        for level in p.levels
    ]
    return EscalationPathData(id=p.id, **_declared(p, EscalationPathData), levels=levels)


def _expectation_data(e: t.Expectation) -> ExpectationData:
    return ExpectationData(
        id=e.id,
        **_declared(e, ExpectationData),
        risks=[
            RiskData(id=r.id, **_declared(r, RiskData), owner_name=_staff_name(r.owner))
            for r in e.risks
        ],
    )


def _meeting_data(m: t.Meeting) -> MeetingData:
    return MeetingData(
        id=m.id,
        **_declared(m, MeetingData),
        participants=[
            ParticipantData(id=p.id, **_declared(p, ParticipantData))
            for p in sorted(m.participants, key=lambda p: p.id)
        ],
        action_items=[
            ActionItemData(id=a.id, **_declared(a, ActionItemData)) for a in m.action_items
        ],
    )


def _report_data(r: t.ServiceReport, expectation_index: dict[int, int]) -> ServiceReportData:
    return ServiceReportData(
        id=r.id,
        **_declared(r, ServiceReportData),
        results=[
            ReportResultData(
                id=x.id,
                expectation_index=expectation_index.get(x.expectation_id, 0),
                **_declared(x, ReportResultData),
                improvement_owner=_staff_name(x.improvement_owner),
            )
            for x in sorted(r.results, key=lambda x: x.id)
        ],
    )


def _feedback_data(f: t.Feedback) -> FeedbackData:
    owner = _staff_name(f.follow_up_owner)
    return FeedbackData(id=f.id, **_declared(f, FeedbackData), follow_up_owner=owner)
