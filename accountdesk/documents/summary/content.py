"""What the summary says: a service file turned into blocks in the document's language.

Every value a user typed is cleaned of bidi control characters and isolated, so it can
never reorder the words around it; dates, numbers and durations come from the locale
formatter; every other word comes from the catalogue.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from typing import TypeVar

from accountdesk.documents.summary import blocks as b
from accountdesk.documents.summary.catalogue import FAILURES, Catalogue
from accountdesk.documents.summary.options import Signatory, SummaryOptions
from accountdesk.documents.text.isolate import isolate
from accountdesk.domain.availability import (
    availability,
    downtime_hours_from_percent,
)
from accountdesk.domain.bidi import LRI, PDI, neutralise_bidi_controls
from accountdesk.domain.enums import (
    ExpectationHolder,
    ExpectationStatus,
    ItilRelation,
    Language,
    MeetingKind,
    Severity,
    Side,
    Topic,
)
from accountdesk.domain.service_file import (
    ContactData,
    EscalationLevelData,
    EscalationPathData,
    ExpectationData,
    MeetingData,
    ParticipantData,
    RiskData,
    ServiceFile,
    StaffRef,
    SystemData,
)
from accountdesk.domain.words import plural_count
from accountdesk.i18n.formatting import Formatter

_ALIGNMENT_MEETINGS = (MeetingKind.KICKOFF, MeetingKind.ALIGNMENT)
# A table row, or a group heading between rows; the people a grouped table lists.
_Row = tuple[b.Cell, ...] | b.Group
_Person = TypeVar("_Person", ParticipantData, ContactData)


# --------------------------------------------------------------------------
# User values


def value(text: str | None) -> str:
    """A value standing on its own (a table cell, a note): each of its lines one isolate,
    read as typed whatever the document's direction."""
    clean = neutralise_bidi_controls(text or "")
    return "\n".join(isolate(line.strip()) for line in clean.splitlines() if line.strip())


def inline(text: str | None) -> str:
    """A value inside a sentence: one isolate, so it cannot reorder the sentence."""
    return isolate(" ".join(neutralise_bidi_controls(text or "").split()))


NO_BREAK_SPACE = "\u00a0"


def formatted(text: str) -> str:
    """A date, number or duration from the formatter, isolated like a user value."""
    return isolate(text)


# --------------------------------------------------------------------------
# Choices made from the file when the options leave them open


def summary_meeting(file: ServiceFile) -> MeetingData | None:
    """The latest kickoff or alignment meeting: the one the summary records."""
    meetings = [m for m in file.meetings if m.kind in _ALIGNMENT_MEETINGS]
    return max(meetings, key=lambda m: m.held_on, default=None)


def default_signatories(
    file: ServiceFile, participants: Iterable[ParticipantData]
) -> tuple[Signatory, Signatory]:
    """The customer's decision maker and the provider's account manager, when known."""
    people = list(participants)
    return _customer_signatory(file, people), _provider_signatory(file, people)


def _customer_signatory(file: ServiceFile, people: list[ParticipantData]) -> Signatory:
    deciders = {c.name for c in file.contacts if c.itil_relation == ItilRelation.DECISION_MAKER}
    present = [p for p in people if p.side == Side.CUSTOMER]
    chosen: ParticipantData | ContactData | None = next(
        (p for p in present if p.name in deciders), present[0] if present else None
    )
    if chosen is None:  # nobody from the meeting: the decision maker on the contact list
        chosen = next(
            (c for c in file.contacts if c.name in deciders and c.side == Side.CUSTOMER), None
        )
    return (
        Signatory(Side.CUSTOMER, chosen.name, chosen.role) if chosen else Signatory(Side.CUSTOMER)
    )


def _provider_signatory(file: ServiceFile, people: list[ParticipantData]) -> Signatory:
    present = [p for p in people if p.side == Side.PROVIDER]
    if file.account_manager:
        # The role as the participants list words it ("מנהלת לקוח", in the person's own
        # form), so that the list and the signature line agree; else the neutral
        # "Account manager" of the catalogue.
        role = next((p.role for p in present if p.name == file.account_manager and p.role), "")
        return Signatory(Side.PROVIDER, file.account_manager, role)
    return (
        Signatory(Side.PROVIDER, present[0].name, present[0].role)
        if present
        else Signatory(Side.PROVIDER)
    )


