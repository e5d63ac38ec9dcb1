"""Stored rows -> the `ServiceFile` the user edits.

Rows are read by attribute only (`row.name`, `row.systems`, `level.staff.name`), so the
ORM's mapped objects (`file_mapping.load_customer`) and the plain rows of the read-only
reader (`read_only`) become a file through the same code. No SQLAlchemy here: the
`tables` names below are type hints only.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

from accountdesk.domain.enums import Severity, Side
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
        name=row.name,
        industry=row.industry,
        business_needs=row.business_needs,
        support_level=row.support_level,
        support_in_scope=row.support_in_scope,
        support_out_of_scope=row.support_out_of_scope,
        window=ServiceWindow(row.window_days, row.window_start, row.window_end, row.timezone),
        knowledge_level=row.knowledge_level,
        criticality=row.criticality,
        document_language=row.document_language,
        country=row.country,
        account_manager=_staff_name(row.account_manager),
        supporter=_staff_name(row.supporter),
        backup_supporter=_staff_name(row.backup_supporter),
        next_review=row.next_review,
        notes=row.notes,
        systems=[_system_data(s, key_of) for s in row.systems],
        contacts=contacts,
        escalation_paths=[_path_data(p, key_of) for p in _sorted_paths(row.escalation_paths)],
        expectations=[_expectation_data(e) for e in row.expectations],
        meetings=[_meeting_data(m) for m in row.meetings],
        reports=[_report_data(r, expectation_index) for r in sorted(row.reports, key=_period)],
        feedback=[_feedback_data(f) for f in row.feedback],
    )


def _staff_name(staff: t.StaffMember | None) -> str:
    return staff.name if staff else ""


def _period(report: t.ServiceReport) -> tuple[dt.date, int]:
    return (report.period_start, report.id)


def _sorted_paths(paths: Sequence[t.EscalationPath]) -> list[t.EscalationPath]:
    severity_order = list(Severity)
    side_order = [Side.PROVIDER, Side.CUSTOMER]
    return sorted(paths, key=lambda p: (severity_order.index(p.severity), side_order.index(p.side)))


def _system_data(s: t.System, key_of: dict[int | None, str]) -> SystemData:
    return SystemData(
        id=s.id,
        name=s.name,
        kind=s.kind,
        business_function=s.business_function,
        environment=s.environment,
        version=s.version,
        location=s.location,
        host=s.host,
        address=s.address,
        serial=s.serial,
        criticality=s.criticality,
        owner_key=key_of.get(s.owner_contact_id) if s.owner_contact_id else None,
        notes=s.notes,
    )


def _contact_data(c: t.Contact) -> ContactData:
    return ContactData(
        id=c.id,
        key=f"contact-{c.id}",
        name=c.name,
        side=c.side,
        role=c.role,
        itil_relation=c.itil_relation,
        phone=c.phone,
        mobile=c.mobile,
        email=c.email,
        preferred_channel=c.preferred_channel,
        language=c.language,
        country=c.country,
        reachable_hours=c.reachable_hours,
        notes=c.notes,
    )


def _path_data(p: t.EscalationPath, key_of: dict[int | None, str]) -> EscalationPathData:
    levels = [
        EscalationLevelData(
            id=level.id,
            after_minutes=level.after_minutes,
            channel=level.channel,
            staff_name=_staff_name(level.staff),
            contact_key=key_of.get(level.contact_id) if level.contact_id else None,
            name=level.name,
        )
        for level in p.levels
    ]
    return EscalationPathData(id=p.id, severity=p.severity, side=p.side, levels=levels)


def _expectation_data(e: t.Expectation) -> ExpectationData:
    return ExpectationData(
        id=e.id,
        customer_words=e.customer_words,
        topic=e.topic,
        holder=e.holder,
        agreed_target=e.agreed_target,
        technical_target=e.technical_target,
        failures_per_year=e.failures_per_year,
        hours_per_failure=e.hours_per_failure,
        availability_percent=e.availability_percent,
        realistic=e.realistic,
        cost_benefit=e.cost_benefit,
        status=e.status,
        review_date=e.review_date,
        risks=[
            RiskData(
                id=r.id,
                cause=r.cause,
                likelihood=r.likelihood,
                impact=r.impact,
                mitigation=r.mitigation,
                recovery_plan=r.recovery_plan,
                recovery_minutes=r.recovery_minutes,
                preparation=r.preparation,
                owner_name=_staff_name(r.owner),
            )
            for r in e.risks
        ],
    )


def _meeting_data(m: t.Meeting) -> MeetingData:
    return MeetingData(
        id=m.id,
        held_on=m.held_on,
        kind=m.kind,
        notes=m.notes,
        decisions=m.decisions,
        covered_industry=m.covered_industry,
        covered_business_needs=m.covered_business_needs,
        covered_support_level=m.covered_support_level,
        covered_boundaries=m.covered_boundaries,
        covered_escalation=m.covered_escalation,
        covered_contacts=m.covered_contacts,
        participants=[
            ParticipantData(id=p.id, name=p.name, side=p.side, role=p.role)
            for p in sorted(m.participants, key=lambda p: p.id)
        ],
        action_items=[
            ActionItemData(id=a.id, text=a.text, owner=a.owner, due=a.due, done=a.done)
            for a in m.action_items
        ],
    )


def _report_data(r: t.ServiceReport, expectation_index: dict[int, int]) -> ServiceReportData:
    return ServiceReportData(
        id=r.id,
        period_start=r.period_start,
        period_end=r.period_end,
        improvement_plan=r.improvement_plan,
        results=[
            ReportResultData(
                id=x.id,
                expectation_index=expectation_index.get(x.expectation_id, 0),
                achieved=x.achieved,
                met=x.met,
                notes=x.notes,
            )
            for x in sorted(r.results, key=lambda x: x.id)
        ],
    )


def _feedback_data(f: t.Feedback) -> FeedbackData:
    return FeedbackData(
        id=f.id,
        received_on=f.received_on,
        channel=f.channel,
        score=f.score,
        customer_words=f.customer_words,
        follow_up=f.follow_up,
        follow_up_done=f.follow_up_done,
    )
