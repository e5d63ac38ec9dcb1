"""A customer's service file as plain data: what the user edits, saves, exports and prints.

The user interface edits one `ServiceFile` in memory (so undo, redo and "save or discard"
are simple), the service layer validates and saves it in one transaction, and the JSON
format and the summary snapshot are this same structure written out.

Rows keep their database id (`id`, None until saved). Cross-references inside a file
(a system's owner, an escalation level's contact) use the contact's `key`, a string that
is stable while the file is open, so they survive reordering and unsaved new rows.
"""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import dataclass, field

from accountdesk.domain.enums import (
    Channel,
    Criticality,
    Environment,
    ExpectationHolder,
    ExpectationStatus,
    FeedbackChannel,
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

    name: str
    role: StaffRole = StaffRole.SUPPORTER
    email: str = ""
    phone: str = ""


@dataclass
class SystemData:
    name: str = ""
    kind: SystemKind = SystemKind.SERVER
    business_function: str = ""
    environment: Environment = Environment.PRODUCTION
    version: str = ""
    location: str = ""
    host: str = ""
    address: str = ""
    serial: str = ""
    criticality: Criticality = Criticality.MEDIUM
    owner_key: str | None = None
    notes: str = ""
    id: int | None = None


@dataclass
class ContactData:
    name: str = ""
    side: Side = Side.CUSTOMER
    role: str = ""
    itil_relation: ItilRelation = ItilRelation.USER
    phone: str = ""
    mobile: str = ""
    email: str = ""
    preferred_channel: Channel = Channel.PHONE
    language: Language | None = None
    # ISO 3166-1 alpha-2, only when not the customer's; numbers are read in it.
    country: str | None = None
    reachable_hours: str = ""
    notes: str = ""
    id: int | None = None
    key: str = field(default_factory=new_key)


@dataclass
class EscalationLevelData:
    """One step: who is called, after how many covered minutes without resolution, how."""

    after_minutes: int = 0
    channel: Channel = Channel.PHONE
    staff_name: str = ""
    contact_key: str | None = None
    name: str = ""
    id: int | None = None


@dataclass
class EscalationPathData:
    severity: Severity = Severity.HIGH
    side: Side = Side.PROVIDER
    levels: list[EscalationLevelData] = field(default_factory=list)
    id: int | None = None


@dataclass
class RiskData:
    cause: str = ""
    likelihood: Likelihood = Likelihood.MEDIUM
    impact: Likelihood = Likelihood.MEDIUM
    mitigation: str = ""
    recovery_plan: str = ""
    recovery_minutes: int | None = None
    preparation: str = ""
    owner_name: str = ""
    id: int | None = None


@dataclass
class ExpectationData:
    customer_words: str = ""
    topic: Topic = Topic.OTHER
    holder: ExpectationHolder = ExpectationHolder.CUSTOMER
    agreed_target: str = ""
    technical_target: str = ""
    failures_per_year: float | None = None
    hours_per_failure: float | None = None
    availability_percent: float | None = None
    realistic: bool = True
    cost_benefit: str = ""
    status: ExpectationStatus = ExpectationStatus.RAISED
    review_date: dt.date | None = None
    risks: list[RiskData] = field(default_factory=list)
    id: int | None = None


@dataclass
class ParticipantData:
    name: str = ""
    side: Side = Side.CUSTOMER
    role: str = ""
    id: int | None = None


@dataclass
class ActionItemData:
    text: str = ""
    owner: str = ""
    due: dt.date | None = None
    done: bool = False
    id: int | None = None


@dataclass
class MeetingData:
    held_on: dt.date = field(default_factory=dt.date.today)
    kind: MeetingKind = MeetingKind.KICKOFF
    notes: str = ""
    decisions: str = ""
    covered_industry: bool = False
    covered_business_needs: bool = False
    covered_support_level: bool = False
    covered_boundaries: bool = False
    covered_escalation: bool = False
    covered_contacts: bool = False
    participants: list[ParticipantData] = field(default_factory=list)
    action_items: list[ActionItemData] = field(default_factory=list)
    id: int | None = None


@dataclass
class ReportResultData:
    expectation_index: int = 0
    achieved: str = ""
    met: bool = True
    notes: str = ""
    id: int | None = None


@dataclass
class ServiceReportData:
    period_start: dt.date = field(default_factory=dt.date.today)
    period_end: dt.date = field(default_factory=dt.date.today)
    improvement_plan: str = ""
    results: list[ReportResultData] = field(default_factory=list)
    id: int | None = None


@dataclass
class FeedbackData:
    received_on: dt.date = field(default_factory=dt.date.today)
    channel: FeedbackChannel = FeedbackChannel.CALL
    score: int | None = None
    customer_words: str = ""
    follow_up: str = ""
    follow_up_done: bool = False
    id: int | None = None


@dataclass
class ServiceFile:
    name: str = ""
    industry: str = ""
    business_needs: str = ""
    support_level: SupportLevel = SupportLevel.STANDARD
    support_in_scope: str = ""
    support_out_of_scope: str = ""
    window: ServiceWindow = field(default_factory=lambda: ServiceWindow.always("Asia/Jerusalem"))
    knowledge_level: KnowledgeLevel = KnowledgeLevel.INTERMEDIATE
    criticality: Criticality = Criticality.MEDIUM
    document_language: Language = Language.HEBREW
    country: str = DEFAULT_COUNTRY  # ISO 3166-1 alpha-2; its contacts' numbers are read in it
    account_manager: str = ""
    supporter: str = ""
    backup_supporter: str = ""
    next_review: dt.date | None = None
    notes: str = ""
    systems: list[SystemData] = field(default_factory=list)
    contacts: list[ContactData] = field(default_factory=list)
    escalation_paths: list[EscalationPathData] = field(default_factory=list)
    expectations: list[ExpectationData] = field(default_factory=list)
    meetings: list[MeetingData] = field(default_factory=list)
    reports: list[ServiceReportData] = field(default_factory=list)
    feedback: list[FeedbackData] = field(default_factory=list)
    id: int | None = None
    revision: int | None = None

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
