"""The service file as tables. Every lookup the UI makes has an index.

The plain columns of the service file's records (text, choices, numbers, dates, flags)
come from their declarations in `domain.service_file` (`declared_columns`), with a CHECK
constraint for each choice; the classes here add what a declaration does not say: ids,
foreign keys, positions, constraints across columns, indexes and relationships.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    FetchedValue,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, MappedColumn, declared_attr, mapped_column, relationship

from accountdesk.domain.enums import (
    SCALE_RANGES,
    ChangeAction,
    DocumentKind,
    FeedbackChannel,
    FeedbackScale,
    Language,
    Severity,
    Side,
    SignatureMethod,
    StaffRole,
    SummaryStatus,
)
from accountdesk.domain.fields import Declared, Kind, declared_fields, defaults
from accountdesk.domain.incidents import IncidentData
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
from accountdesk.storage.base import (
    Base,
    EnumText,
    Timestamps,
    UtcDateTime,
    enum_check,
    enum_column,
)

CASCADE = "CASCADE"
SET_NULL = "SET NULL"


def declared_columns(record: type) -> dict[str, MappedColumn[Any]]:
    """A column for each declared field of a record but its staff names (references)."""
    initial = defaults(record)
    return {
        name: _column(declared, initial[name])
        for name, declared in declared_fields(record)
        if declared.kind is not Kind.STAFF
    }


def _column(declared: Declared, default: Any) -> MappedColumn[Any]:
    kind = declared.kind
    if kind is Kind.CHOICE:
        assert declared.enum is not None
        return enum_column(declared.enum, nullable=declared.nullable, default=default)
    if kind in (Kind.TEXT, Kind.PHONE, Kind.EMAIL):
        text = Text() if declared.long else String(declared.length)
        # Required text has no default: a row without it is a mistake, not an empty value.
        return mapped_column(text, nullable=False, default=None if declared.required else "")
    if kind is Kind.MOMENT:
        return mapped_column(UtcDateTime, nullable=declared.nullable)
    if kind is Kind.DATE:
        # A required date defaults to today in memory only: a stored row always says.
        return mapped_column(Date, nullable=declared.nullable)
    column_type = {Kind.FLAG: Boolean, Kind.INTEGER: Integer, Kind.NUMBER: Float}[kind]
    return mapped_column(column_type, nullable=declared.nullable, default=default)


def declared_checks(record: type) -> tuple[CheckConstraint, ...]:
    """The CHECK constraint of each declared choice: one of its enumeration's values.
    Languages have none: they are data (the registry), and adding one changes no table."""
    return tuple(
        enum_check(name, declared.enum, nullable=declared.nullable)
        for name, declared in declared_fields(record)
        if declared.enum is not None and declared.enum is not Language
    )


class DeclaredColumns:
    """A table of a record of the service file: `declared=` names the record, whose
    declared fields become columns (and checks) before the class is mapped."""

    def __init_subclass__(cls, declared: type | None = None, **kw: Any) -> None:
        if declared is not None:
            for name, column in declared_columns(declared).items():
                setattr(cls, name, column)
            table_args = cls.__dict__.get("__table_args__", ())
            checks = (*table_args, *declared_checks(declared))
            setattr(cls, "__table_args__", checks)  # noqa: B010 (not an attribute of the mixin)
        super().__init_subclass__(**kw)


class StaffMember(Timestamps, Base):
    """Someone on the provider's side: account manager, supporter, escalation manager."""

    __tablename__ = "staff_members"
    __table_args__ = (
        enum_check("role", StaffRole),
        Index("ix_staff_members_db_role", "db_role", unique=True),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    role: Mapped[StaffRole] = enum_column(StaffRole)
    email: Mapped[str] = mapped_column(String(254), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # The database role they sign in to a team database as (migration 0011; `team add-staff`).
    db_role: Mapped[str | None] = mapped_column(String(63))


class Customer(DeclaredColumns, Timestamps, Base, declared=ServiceFile):
    __tablename__ = "customers"
    __table_args__ = (
        UniqueConstraint("name"),
        CheckConstraint("window_days BETWEEN 1 AND 127", name="window_days_valid"),
        CheckConstraint(
            "window_start >= 0 AND window_end <= 1440 AND window_start < window_end",
            name="window_hours_valid",
        ),
        Index("ix_customers_supporter", "supporter_id"),
        Index("ix_customers_next_review", "next_review"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    if TYPE_CHECKING:  # the types of declared columns that queries name
        name: Mapped[str]
        industry: Mapped[str]
        document_language: Mapped[Language]
        next_review: Mapped[dt.date | None]
    # Service window: weekdays as a bit mask (Monday = bit 0), minutes after midnight.
    window_days: Mapped[int] = mapped_column(Integer, default=127)
    window_start: Mapped[int] = mapped_column(Integer, default=0)
    window_end: Mapped[int] = mapped_column(Integer, default=1440)
    timezone: Mapped[str] = mapped_column(String(64), default="Asia/Jerusalem")
    # ISO 3166-1 alpha-2; phone numbers of its contacts are read in it (migration 0005).
    country: Mapped[str] = mapped_column(String(2), server_default="")
    account_manager_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff_members.id", ondelete=SET_NULL), index=True
    )
    supporter_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff_members.id", ondelete=SET_NULL)
    )
    backup_supporter_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff_members.id", ondelete=SET_NULL), index=True
    )
    # Optimistic concurrency: every save bumps it; a stale save fails instead of overwriting.
    revision: Mapped[int] = mapped_column(Integer, default=1)
    # Archived customers (migration 0004) stay whole but leave the lists until brought back.
    archived_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)

    account_manager: Mapped[StaffMember | None] = relationship(foreign_keys=[account_manager_id])
    supporter: Mapped[StaffMember | None] = relationship(foreign_keys=[supporter_id])
    backup_supporter: Mapped[StaffMember | None] = relationship(foreign_keys=[backup_supporter_id])
    systems: Mapped[list[System]] = relationship(
        back_populates="customer",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="System.position",
    )
    contacts: Mapped[list[Contact]] = relationship(
        back_populates="customer",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="Contact.position",
    )
    escalation_paths: Mapped[list[EscalationPath]] = relationship(
        back_populates="customer", cascade="all, delete-orphan", passive_deletes=True
    )
    expectations: Mapped[list[Expectation]] = relationship(
        back_populates="customer",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="Expectation.position",
    )
    meetings: Mapped[list[Meeting]] = relationship(
        back_populates="customer",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="Meeting.held_on",
    )
    summaries: Mapped[list[SummaryVersion]] = relationship(
        back_populates="customer",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="SummaryVersion.number",
    )
    reports: Mapped[list[ServiceReport]] = relationship(
        back_populates="customer", cascade="all, delete-orphan", passive_deletes=True
    )
    feedback: Mapped[list[Feedback]] = relationship(
        back_populates="customer",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="Feedback.received_on",
    )

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.revision}