def is_agreed(expectation: ExpectationData) -> bool:
    return expectation.status == ExpectationStatus.AGREED and expectation.realistic


# --------------------------------------------------------------------------
# The builders


class DocumentContent:
    """How a document of ours says things (the summary, the service report): its words,
    numbers, dates, numbered sections, quotations, footer and signature blocks."""

    c: Catalogue
    fmt: Formatter
    customer: str  # the customer's name, isolated
    fingerprint: str
    _sections = 0

    def t(self, key: str, **params: object) -> str:
        return self.c.text(key, **params)

    def number(self, n: float) -> str:
        return self.fmt.number(n)

    def date(self, day: dt.date | None) -> str:
        return formatted(self.fmt.date(day)) if day else self.t("none")

    def table_date(self, day: dt.date | None) -> str:
        """A date in a table cell: one piece that a line never breaks inside."""
        return self.date(day).replace(" ", NO_BREAK_SPACE)

    def date_column(self, title: str, weight: float, days: Iterable[dt.date | None]) -> b.Column:
        """A column of `table_date`s, wide enough for the widest date this language writes
        in the years of `days` (every month, a two-digit day; in either calendar)."""
        years = {day.year for day in days if day is not None}
        widest = {
            self.table_date(dt.date(year, month, day))
            for year in years
            for month in range(1, 13)
            for day in (15, 28)  # 15 Gregorian is a two-digit day of a Solar Hijri month
        }
        return b.Column(title, weight, fit=tuple(sorted(widest)))

    def duration(self, minutes: float) -> str:
        return formatted(self.fmt.duration(round(minutes)))

    def heading(self, key: str) -> b.Heading:
        self._sections += 1
        return b.Heading(f"{self.number(self._sections)}. {self.t(key)}")

    def quoted(self, words: str) -> str:
        return self.t("quoted", text=value(words))

    def footer_end(self) -> str:
        """'Page {page} of {pages} · Content ID …', the page numbers filled in per page."""
        return self.fmt.separator.join(
            (
                self.t("page_of", page="{page}", pages="{pages}"),
                self.t("fingerprint", value=f"{LRI}{self.fingerprint}{PDI}"),
            )
        )

    def signature_blocks(
        self, signatories: Iterable[Signatory], provider_name: str, role: Callable[[Signatory], str]
    ) -> b.Signatures:
        """A block for each signatory, headed "For <customer>" or "For <provider>"."""
        labels = {key: self.t(key) for key in ("signature", "date")}
        labels["name"] = self.t("col_name")
        labels["role"] = self.t("col_role")
        headings = {
            Side.CUSTOMER: self.t("for_side", party=self.customer),
            Side.PROVIDER: (
                self.t("for_side", party=inline(provider_name))
                if provider_name
                else self.t("for_provider")
            ),
        }
        return b.Signatures(
            tuple(
                b.SignatureBlock(s.side, headings[s.side], value(s.name), role(s), labels)
                for s in signatories
            )
        )


