"""A customer's service file as plain data: what the user edits, saves, exports and prints.

The user interface edits one `ServiceFile` in memory (so undo, redo and "save or discard"
are simple), the service layer validates and saves it in one transaction, and the JSON
format and the summary snapshot are this same structure written out.

Each field's kind, length and the like are declared on it (`domain.fields`): the
tables, the checks, the JSON format and the fingerprint follow from the declarations.

Rows keep their database id (`id`, None until saved). Cross-references inside a file
(a system's owner, an escalation level's contact) use the contact's `key`, a string that
is stable while the file is open, so they survive reordering and unsaved new rows.
"""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import dataclass, field

from accountdesk.domain import fields as declare
from accountdesk.domain.enums import (
    Channel,
    Criticality,
    Environment,
    ExpectationHolder,
    ExpectationStatus,
    FeedbackChannel,
    FeedbackScale,
    ItilRelation,
    KnowledgeLevel,
    Language,
    Likelihood,
    MeetingKind,
    Severity,
    Side,
    StaffRole,
    SupportLevel,
    SystemKind,
    Topic,
)
from accountdesk.domain.phones import DEFAULT_COUNTRY
from accountdesk.domain.service_window import ServiceWindow

_new_keys = itertools.count(1)


def new_key() -> str:
    """A key for a row that has no database id yet."""
    return f"new-{next(_new_keys)}"


@dataclass
class StaffRef:
    """A provider-side person, referred to by name (unique among staff)."""

    name: str = declare.text(120, required=True)
    role: StaffRole = declare.choice(StaffRole.SUPPORTER)
    email: str = declare.email()
    phone: str = declare.phone()


@dataclass
class SystemData:
    name: str = declare.text(160, required=True, searchable=True)
    kind: SystemKind = declare.choice(SystemKind.SERVER)
    business_function: str = declare.text(200, searchable=True)
    environment: Environment = declare.choice(Environment.PRODUCTION)
    version: str = declare.text(80, searchable=True)
    location: str = declare.text(160)
    host: str = declare.text(253, searchable=True)
    address: str = declare.text(253, searchable=True)
    serial: str = declare.text(120, searchable=True)
    criticality: Criticality = declare.choice(Criticality.MEDIUM)
    owner_key: str | None = declare.reference("owner")  # the owning contact's key
    notes: str = declare.text(in_fingerprint=False)
    id: int | None = declare.bookkeeping()


@dataclass
class ContactData:
    name: str = declare.text(120, required=True, searchable=True)
    side: Side = declare.choice(Side.CUSTOMER)
    role: str = declare.text(120, searchable=True)
    itil_relation: ItilRelation = declare.choice(ItilRelation.USER)
    phone: str = declare.phone(searchable=True)
    mobile: str = declare.phone(searchable=True)
    email: str = declare.email(searchable=True)
    preferred_channel: Channel = declare.choice(Channel.PHONE)
    language: Language | None = declare.choice(None, Language)
    # ISO 3166-1 alpha-2, only when not the customer's; numbers are read in it.
    country: str | None = None
    reachable_hours: str = declare.text(120)
    notes: str = declare.text(in_fingerprint=False)
    id: int | None = declare.bookkeeping()
    key: str = declare.bookkeeping(factory=new_key)


@dataclass
class EscalationLevelData:
    """One step: who is called, after how many covered minutes without resolution, how."""

    after_minutes: int = declare.integer(0, required=True)
    channel: Channel = declare.choice(Channel.PHONE)
    staff_name: str = declare.staff(json="staff")
    contact_key: str | None = declare.reference("contact")  # the contact's key
    name: str = declare.text(120)
    id: int | None = declare.bookkeeping()


@dataclass
class EscalationPathData:
    severity: Severity = declare.choice(Severity.HIGH)
    side: Side = declare.choice(Side.PROVIDER)
    levels: list[EscalationLevelData] = declare.rows()
    id: int | None = declare.bookkeeping()


@dataclass
class RiskData:
    cause: str = declare.text(required=True)
    likelihood: Likelihood = declare.choice(Likelihood.MEDIUM)
    impact: Likelihood = declare.choice(Likelihood.MEDIUM)
    mitigation: str = declare.text()
    recovery_plan: str = declare.text()
    recovery_minutes: int | None = declare.integer()
    preparation: str = declare.text()
    owner_name: str = declare.staff(json="owner")
    id: int | None = declare.bookkeeping()


@dataclass
class ExpectationData:
    customer_words: str = declare.text(required=True)
    topic: Topic = declare.choice(Topic.OTHER)
    holder: ExpectationHolder = declare.choice(ExpectationHolder.CUSTOMER)
    agreed_target: str = declare.text()
    technical_target: str = declare.text()
    failures_per_year: float | None = declare.number()
    hours_per_failure: float | None = declare.number()
    availability_percent: float | None = declare.number(high=100)
    # The measurable side of the promise, which a period's figures are held against. Not in
    # the summary's fingerprint: the signed summary does not print them.
    # The systems an availability target covers, one name (or host) a line; "": the service.
    covered_systems: str = declare.text(4000, in_fingerprint=False)
    response_critical_minutes: int | None = declare.integer(in_fingerprint=False)
    response_high_minutes: int | None = declare.integer(in_fingerprint=False)
    response_medium_minutes: int | None = declare.integer(in_fingerprint=False)
    response_low_minutes: int | None = declare.integer(in_fingerprint=False)
    resolution_critical_minutes: int | None = declare.integer(in_fingerprint=False)
    resolution_high_minutes: int | None = declare.integer(in_fingerprint=False)
    resolution_medium_minutes: int | None = declare.integer(in_fingerprint=False)
    resolution_low_minutes: int | None = declare.integer(in_fingerprint=False)
    # The share of incidents that must meet those times; None: every one.
    share_percent: float | None = declare.number(high=100, in_fingerprint=False)
    realistic: bool = declare.flag(True)
    cost_benefit: str = declare.text()
    status: ExpectationStatus = declare.choice(ExpectationStatus.RAISED)
    review_date: dt.date | None = declare.date()
    risks: list[RiskData] = declare.rows()
    id: int | None = declare.bookkeeping()