class Contact(DeclaredColumns, Timestamps, Base, declared=ContactData):
    __tablename__ = "contacts"
    __table_args__ = (Index("ix_contacts_customer_position", "customer_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    if TYPE_CHECKING:  # the types of declared columns that queries name
        name: Mapped[str]
        role: Mapped[str]
        phone: Mapped[str]
        mobile: Mapped[str]
        email: Mapped[str]
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete=CASCADE))
    position: Mapped[int] = mapped_column(Integer, default=0)
    # Only when not the customer's (ISO 3166-1 alpha-2).
    country: Mapped[str | None] = mapped_column(String(2))

    customer: Mapped[Customer] = relationship(back_populates="contacts")


class System(DeclaredColumns, Timestamps, Base, declared=SystemData):
    __tablename__ = "systems"
    __table_args__ = (
        UniqueConstraint("customer_id", "name"),
        Index("ix_systems_customer_position", "customer_id", "position"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    if TYPE_CHECKING:  # the types of declared columns that queries name
        name: Mapped[str]
        business_function: Mapped[str]
        version: Mapped[str]
        host: Mapped[str]
        address: Mapped[str]
        serial: Mapped[str]
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete=CASCADE))
    position: Mapped[int] = mapped_column(Integer, default=0)
    owner_contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("contacts.id", ondelete=SET_NULL), index=True
    )

    customer: Mapped[Customer] = relationship(back_populates="systems")
    owner: Mapped[Contact | None] = relationship()