class SummaryContent(DocumentContent):
    """Builds the blocks of one summary. One instance per rendering."""

    def __init__(
        self,
        file: ServiceFile,
        options: SummaryOptions,
        language: Language,
        fingerprint: str,
        today: dt.date,
    ) -> None:
        self.file = file
        self.options = options
        self.language = language
        self.c = Catalogue(language.value)
        self.fmt = Formatter(language, native_digits=options.native_digits, jalali=True)
        self.fingerprint = fingerprint
        self.issued_on = options.issued_on or today
        self.meeting = summary_meeting(file)
        self.participants = self._participants()
        self.signatories = self._signatories()
        self.customer = inline(file.name)
        label = inline(options.version_label) if options.version_label else ""
        self.version = label or self.c.text("draft")  # "Version: 2" / "Version: Draft"
        self.version_phrase = (
            self.c.text("version_number", number=label) if label else self.c.text("draft_version")
        )
        self._sections = 0
        agreed = [e for e in file.expectations if is_agreed(e)]
        others = [e for e in file.expectations if not is_agreed(e)]
        self.agreed, self.not_agreed = agreed, others
        self.number_of = {id(e): n for n, e in enumerate(agreed + others, start=1)}

    def _participants(self) -> list[ParticipantData]:
        if self.options.participants is not None:
            return list(self.options.participants)
        return list(self.meeting.participants) if self.meeting else []

    def _signatories(self) -> tuple[Signatory, ...]:
        if self.options.signatories is not None:
            return tuple(self.options.signatories)
        return default_signatories(self.file, self.participants)

    # -- small helpers ----------------------------------------------------

    def phone(self, raw: str) -> str:
        """Numbers of the customer's country as they dial them there, others international;
        one left-to-right unit, so '021 8877 6655' keeps its groups in order in a
        right-to-left cell (nothing else would mark digits and spaces as one token)."""
        return isolate(self.fmt.phone(raw, self.file.country), "ltr") if raw else ""

    def staff(self, name: str) -> StaffRef | None:
        return self.options.staff.get(name)

    # -- the document -----------------------------------------------------

    def document(self) -> b.Document:
        blocks: list[b.Block] = [b.Paragraph(self.t("purpose", customer=self.customer))]
        for section in (
            self.participants_section,
            self.profile_section,
            self.team_section,
            self.systems_section,
            self.contacts_section,
            self.escalation_section,
            self.agreed_section,
            self.not_agreed_section,
            self.risks_section,
            self.reporting_section,
            self.signatures_section,
        ):
            blocks += section()
        title = self.t("title")
        footer_start = f"{self.customer}{self.fmt.separator}{self.version_phrase}"
        return b.Document(
            language=self.language.value,
            rtl=self.language.is_rtl,
            title=title,
            customer=self.customer,
            meta=((self.t("version"), self.version), (self.t("date"), self.date(self.issued_on))),
            blocks=tuple(blocks),
            footer_start=footer_start,
            footer_end=self.footer_end(),
            header=f"{title}{self.fmt.separator}{self.customer}",
            metadata_title=f"{title} \u2013 {neutralise_bidi_controls(self.file.name)}",
            page_number=self.number,
        )

    # -- sections ---------------------------------------------------------

    def participants_section(self) -> list[b.Block]:
        out: list[b.Block] = [self.heading("h_participants")]
        if self.meeting is not None:
            kind = self.c.meeting(self.meeting.kind)
            out.append(
                b.Paragraph(
                    self.t("meeting_held", meeting=kind, date=self.date(self.meeting.held_on))
                )
            )
        elif self.options.participants is None:
            out.append(b.Paragraph(self.t("no_meeting"), b.MUTED))
        if self.participants:
            columns = (b.Column(self.t("col_name"), 1.0), b.Column(self.t("col_role"), 1.4))
            rows = self._grouped_rows(
                self.participants,
                lambda p: (
                    (b.Text(value(p.name), b.CELL),),
                    (b.Text(value(p.role) or self.t("none"), b.CELL),),
                ),
            )
            out.append(b.Table(columns, rows))
        return out

    def _grouped_rows(
        self, people: Sequence[_Person], make_row: Callable[[_Person], tuple[b.Cell, ...]]
    ) -> tuple[_Row, ...]:
        sides = [(Side.CUSTOMER, "side_customer"), (Side.PROVIDER, "side_provider")]
        present = [(side, key) for side, key in sides if any(p.side == side for p in people)]
        rows: list[_Row] = []
        for side, key in present:
            if len(present) > 1:
                rows.append(b.Group(self.t(key)))
            rows += [make_row(p) for p in people if p.side == side]
        return tuple(rows)

    def profile_section(self) -> list[b.Block]:
        f, c = self.file, self.c

        def cell(text: str) -> b.Cell:
            return (b.Text(text or self.t("not_recorded"), b.BODY),)

        rows = (
            (self.t("industry"), cell(value(f.industry))),
            (self.t("business_needs"), cell(value(f.business_needs))),
            (self.t("support_level"), cell(c.enum(f.support_level))),
            (self.t("knowledge_level"), cell(c.enum(f.knowledge_level))),
            (self.t("criticality"), cell(c.enum(f.criticality))),
            (self.t("service_window"), cell(formatted(self.fmt.window(f.window)))),
            (self.t("in_scope"), cell(value(f.support_in_scope))),
            (self.t("out_of_scope"), cell(value(f.support_out_of_scope))),
        )
        return [self.heading("h_profile"), b.Facts(rows)]

    def team_section(self) -> list[b.Block]:
        columns = (
            b.Column(self.t("col_role"), 1.1),
            b.Column(self.t("col_name"), 1.2),
            b.Column(self.t("col_phone"), 1.1),
            b.Column(self.t("col_email"), 1.6),
        )
        people = (
            ("role_supporter", self.file.supporter),
            ("role_backup", self.file.backup_supporter),
            ("role_account_manager", self.file.account_manager),
        )
        rows = tuple(self._team_row(role, name) for role, name in people)
        return [self.heading("h_team"), b.Table(columns, rows)]

    def _team_row(self, role_key: str, name: str) -> tuple[b.Cell, ...]:
        ref = self.staff(name) if name else None
        phone = self.phone(ref.phone) if ref else ""
        email = ref.email if ref else ""
        return (
            (b.Text(self.t(role_key), b.CELL_STRONG),),
            (b.Text(value(name) or self.t("not_assigned"), b.CELL),),
            (b.Text(phone or self.t("none"), b.CELL),),
            (b.Text(value(email) or self.t("none"), b.CELL),),
        )

    def systems_section(self) -> list[b.Block]:
        out: list[b.Block] = [self.heading("h_systems")]
        if not self.file.systems:
            return [*out, b.Paragraph(self.t("no_systems"), b.MUTED)]
        columns = (
            b.Column(self.t("col_system"), 1.5),
            b.Column(self.t("col_kind"), 0.85),
            b.Column(self.t("col_function"), 1.25),
            b.Column(self.t("col_where"), 1.62),
            b.Column(self.t("col_criticality"), 0.78),
            b.Column(self.t("col_owner"), 0.9),
        )
        rows = tuple(self._system_row(s) for s in self.file.systems)
        return [*out, b.Table(columns, rows)]

    def _system_row(self, s: SystemData) -> tuple[b.Cell, ...]:
        name: list[b.Text] = [b.Text(value(s.name), b.CELL_STRONG)]
        if s.version:
            name.append(b.Text(self.t("version_of", value=inline(s.version)), b.CELL_SMALL))
        where = [b.Text(value(s.location), b.CELL)] if s.location.strip() else []
        identifiers = [inline(part) for part in (s.host, s.address) if part.strip()]
        if s.serial.strip():
            identifiers.append(self.t("serial_of", value=inline(s.serial)))
        if identifiers:
            where.append(b.Text(self.fmt.separator.join(identifiers), b.CELL))
        owner = self.file.contact_by_key(s.owner_key)
        return (
            tuple(name),
            (b.Text(self.c.enum(s.kind), b.CELL), b.Text(self.c.enum(s.environment), b.CELL_SMALL)),
            (b.Text(value(s.business_function) or self.t("none"), b.CELL),),
            tuple(where) or (b.Text(self.t("none"), b.CELL),),
            (b.Text(self.c.enum(s.criticality), b.CELL),),
            (b.Text(value(owner.name) if owner else self.t("none"), b.CELL),),
        )

    def contacts_section(self) -> list[b.Block]:
        out: list[b.Block] = [self.heading("h_contacts")]
        if not self.file.contacts:
            return [*out, b.Paragraph(self.t("no_contacts"), b.MUTED)]
        columns = (
            b.Column(self.t("col_name"), 1.05),
            b.Column(self.t("col_role"), 0.95),
            b.Column(self.t("col_relation"), 0.75),
            b.Column(self.t("col_reach"), 2.1),
            b.Column(self.t("col_channel"), 0.75),
            b.Column(self.t("col_hours"), 0.9),
        )
        return [*out, b.Table(columns, self._grouped_rows(self.file.contacts, self._contact_row))]

    def _reach(self, phone: str = "", mobile: str = "", email: str = "") -> tuple[b.Text, ...]:
        lines = []
        if phone:
            lines.append(b.Text(self.phone(phone), b.CELL))
        if mobile:
            lines.append(b.Text(self.t("mobile_of", value=self.phone(mobile)), b.CELL))
        if email:
            lines.append(b.Text(value(email), b.CELL))
        return tuple(lines) or (b.Text(self.t("none"), b.CELL),)

    def _contact_row(self, contact: ContactData) -> tuple[b.Cell, ...]:
        return (
            (b.Text(value(contact.name), b.CELL_STRONG),),
            (b.Text(value(contact.role) or self.t("none"), b.CELL),),
            (b.Text(self.c.enum(contact.itil_relation), b.CELL),),
            self._reach(contact.phone, contact.mobile, contact.email),
            (b.Text(self.c.enum(contact.preferred_channel), b.CELL),),
            (b.Text(value(contact.reachable_hours) or self.t("none"), b.CELL),),
        )

    def escalation_section(self) -> list[b.Block]:
        out: list[b.Block] = [self.heading("h_escalation")]
        paths = [p for p in self.file.escalation_paths if p.levels]
        if not paths:
            return [*out, b.Paragraph(self.t("no_escalation"), b.MUTED)]
        out.append(b.Paragraph(self.t("escalation_intro")))
        columns = (
            b.Column(self.t("col_level"), 0.45),
            b.Column(self.t("col_after"), 0.8),
            b.Column(self.t("col_who"), 1.5),
            b.Column(self.t("col_channel"), 0.8),
            b.Column(self.t("col_reach"), 1.7),
        )
        for severity in Severity:
            mine = [p for p in paths if p.severity == severity]
            if not mine:
                continue
            out.append(
                b.Heading(self.t("severity_heading", severity=self.c.enum(severity)), level=2)
            )
            out.append(b.Table(columns, self._escalation_rows(mine)))
        return out

    def _escalation_rows(self, paths: list[EscalationPathData]) -> tuple[_Row, ...]:
        rows: list[_Row] = []
        ordered = sorted(paths, key=lambda p: p.side != Side.PROVIDER)
        for path in ordered:
            if len(ordered) > 1:
                rows.append(
                    b.Group(
                        self.t("side_provider" if path.side == Side.PROVIDER else "side_customer")
                    )
                )
            rows += [self._level_row(n, level) for n, level in enumerate(path.levels, start=1)]
        return tuple(rows)

    def _level_row(self, number: int, level: EscalationLevelData) -> tuple[b.Cell, ...]:
        after = (
            self.t("immediately")
            if level.after_minutes <= 0
            else self.duration(level.after_minutes)
        )
        return (
            (b.Text(self.number(number), b.CELL),),
            (b.Text(after, b.CELL),),
            self._who(level),
            (b.Text(self.c.enum(level.channel), b.CELL),),
            self._level_reach(level),
        )

    def _who(self, level: EscalationLevelData) -> b.Cell:
        contact = self.file.contact_by_key(level.contact_key)
        if contact is not None:
            lines = [b.Text(value(contact.name), b.CELL_STRONG)]
            if contact.role:
                lines.append(b.Text(value(contact.role), b.CELL_SMALL))
            return tuple(lines)
        name = level.staff_name or level.name
        ref = self.staff(level.staff_name) if level.staff_name else None
        lines = [b.Text(value(name) or self.t("none"), b.CELL_STRONG)]
        if ref is not None:
            lines.append(b.Text(self.c.enum(ref.role), b.CELL_SMALL))
        return tuple(lines)

    def _level_reach(self, level: EscalationLevelData) -> b.Cell:
        contact = self.file.contact_by_key(level.contact_key)
        if contact is not None:
            return self._reach(contact.phone, contact.mobile, contact.email)
        ref = self.staff(level.staff_name) if level.staff_name else None
        return self._reach(ref.phone, "", ref.email) if ref else (b.Text(self.t("none"), b.CELL),)

    def agreed_section(self) -> list[b.Block]:
        out: list[b.Block] = [self.heading("h_agreed")]
        if not self.agreed:
            return [*out, b.Paragraph(self.t("no_agreed"), b.MUTED)]
        columns = (
            b.Column(self.t("col_number"), 0.3),
            b.Column(self.t("col_words"), 1.9),
            b.Column(self.t("col_agreed"), 2.1),
            b.Column(self.t("col_topic"), 0.8),
            self.date_column(self.t("col_review"), 0.75, (e.review_date for e in self.agreed)),
        )
        rows = tuple(self._agreed_row(e) for e in self.agreed)
        return [*out, b.Paragraph(self.t("agreed_intro")), b.Table(columns, rows)]

    def _agreed_row(self, e: ExpectationData) -> tuple[b.Cell, ...]:
        topic = [b.Text(self.c.enum(e.topic), b.CELL)]
        if e.holder == ExpectationHolder.USERS:
            topic.append(b.Text(self.t("holder_users"), b.CELL_SMALL))
        return (
            (b.Text(self.number(self.number_of[id(e)]), b.CELL),),
            (b.Text(self.quoted(e.customer_words), b.CELL),),
            self._target(e),
            tuple(topic),
            (b.Text(self.table_date(e.review_date), b.CELL),),
        )

    def _target(self, e: ExpectationData) -> b.Cell:
        """The plain-language target first; the percentage only as a secondary figure."""
        lines: list[b.Text] = []
        if e.agreed_target.strip():
            lines.append(b.Text(value(e.agreed_target), b.CELL))
        plain = self.plain_availability(e)
        if plain:
            lines.append(b.Text(plain, b.CELL_STRONG))
        percent = self._percent(e)
        if percent is not None:
            shown = formatted(self.fmt.percent(percent))
            lines.append(b.Text(self.t("percent_secondary", percent=shown), b.CELL_SMALL))
        if e.technical_target.strip():
            lines.append(
                b.Text(self.t("technical_form", value=inline(e.technical_target)), b.CELL_SMALL)
            )
        return tuple(lines) or (b.Text(self.t("none"), b.CELL),)

    def plain_availability(self, e: ExpectationData) -> str:
        """'At most 4 failures a year, each fixed within 4 hours' (or the yearly downtime
        when only a percentage was agreed)."""
        if e.failures_per_year is not None and e.hours_per_failure is not None:
            hours = self.duration(e.hours_per_failure * 60)
            failures = e.failures_per_year
            return self.c.plural(
                FAILURES,
                plural_count(failures),
                count=formatted(self.fmt.count(failures)),
                hours=hours,
            )
        if e.availability_percent is not None:
            downtime = downtime_hours_from_percent(e.availability_percent, self.file.window)
            return self.t("downtime_year", duration=self.duration(downtime * 60))
        return ""

    def _percent(self, e: ExpectationData) -> float | None:
        """Follows from the failures and hours when they were given (the stored percentage
        is rounded to its field)."""
        figures = availability(
            e.failures_per_year, e.hours_per_failure, e.availability_percent, self.file.window
        )
        return None if figures is None else figures.percent

    def not_agreed_section(self) -> list[b.Block]:
        if not self.not_agreed:
            return []
        columns = (
            b.Column(self.t("col_number"), 0.3),
            b.Column(self.t("col_words"), 2.0),
            b.Column(self.t("col_reason"), 1.1),
            b.Column(self.t("col_cost"), 2.2),
        )
        rows = tuple(self._not_agreed_row(e) for e in self.not_agreed)
        return [
            self.heading("h_not_agreed"),
            b.Paragraph(self.t("not_agreed_intro")),
            b.Table(columns, rows),
        ]

    def _not_agreed_row(self, e: ExpectationData) -> tuple[b.Cell, ...]:
        if not e.realistic:
            reason = self.t("reason_unrealistic")
        else:
            reason = self.t(
                {
                    ExpectationStatus.DECLINED: "reason_declined",
                    ExpectationStatus.IN_DISCUSSION: "reason_in_discussion",
                }.get(e.status, "reason_raised")
            )
        return (
            (b.Text(self.number(self.number_of[id(e)]), b.CELL),),
            (b.Text(self.quoted(e.customer_words), b.CELL),),
            (b.Text(reason, b.CELL_STRONG),),
            (b.Text(value(e.cost_benefit) or self.t("none"), b.CELL),),
        )

    def risks_section(self) -> list[b.Block]:
        out: list[b.Block] = [self.heading("h_risks")]
        risks = [(e, r) for e in self.agreed for r in e.risks]
        if not risks:
            return [*out, b.Paragraph(self.t("no_risks"), b.MUTED)]
        columns = (
            b.Column(self.t("col_number"), 0.3),
            b.Column(self.t("col_risk"), 1.6),
            b.Column(self.t("col_mitigation"), 1.7),
            b.Column(self.t("col_recovery"), 1.6),
            b.Column(self.t("col_owner"), 0.8),
        )
        rows = tuple(self._risk_row(e, r) for e, r in risks)
        return [*out, b.Paragraph(self.t("risks_intro")), b.Table(columns, rows)]

    def _risk_row(self, e: ExpectationData, r: RiskData) -> tuple[b.Cell, ...]:
        odds = self.t(
            "likelihood_impact", likelihood=self.c.enum(r.likelihood), impact=self.c.enum(r.impact)
        )
        mitigation = [b.Text(value(r.mitigation) or self.t("none"), b.CELL)]
        if r.preparation.strip():
            mitigation.append(
                b.Text(self.t("preparation", value=inline(r.preparation)), b.CELL_SMALL)
            )
        recovery = []
        if r.recovery_plan.strip():
            recovery.append(b.Text(value(r.recovery_plan), b.CELL))
        if r.recovery_minutes is not None:
            recovery.append(
                b.Text(
                    self.t("recovery_within", duration=self.duration(r.recovery_minutes)),
                    b.CELL_STRONG,
                )
            )
        return (
            (b.Text(self.number(self.number_of[id(e)]), b.CELL),),
            (b.Text(value(r.cause), b.CELL), b.Text(odds, b.CELL_SMALL)),
            tuple(mitigation),
            tuple(recovery) or (b.Text(self.t("none"), b.CELL),),
            (b.Text(value(r.owner_name) or self.t("none"), b.CELL),),
        )

    def reporting_section(self) -> list[b.Block]:
        out: list[b.Block] = [self.heading("h_reporting")]
        note = value(self.options.reporting_note)
        out.append(b.Paragraph(note or self.t("reporting_text")))
        agreed = [e for e in self.agreed if e.topic in (Topic.REPORTING, Topic.COMMUNICATION)]
        if agreed:
            out.append(b.Paragraph(self.t("reporting_agreed"), b.STRONG))
            out.append(b.Bullets(tuple(self._reporting_item(e) for e in agreed)))
        if self.file.next_review:
            out.append(
                b.Paragraph(self.t("next_review", date=self.date(self.file.next_review)), b.STRONG)
            )
        else:
            out.append(b.Paragraph(self.t("next_review_unset"), b.MUTED))
        return out

    def _reporting_item(self, e: ExpectationData) -> str:
        words = value(e.agreed_target) or self.quoted(e.customer_words)
        reference = self.t("expectation_ref", number=self.number(self.number_of[id(e)]))
        return f"{words} {reference}" if words else self.t("none")

    def _signatory_role(self, signatory: Signatory) -> str:
        if (
            not signatory.role
            and signatory.side == Side.PROVIDER
            and signatory.name == self.file.account_manager
        ):
            return self.t("role_account_manager")
        return value(signatory.role)

    def signatures_section(self) -> list[b.Block]:
        blocks = self.signature_blocks(
            self.signatories, self.options.provider_name, self._signatory_role
        )
        intro = self.t(
            "signatures_intro",
            version=self.version_phrase,
            fingerprint=f"{LRI}{self.fingerprint}{PDI}",
        )
        return [self.heading("h_signatures"), b.Paragraph(intro), blocks]