@dataclass
class ParticipantData:
    name: str = declare.text(120, required=True)
    side: Side = declare.choice(Side.CUSTOMER)
    role: str = declare.text(120)
    id: int | None = declare.bookkeeping()


@dataclass
class ActionItemData:
    text: str = declare.text(required=True)
    owner: str = declare.text(120)  # free text: anyone, not only staff
    due: dt.date | None = declare.date()
    done: bool = declare.flag(False)
    id: int | None = declare.bookkeeping()


@dataclass
class MeetingData:
    held_on: dt.date = declare.date(required=True)
    kind: MeetingKind = declare.choice(MeetingKind.KICKOFF)
    notes: str = declare.text()
    decisions: str = declare.text()
    # The kickoff checklist (DOMAIN.md): what the meeting covered.
    covered_industry: bool = declare.flag(False, json="checklist.industry")
    covered_business_needs: bool = declare.flag(False, json="checklist.business_needs")
    covered_support_level: bool = declare.flag(False, json="checklist.support_level")
    covered_boundaries: bool = declare.flag(False, json="checklist.boundaries")
    covered_escalation: bool = declare.flag(False, json="checklist.escalation")
    covered_contacts: bool = declare.flag(False, json="checklist.contacts")
    participants: list[ParticipantData] = declare.rows()
    action_items: list[ActionItemData] = declare.rows()
    id: int | None = declare.bookkeeping()


@dataclass
class ReportResultData:
    expectation_index: int = declare.reference("expectation", 0)  # its position in the file
    achieved: str = declare.text(required=True)
    met: bool = declare.flag(True)
    notes: str = declare.text()
    # For a missed promise, the improvement plan's item: what will change, who owns it (a
    # staff member) and by when. The service report flags a miss that has none.
    improvement: str = declare.text()
    improvement_owner: str = declare.staff()
    improvement_due: dt.date | None = declare.date()
    id: int | None = declare.bookkeeping()


@dataclass
class ServiceReportData:
    period_start: dt.date = declare.date(required=True)
    period_end: dt.date = declare.date(required=True)
    improvement_plan: str = declare.text()
    results: list[ReportResultData] = declare.rows()
    id: int | None = declare.bookkeeping()


@dataclass
class FeedbackData:
    """What a customer said, over any channel, and how we close the loop on it."""

    received_on: dt.date = declare.date(required=True)
    channel: FeedbackChannel = declare.choice(FeedbackChannel.CALL)
    # A score is on a stated scale, whose range `rules` checks (SCALE_RANGES).
    scale: FeedbackScale | None = declare.choice(None, FeedbackScale)
    score: int | None = declare.integer(low=0, high=10)
    given_by: str = declare.text(120)
    customer_words: str = declare.text()
    follow_up: str = declare.text()
    follow_up_owner: str = declare.staff()
    follow_up_due: dt.date | None = declare.date()
    follow_up_done: bool = declare.flag(False)
    follow_up_outcome: str = declare.text()
    id: int | None = declare.bookkeeping()


@dataclass
class ServiceFile:
    name: str = declare.text(200, required=True, searchable=True)
    industry: str = declare.text(120, searchable=True)
    business_needs: str = declare.text()
    support_level: SupportLevel = declare.choice(SupportLevel.STANDARD)
    support_in_scope: str = declare.text()
    support_out_of_scope: str = declare.text()
    window: ServiceWindow = field(default_factory=lambda: ServiceWindow.always("Asia/Jerusalem"))
    knowledge_level: KnowledgeLevel = declare.choice(KnowledgeLevel.INTERMEDIATE)
    criticality: Criticality = declare.choice(Criticality.MEDIUM)
    document_language: Language = declare.choice(Language.HEBREW, in_fingerprint=False)
    country: str = DEFAULT_COUNTRY  # ISO 3166-1 alpha-2; its contacts' numbers are read in it
    account_manager: str = declare.staff()
    supporter: str = declare.staff()
    backup_supporter: str = declare.staff()
    next_review: dt.date | None = declare.date()
    notes: str = declare.text(in_fingerprint=False)
    systems: list[SystemData] = declare.rows()
    contacts: list[ContactData] = declare.rows()
    escalation_paths: list[EscalationPathData] = declare.rows()
    expectations: list[ExpectationData] = declare.rows()
    meetings: list[MeetingData] = declare.rows(in_fingerprint=False)
    reports: list[ServiceReportData] = declare.rows(in_fingerprint=False)
    feedback: list[FeedbackData] = declare.rows(in_fingerprint=False)
    id: int | None = declare.bookkeeping()
    revision: int | None = declare.bookkeeping()

    def country_of(self, contact: ContactData) -> str:
        """The country a contact's numbers are read in: its own, else the customer's."""
        return contact.country or self.country

    def contact_by_key(self, key: str | None) -> ContactData | None:
        return next((c for c in self.contacts if c.key == key), None)

    def path_for(self, severity: Severity, side: Side) -> EscalationPathData | None:
        return next(
            (p for p in self.escalation_paths if p.severity == severity and p.side == side),
            None,
        )