class EscalationPath(DeclaredColumns, Base, declared=EscalationPathData):
    """For one severity and one side, the ordered levels to escalate through."""

    __tablename__ = "escalation_paths"
    __table_args__ = (UniqueConstraint("customer_id", "severity", "side"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    if TYPE_CHECKING:  # the types of declared columns that queries name
        severity: Mapped[Severity]
        side: Mapped[Side]
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete=CASCADE))

    customer: Mapped[Customer] = relationship(back_populates="escalation_paths")
    levels: Mapped[list[EscalationLevel]] = relationship(
        back_populates="path",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="EscalationLevel.position",
    )


class EscalationLevel(DeclaredColumns, Base, declared=EscalationLevelData):
    __tablename__ = "escalation_levels"
    __table_args__ = (
        UniqueConstraint("path_id", "position"),
        CheckConstraint("after_minutes >= 0", name="after_minutes_non_negative"),
        CheckConstraint(
            "staff_id IS NOT NULL OR contact_id IS NOT NULL OR name != ''",
            name="level_has_someone",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    path_id: Mapped[int] = mapped_column(ForeignKey("escalation_paths.id", ondelete=CASCADE))
    position: Mapped[int] = mapped_column(Integer)
    staff_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff_members.id", ondelete=SET_NULL), index=True
    )
    contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("contacts.id", ondelete=SET_NULL), index=True
    )
    # Kept as a fallback so a level survives the deletion of the person it named.

    path: Mapped[EscalationPath] = relationship(back_populates="levels")
    staff: Mapped[StaffMember | None] = relationship()
    contact: Mapped[Contact | None] = relationship()


class Expectation(DeclaredColumns, Timestamps, Base, declared=ExpectationData):
    __tablename__ = "expectations"
    __table_args__ = (
        CheckConstraint(
            "realistic OR length(trim(cost_benefit)) > 0", name="unrealistic_needs_cost_note"
        ),
        CheckConstraint(
            "failures_per_year IS NULL OR failures_per_year >= 0", name="failures_non_negative"
        ),
        CheckConstraint(
            "hours_per_failure IS NULL OR hours_per_failure >= 0", name="hours_non_negative"
        ),
        CheckConstraint(
            "availability_percent IS NULL OR availability_percent BETWEEN 0 AND 100",
            name="percent_range",
        ),
        Index("ix_expectations_customer_position", "customer_id", "position"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete=CASCADE))
    position: Mapped[int] = mapped_column(Integer, default=0)

    customer: Mapped[Customer] = relationship(back_populates="expectations")
    risks: Mapped[list[Risk]] = relationship(
        back_populates="expectation",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="Risk.id",
    )


class Risk(DeclaredColumns, Timestamps, Base, declared=RiskData):
    """What could make an expectation fail, how likely, and how we recover."""

    __tablename__ = "risks"
    __table_args__ = (
        CheckConstraint(
            "recovery_minutes IS NULL OR recovery_minutes >= 0", name="recovery_non_negative"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    expectation_id: Mapped[int] = mapped_column(
        ForeignKey("expectations.id", ondelete=CASCADE), index=True
    )
    owner_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff_members.id", ondelete=SET_NULL), index=True
    )

    expectation: Mapped[Expectation] = relationship(back_populates="risks")
    owner: Mapped[StaffMember | None] = relationship()


class Meeting(DeclaredColumns, Timestamps, Base, declared=MeetingData):
    __tablename__ = "meetings"
    __table_args__ = (Index("ix_meetings_customer_held_on", "customer_id", "held_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete=CASCADE))
    # The kickoff checklist (DOMAIN.md): what was covered in the meeting.

    customer: Mapped[Customer] = relationship(back_populates="meetings")
    participants: Mapped[list[MeetingParticipant]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", passive_deletes=True
    )
    action_items: Mapped[list[ActionItem]] = relationship(
        back_populates="meeting",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="ActionItem.id",
    )


class MeetingParticipant(DeclaredColumns, Base, declared=ParticipantData):
    __tablename__ = "meeting_participants"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete=CASCADE), index=True)

    meeting: Mapped[Meeting] = relationship(back_populates="participants")


class ActionItem(DeclaredColumns, Base, declared=ActionItemData):
    __tablename__ = "action_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete=CASCADE), index=True)

    meeting: Mapped[Meeting] = relationship(back_populates="action_items")


class SummaryVersion(Base):
    """One version of the written expectation-alignment summary, or of a period's service
    report (`kind`; each numbered on its own, a report with its period).

    A draft can be regenerated; once issued, the snapshot and PDF bytes never change
    (enforced in the service layer and by the hashes stored beside them).
    """

    __tablename__ = "summary_versions"
    __table_args__ = (
        UniqueConstraint("customer_id", "kind", "number"),
        enum_check("status", SummaryStatus),
        enum_check("kind", DocumentKind),
        CheckConstraint("number >= 1", name="number_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete=CASCADE))
    kind: Mapped[DocumentKind] = mapped_column(
        EnumText(DocumentKind), default=DocumentKind.SUMMARY, server_default="summary"
    )
    period_start: Mapped[dt.date | None] = mapped_column(Date)  # a report's period
    period_end: Mapped[dt.date | None] = mapped_column(Date)
    number: Mapped[int] = mapped_column(Integer)
    status: Mapped[SummaryStatus] = enum_column(SummaryStatus, default=SummaryStatus.DRAFT)
    language: Mapped[Language] = enum_column(Language)
    snapshot_json: Mapped[str] = mapped_column(Text)
    snapshot_sha256: Mapped[str] = mapped_column(String(64))
    pdf: Mapped[bytes] = mapped_column(LargeBinary)
    pdf_sha256: Mapped[str] = mapped_column(String(64), index=True)
    issued_by: Mapped[str] = mapped_column(String(120), default="")
    issued_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    # Signed summaries (migration 0003; see accountdesk/services/signing/__init__.py).
    signature_boxes_json: Mapped[str] = mapped_column(Text, default="", server_default="")
    signed_pdf: Mapped[bytes | None] = mapped_column(LargeBinary)
    signed_pdf_sha256: Mapped[str] = mapped_column(
        String(64), default="", server_default="", index=True
    )
    signed_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)

    customer: Mapped[Customer] = relationship(back_populates="summaries")
    signatories: Mapped[list[Signatory]] = relationship(
        back_populates="version",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="Signatory.id",
    )


class Signatory(Base):
    __tablename__ = "signatories"
    __table_args__ = (
        enum_check("side", Side),
        enum_check("method", SignatureMethod),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    version_id: Mapped[int] = mapped_column(
        ForeignKey("summary_versions.id", ondelete=CASCADE), index=True
    )
    side: Mapped[Side] = enum_column(Side)
    name: Mapped[str] = mapped_column(String(120))
    role: Mapped[str] = mapped_column(String(120), default="")
    signed_on: Mapped[dt.date | None] = mapped_column(Date)
    method: Mapped[SignatureMethod] = enum_column(SignatureMethod, default=SignatureMethod.PAPER)
    strokes_json: Mapped[str] = mapped_column(Text, default="")
    scan: Mapped[bytes | None] = mapped_column(LargeBinary)
    scan_name: Mapped[str] = mapped_column(String(255), default="")
    scan_sha256: Mapped[str] = mapped_column(String(64), default="")
    # Drawn and digital signatures (migration 0003): the document right after this one.
    signed_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    pdf_length: Mapped[int | None] = mapped_column(Integer)
    pdf_sha256: Mapped[str] = mapped_column(String(64), default="", server_default="")

    version: Mapped[SummaryVersion] = relationship(back_populates="signatories")


class ServiceReport(DeclaredColumns, Timestamps, Base, declared=ServiceReportData):
    __tablename__ = "service_reports"
    __table_args__ = (
        CheckConstraint("period_end >= period_start", name="period_order"),
        Index("ix_service_reports_customer_period", "customer_id", "period_start"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    if TYPE_CHECKING:  # the types of declared columns that queries name
        period_start: Mapped[dt.date]
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete=CASCADE))

    customer: Mapped[Customer] = relationship(back_populates="reports")
    results: Mapped[list[ReportResult]] = relationship(
        back_populates="report", cascade="all, delete-orphan", passive_deletes=True
    )


class ReportResult(DeclaredColumns, Base, declared=ReportResultData):
    """Achieved against agreed, for one expectation in one report."""

    __tablename__ = "report_results"
    __table_args__ = (UniqueConstraint("report_id", "expectation_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    report_id: Mapped[int] = mapped_column(ForeignKey("service_reports.id", ondelete=CASCADE))
    expectation_id: Mapped[int] = mapped_column(
        ForeignKey("expectations.id", ondelete=CASCADE), index=True
    )
    improvement_owner_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff_members.id", ondelete=SET_NULL), index=True
    )

    report: Mapped[ServiceReport] = relationship(back_populates="results")
    expectation: Mapped[Expectation] = relationship()
    improvement_owner: Mapped[StaffMember | None] = relationship()


# A score lies in its scale's range (domain.enums.SCALE_RANGES); none without a scale.
FEEDBACK_SCORE_CHECK = "score IS NULL OR " + " OR ".join(
    f"(scale = '{scale.value}' AND score BETWEEN {low} AND {high})"
    for scale, (low, high) in SCALE_RANGES.items()
)


class Feedback(DeclaredColumns, Timestamps, Base, declared=FeedbackData):
    __tablename__ = "feedback"
    __table_args__ = (
        CheckConstraint(FEEDBACK_SCORE_CHECK, name="score_on_scale"),
        Index("ix_feedback_customer_received", "customer_id", "received_on"),
        # The home view's open follow-ups, by due date.
        Index("ix_feedback_follow_up_open", "follow_up_done", "follow_up_due"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    if TYPE_CHECKING:  # the types of declared columns that queries name
        received_on: Mapped[dt.date]
        channel: Mapped[FeedbackChannel]
        scale: Mapped[FeedbackScale | None]
        score: Mapped[int | None]
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete=CASCADE))
    follow_up_owner_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff_members.id", ondelete=SET_NULL), index=True
    )

    customer: Mapped[Customer] = relationship(back_populates="feedback")
    follow_up_owner: Mapped[StaffMember | None] = relationship()


class ChangeRecord(Base):
    """One save (or archiving) of a customer: who, when, and each field's old and new value.

    `changes_json` is `accountdesk.domain.history.changes_to_json` of the changes; rows go
    with their customer (ON DELETE CASCADE) and are never changed once written.
    """

    __tablename__ = "change_history"
    __table_args__ = (
        enum_check("action", ChangeAction),
        Index("ix_change_history_customer_changed", "customer_id", "changed_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete=CASCADE))
    changed_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    changed_by: Mapped[str] = mapped_column(String(120), default="")
    action: Mapped[ChangeAction] = enum_column(ChangeAction)
    changes_json: Mapped[str] = mapped_column(Text, default="[]")
    # The database role that wrote the line: set by the server on PostgreSQL (migration
    # 0011's trigger), whatever a client sends; SQLite has no roles and leaves it empty.
    db_role: Mapped[str | None] = mapped_column(String(63), server_default=FetchedValue())


class Incident(DeclaredColumns, Timestamps, Base, declared=IncidentData):
    """A helpdesk ticket of a customer (`domain.incidents`); not part of the service file.

    The ticket id is unique: a re-imported export finds its tickets again, whichever
    customer they were filed under before.
    """

    __tablename__ = "incidents"
    __table_args__ = (
        UniqueConstraint("ticket"),
        Index("ix_incidents_customer_opened", "customer_id", "opened"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    if TYPE_CHECKING:  # the types of declared columns that queries name
        ticket: Mapped[str]
        opened: Mapped[dt.datetime]
        resolved: Mapped[dt.datetime | None]
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete=CASCADE))


class CustomerAlias(Base):
    """Another name a helpdesk files a customer under ("Galil Carmel MC" for the
    customer's Hebrew name); `folded` is its case-folded form, unique across customers."""

    __tablename__ = "customer_aliases"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customers.id", ondelete=CASCADE), index=True
    )
    alias: Mapped[str] = mapped_column(String(200))
    folded: Mapped[str] = mapped_column(String(200), unique=True)
