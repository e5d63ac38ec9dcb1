"""The AccountDesk JSON format: whole service files, for backup, transfer and scripts.

One envelope for one customer or many:
`{"format": "accountdesk.service-file", "version": 1, "staff": [...], "customers": [...]}`.
Database ids never appear: staff are referred to by name, contacts by their index in
the customer's contact list, expectations (in report results) by their index. The full
description is in the README (section "The JSON format for service files").

Export then import into an empty database then export again gives the same bytes, so
the format can be trusted as a backup. Import is all or nothing: every problem in every
customer is listed with its path (`customers[0].systems[3].kind: ...`) and nothing is
saved until the whole document is valid.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Literal, overload

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from accountdesk.domain import messages as m
from accountdesk.domain.bidi import BIDI_CONTROLS, has_bidi_controls, neutralise_bidi_controls
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
from accountdesk.domain.errors import (
    FieldProblem,
    ImportFormatError,
    ImportProblem,
    ValidationError,
)
from accountdesk.domain.rules import clean_service_file
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
    StaffRef,
    SystemData,
    new_key,
)
from accountdesk.domain.service_window import MINUTES_PER_DAY, ServiceWindow, clock_text
from accountdesk.domain.validation import DEFAULT_PHONE_REGION, Checker
from accountdesk.services.service_files import list_staff, load_file
from accountdesk.storage import tables as t
from accountdesk.storage.database import Database
from accountdesk.storage.file_mapping import apply_service_file

# A JSON object as json.loads gives it and json.dumps takes it.
JsonObject = dict[str, Any]

FORMAT = "accountdesk.service-file"
VERSION = 1

# Bit d of the window's day mask is weekday d (Monday = 0); documents list Sunday first.
DAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
DAYS_IN_DOCUMENT_ORDER = (6, 0, 1, 2, 3, 4, 5)

SQLITE_MAX_INTEGER = 2**63 - 1

CHECKLIST = ("industry", "business_needs", "support_level", "boundaries", "escalation", "contacts")


# ================================================================ writing


def export_customers(db: Database, ids: list[int]) -> JsonObject:
    """The document for these customers, in this order (NotFoundError for a missing id)."""
    files = [load_file(db, customer_id) for customer_id in ids]
    known = {s.name: StaffRef(s.name, s.role, s.email, s.phone) for s in list_staff(db)}
    return build_document(files, known)


def build_document(files: list[ServiceFile], staff: dict[str, StaffRef]) -> JsonObject:
    names = sorted({name for f in files for name in staff_named_in(f)})
    return {
        "format": FORMAT,
        "version": VERSION,
        "staff": [_staff_out(staff.get(name) or StaffRef(name)) for name in names],
        "customers": [_customer_out(f) for f in files],
    }


def dumps(doc: JsonObject) -> str:
    """The document as text: UTF-8 friendly, indented, keys in the order written."""
    return json.dumps(doc, ensure_ascii=False, indent=2, allow_nan=False) + "\n"


def staff_named_in(f: ServiceFile) -> set[str]:
    names = {f.account_manager, f.supporter, f.backup_supporter}
    names |= {level.staff_name for p in f.escalation_paths for level in p.levels}
    names |= {risk.owner_name for e in f.expectations for risk in e.risks}
    return {name for name in names if name}


def _staff_out(s: StaffRef) -> JsonObject:
    return {"name": s.name, "role": s.role.value, "email": s.email, "phone": s.phone}


def _customer_out(f: ServiceFile) -> JsonObject:
    contact_index = {c.key: i for i, c in enumerate(f.contacts)}
    return {
        "name": f.name,
        "industry": f.industry,
        "business_needs": f.business_needs,
        "support_level": f.support_level.value,
        "support_in_scope": f.support_in_scope,
        "support_out_of_scope": f.support_out_of_scope,
        "window": window_out(f.window),
        "knowledge_level": f.knowledge_level.value,
        "criticality": f.criticality.value,
        "document_language": f.document_language.value,
        "account_manager": f.account_manager or None,
        "supporter": f.supporter or None,
        "backup_supporter": f.backup_supporter or None,
        "next_review": _date_out(f.next_review),
        "notes": f.notes,
        "systems": [_system_out(s, contact_index) for s in f.systems],
        "contacts": [_contact_out(c) for c in f.contacts],
        "escalation_paths": [_path_out(p, contact_index) for p in f.escalation_paths],
        "expectations": [_expectation_out(e) for e in f.expectations],
        "meetings": [_meeting_out(meeting) for meeting in f.meetings],
        "reports": [_report_out(r) for r in f.reports],
        "feedback": [_feedback_out(item) for item in f.feedback],
    }


def window_out(window: ServiceWindow) -> JsonObject:
    return {
        "days": [DAY_NAMES[d] for d in DAYS_IN_DOCUMENT_ORDER if window.days_mask >> d & 1],
        "start": clock_text(window.start_minute),
        "end": clock_text(window.end_minute),
        "timezone": window.timezone,
    }


def _date_out(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def _system_out(s: SystemData, contact_index: dict[str, int]) -> JsonObject:
    return {
        "name": s.name,
        "kind": s.kind.value,
        "business_function": s.business_function,
        "environment": s.environment.value,
        "version": s.version,
        "location": s.location,
        "host": s.host,
        "address": s.address,
        "serial": s.serial,
        "criticality": s.criticality.value,
        "owner": contact_index.get(s.owner_key) if s.owner_key else None,
        "notes": s.notes,
    }


def _contact_out(c: ContactData) -> JsonObject:
    return {
        "name": c.name,
        "side": c.side.value,
        "role": c.role,
        "itil_relation": c.itil_relation.value,
        "phone": c.phone,
        "mobile": c.mobile,
        "email": c.email,
        "preferred_channel": c.preferred_channel.value,
        "language": c.language.value if c.language else None,
        "reachable_hours": c.reachable_hours,
        "notes": c.notes,
    }


def _path_out(p: EscalationPathData, contact_index: dict[str, int]) -> JsonObject:
    return {
        "severity": p.severity.value,
        "side": p.side.value,
        "levels": [
            {
                "after_minutes": level.after_minutes,
                "channel": level.channel.value,
                "staff": level.staff_name or None,
                "contact": contact_index.get(level.contact_key) if level.contact_key else None,
                "name": level.name,
            }
            for level in p.levels
        ],
    }


def _expectation_out(e: ExpectationData) -> JsonObject:
    return {
        "customer_words": e.customer_words,
        "topic": e.topic.value,
        "holder": e.holder.value,
        "agreed_target": e.agreed_target,
        "technical_target": e.technical_target,
        "failures_per_year": e.failures_per_year,
        "hours_per_failure": e.hours_per_failure,
        "availability_percent": e.availability_percent,
        "realistic": e.realistic,
        "cost_benefit": e.cost_benefit,
        "status": e.status.value,
        "review_date": _date_out(e.review_date),
        "risks": [_risk_out(r) for r in e.risks],
    }


def _risk_out(r: RiskData) -> JsonObject:
    return {
        "cause": r.cause,
        "likelihood": r.likelihood.value,
        "impact": r.impact.value,
        "mitigation": r.mitigation,
        "recovery_plan": r.recovery_plan,
        "recovery_minutes": r.recovery_minutes,
        "preparation": r.preparation,
        "owner": r.owner_name or None,
    }


def _meeting_out(meeting: MeetingData) -> JsonObject:
    return {
        "held_on": meeting.held_on.isoformat(),
        "kind": meeting.kind.value,
        "notes": meeting.notes,
        "decisions": meeting.decisions,
        "checklist": {item: getattr(meeting, f"covered_{item}") for item in CHECKLIST},
        "participants": [
            {"name": p.name, "side": p.side.value, "role": p.role} for p in meeting.participants
        ],
        "action_items": [
            {"text": a.text, "owner": a.owner, "due": _date_out(a.due), "done": a.done}
            for a in meeting.action_items
        ],
    }


def _report_out(r: ServiceReportData) -> JsonObject:
    return {
        "period_start": r.period_start.isoformat(),
        "period_end": r.period_end.isoformat(),
        "improvement_plan": r.improvement_plan,
        "results": [
            {
                "expectation": x.expectation_index,
                "achieved": x.achieved,
                "met": x.met,
                "notes": x.notes,
            }
            for x in r.results
        ],
    }


def _feedback_out(item: FeedbackData) -> JsonObject:
    return {
        "received_on": item.received_on.isoformat(),
        "channel": item.channel.value,
        "score": item.score,
        "customer_words": item.customer_words,
        "follow_up": item.follow_up,
        "follow_up_done": item.follow_up_done,
    }


# ================================================================ reading


@dataclass
class ParsedDocument:
    files: list[ServiceFile]
    staff: list[StaffRef]


def parse_document(text: str, phone_region: str = DEFAULT_PHONE_REGION) -> list[ServiceFile]:
    """The service files in a document, validated and cleaned; ImportFormatError if not."""
    return read_document(text, phone_region).files


def read_document(text: str, phone_region: str = DEFAULT_PHONE_REGION) -> ParsedDocument:
    root = _load_json(text)
    _check_envelope(root)
    problems: list[ImportProblem] = []
    top = _Node(root, "", problems)
    top.allow("format", "version")
    staff_nodes = top.children("staff")
    staff = [_read_staff(node, phone_region) for node in staff_nodes]
    _check_unique(
        problems, [(n.path, s.name) for n, s in zip(staff_nodes, staff, strict=True)], m.STAFF_TWICE
    )
    customers = top.children("customers")
    top.finish()
    files = [_read_customer(node, phone_region) for node in customers]
    _check_unique(
        problems,
        [(n.path, f.name.strip()) for n, f in zip(customers, files, strict=True)],
        m.CUSTOMER_TWICE,
    )
    if problems:
        raise ImportFormatError(problems)
    return ParsedDocument(files, staff)


def direction_control_warnings(text: str) -> list[ImportProblem]:
    """Each text in the document that carries bidi control characters, which the import
    removes (a name with U+202E would otherwise read reversed), with where it is."""
    warnings: list[ImportProblem] = []

    def walk(value: Any, place: str) -> None:
        if isinstance(value, dict):
            for key, item in value.items():
                walk(item, f"{place}.{key}" if place else str(key))
        elif isinstance(value, list):
            for i, item in enumerate(value):
                walk(item, f"{place}[{i}]")
        elif isinstance(value, str) and has_bidi_controls(value):
            found = dict.fromkeys(c for c in value if c in BIDI_CONTROLS)
            characters = ", ".join(f"U+{ord(c):04X}" for c in found)
            warnings.append(
                ImportProblem(place, m.BIDI_CONTROLS_REMOVED, {"characters": characters})
            )

    walk(_load_json(text), "")
    return warnings


def _load_json(text: str) -> Any:
    try:
        # A byte-order mark is what some Windows editors put first; it carries no content.
        return json.loads(text.removeprefix("\ufeff"), parse_constant=_refuse_constant)
    except json.JSONDecodeError as exc:
        raise ImportFormatError(
            [
                ImportProblem(
                    "", m.NOT_JSON_AT, {"detail": exc.msg, "line": exc.lineno, "column": exc.colno}
                )
            ]
        ) from exc
    except _NotANumber as exc:
        raise ImportFormatError(
            [ImportProblem("", m.NOT_A_JSON_NUMBER, {"value": exc.name})]
        ) from exc
    except ValueError as exc:
        raise ImportFormatError([ImportProblem("", m.NOT_JSON, {"detail": str(exc)})]) from exc


class _NotANumber(ValueError):
    def __init__(self, name: str) -> None:
        super().__init__(f"{name} is not a number JSON allows")
        self.name = name


def _refuse_constant(name: str) -> None:
    raise _NotANumber(name)


def _check_envelope(root: Any) -> None:
    if not isinstance(root, dict) or root.get("format") != FORMAT:
        found = root.get("format") if isinstance(root, dict) else None
        expected = {"expected": f'"format": "{FORMAT}"'}
        if found is None:
            raise ImportFormatError([ImportProblem("", m.NOT_A_SERVICE_FILE, expected)])
        raise ImportFormatError(
            [ImportProblem("", m.NOT_A_SERVICE_FILE_FORMAT, {"found": quoted(found), **expected})]
        )
    version = root.get("version")
    if version != VERSION:
        if isinstance(version, int) and not isinstance(version, bool) and version > VERSION:
            problem = ImportProblem("", m.NEWER_VERSION, {"version": version, "supported": VERSION})
        else:
            problem = ImportProblem(
                "", m.UNSUPPORTED_VERSION, {"version": quoted(version), "supported": VERSION}
            )
        raise ImportFormatError([problem])


def quoted(value: Any) -> str:
    """A value as the person wrote it: 'text' in single quotes (no escapes), other JSON as JSON."""
    if isinstance(value, str):
        return f"'{value}'"
    return json.dumps(value, ensure_ascii=False)


def _check_unique(
    problems: list[ImportProblem], named: list[tuple[str, str]], template: str
) -> None:
    first_at: dict[str, str] = {}
    for path, name in named:
        if name and name in first_at:
            problems.append(
                ImportProblem(
                    f"{path}.name", template, {"name": quoted(name), "other": first_at[name]}
                )
            )
        first_at.setdefault(name, path)


class _Node:
    """One JSON object being read; every problem is recorded with its path."""

    def __init__(self, data: Any, path: str, problems: list[ImportProblem]) -> None:
        self.path = path
        self.problems = problems
        self.data: JsonObject = data if isinstance(data, dict) else {}
        self.read: set[str] = set()
        if not isinstance(data, dict):
            self.fail("", m.MUST_BE_OBJECT)

    def where(self, key: str) -> str:
        if not key:
            return self.path or "document"
        return f"{self.path}.{key}" if self.path else key

    def fail(self, key: str, template: str, **params: object) -> None:
        self.problems.append(ImportProblem(self.where(key), template, params))

    def fail_validation(self, key: str, problem: FieldProblem) -> None:
        """One of the domain's validation problems, at this key."""
        self.problems.append(
            ImportProblem(self.where(key), problem.message, dict(problem.params), m.CTX)
        )

    def allow(self, *keys: str) -> None:
        self.read.update(keys)

    def get(self, key: str) -> Any:
        self.read.add(key)
        return self.data.get(key)

    def finish(self) -> None:
        for key in self.data:
            if key not in self.read:
                self.fail(key, m.UNKNOWN_FIELD)

    def text(self, key: str, *, required: bool = False) -> str:
        value = self.get(key)
        if value is None:
            value = ""
        if not isinstance(value, str):
            self.fail(key, m.MUST_BE_TEXT)
            return ""
        value = neutralise_bidi_controls(value)  # reported by direction_control_warnings()
        if required and not value.strip():
            self.fail(key, m.IS_REQUIRED)
        return value

    def name(self, key: str) -> str:
        """A staff member's name; null or missing means nobody."""
        return self.text(key).strip()

    def choice(self, key: str, enum: type[StrEnum], default: StrEnum | None) -> Any:
        value = self.get(key)
        if value is None:
            return default
        try:
            return enum(value)
        except ValueError:
            self.fail(key, m.NOT_ONE_OF, value=quoted(value), choices=[e.value for e in enum])
            return default

    def flag(self, key: str, default: bool) -> bool:
        value = self.get(key)
        if value is None:
            return default
        if not isinstance(value, bool):
            self.fail(key, m.MUST_BE_TRUE_OR_FALSE)
            return default
        return value

    @overload
    def number(
        self, key: str, *, integer: Literal[True], low: float = 0, high: float | None = None
    ) -> int | None: ...
    @overload
    def number(
        self,
        key: str,
        *,
        integer: Literal[False] = False,
        low: float = 0,
        high: float | None = None,
    ) -> float | None: ...
    def number(
        self, key: str, *, integer: bool = False, low: float = 0, high: float | None = None
    ) -> float | None:
        value = self.get(key)
        if value is None:
            return None
        if not _is_number(value, integer):
            self.fail(key, m.MUST_BE_WHOLE_NUMBER if integer else m.MUST_BE_NUMBER)
            return None
        if value < low or (high is not None and value > high):
            if high is not None:
                self.fail(key, m.BETWEEN, low=low, high=high)
            else:
                self.fail(key, m.AT_LEAST, low=low)
            return None
        if integer and value > SQLITE_MAX_INTEGER:
            self.fail(key, m.TOO_LARGE)
            return None
        return value if integer else float(value)

    def date(self, key: str, *, required: bool = False) -> dt.date | None:
        value = self.get(key)
        if value is None:
            if required:
                self.fail(key, m.IS_REQUIRED)
            return None
        try:
            if isinstance(value, str) and _ISO_DATE.fullmatch(value):
                return dt.date.fromisoformat(value)
        except ValueError:
            pass
        self.fail(key, m.NOT_A_DATE, value=quoted(value))
        return None

    def index(self, key: str, count: int, what: str) -> int | None:
        value = self.get(key)
        if value is None:
            return None
        not_a_number, no_such = _INDEX_PROBLEMS[what]
        if isinstance(value, bool) or not isinstance(value, int):
            self.fail(key, not_a_number)
            return None
        if not 0 <= value < count:
            self.fail(key, no_such, value=value, total=count)
            return None
        return value

    def children(self, key: str) -> list[_Node]:
        value = self.get(key)
        if value is None:
            return []
        if not isinstance(value, list):
            self.fail(key, m.MUST_BE_LIST)
            return []
        return [
            _Node(item, f"{self.where(key)}[{i}]", self.problems) for i, item in enumerate(value)
        ]

    def child(self, key: str) -> _Node | None:
        value = self.get(key)
        return None if value is None else _Node(value, self.where(key), self.problems)


# What a reference by position refers to -> (not a number, no such row).
_INDEX_PROBLEMS = {
    "contact": (m.NOT_A_CONTACT_NUMBER, m.NO_SUCH_CONTACT),
    "expectation": (m.NOT_AN_EXPECTATION_NUMBER, m.NO_SUCH_EXPECTATION),
}


def _is_number(value: Any, integer: bool) -> bool:
    if isinstance(value, bool) or not isinstance(value, int if integer else (int, float)):
        return False
    try:
        float(value)  # an integer too large for a float is no number we can store
    except OverflowError:
        return False
    return True


def _raw_list(node: _Node, key: str) -> list[Any]:
    value = node.data.get(key)
    return value if isinstance(value, list) else []


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_CLOCK = re.compile(r"(\d{2}):(\d{2})")


def _read_staff(node: _Node, phone_region: str) -> StaffRef:
    check = Checker("staff")
    ref = StaffRef(
        name=node.text("name", required=True).strip(),
        role=node.choice("role", StaffRole, StaffRole.SUPPORTER),
        email=check.email("email", node.text("email")),
        phone=check.phone("phone", node.text("phone"), phone_region),
    )
    _report_checker(node, check)
    node.finish()
    return ref


def _report_checker(node: _Node, check: Checker) -> None:
    for problem in check.problems:
        node.fail_validation(problem.field, problem)


def _read_customer(node: _Node, phone_region: str) -> ServiceFile:
    # Systems and levels refer to contacts, results to expectations, by position: know
    # how many there are first, so problems are still listed in the document's order.
    contact_keys = [new_key() for _ in _raw_list(node, "contacts")]
    count = len(contact_keys)
    f = ServiceFile(
        name=node.text("name"),
        industry=node.text("industry"),
        business_needs=node.text("business_needs"),
        support_level=node.choice("support_level", SupportLevel, SupportLevel.STANDARD),
        support_in_scope=node.text("support_in_scope"),
        support_out_of_scope=node.text("support_out_of_scope"),
        window=_read_window(node.child("window")),
        knowledge_level=node.choice("knowledge_level", KnowledgeLevel, KnowledgeLevel.INTERMEDIATE),
        criticality=node.choice("criticality", Criticality, Criticality.MEDIUM),
        document_language=node.choice("document_language", Language, Language.HEBREW),
        account_manager=node.name("account_manager"),
        supporter=node.name("supporter"),
        backup_supporter=node.name("backup_supporter"),
        next_review=node.date("next_review"),
        notes=node.text("notes"),
        systems=[_read_system(n, count, contact_keys) for n in node.children("systems")],
        contacts=[
            _read_contact(n, key)
            for n, key in zip(node.children("contacts"), contact_keys, strict=True)
        ],
        escalation_paths=[
            _read_path(n, count, contact_keys) for n in node.children("escalation_paths")
        ],
        expectations=[_read_expectation(n) for n in node.children("expectations")],
        meetings=[_read_meeting(n) for n in node.children("meetings")],
        reports=[
            _read_report(n, len(_raw_list(node, "expectations"))) for n in node.children("reports")
        ],
        feedback=[_read_feedback(n) for n in node.children("feedback")],
    )
    node.finish()
    return _validated(node, f, phone_region)


def _validated(node: _Node, f: ServiceFile, phone_region: str) -> ServiceFile:
    """The domain's rules on top of the shape checks; problems the shape checks found are not repeated."""
    try:
        return clean_service_file(f, phone_region)
    except ValidationError as exc:
        already = {str(problem) for problem in node.problems}
        for problem in exc.problems:
            if _checked_while_reading(problem) or _row_was_not_an_object(node, problem, already):
                continue
            found = ImportProblem(
                f"{node.path}.{_domain_path(problem)}", problem.message, dict(problem.params), m.CTX
            )
            if str(found) not in already:
                node.problems.append(found)
        return f


# Fields of rows nested two deep (escalation levels, risks, participants, action items,
# report results): the domain knows only their parent row, so the reader checks what it
# can with the exact path, and the domain's duplicate of that finding is dropped.
def _nested(list_name: str, *fields: str) -> dict[str, str]:
    return dict.fromkeys(fields, list_name)


_NESTED: dict[str, dict[str, str]] = {
    "escalation_paths": _nested(
        "levels", "after_minutes", "channel", "staff_name", "name", "level_target"
    ),
    "expectations": _nested(
        "risks",
        "cause",
        "likelihood",
        "impact",
        "mitigation",
        "recovery_plan",
        "recovery_minutes",
        "preparation",
        "owner_name",
    ),
    "meetings": _nested("participants", "name", "side", "role")
    | _nested("action_items", "text", "owner", "due"),
    "reports": _nested("results", "achieved", "notes"),
}
_FOUND_WHILE_READING = {
    m.REQUIRED,
    m.LEVEL_TARGET,
    m.OUT_OF_RANGE,
    m.NEGATIVE,
    m.NOT_A_NUMBER,
    m.BAD_CHOICE,
    m.BAD_DATE,
}
_JSON_KEY = {
    "window_days": "window.days",
    "window_start": "window.start",
    "window_end": "window.end",
    "timezone": "window.timezone",
    "staff_name": "staff",
    "owner_name": "owner",
    "level_target": "staff",
}


def _is_nested(problem: FieldProblem) -> bool:
    return problem.field in _NESTED.get(problem.section, {})


def _checked_while_reading(problem: FieldProblem) -> bool:
    return _is_nested(problem) and problem.message in _FOUND_WHILE_READING


def _row_was_not_an_object(node: _Node, problem: FieldProblem, already: set[str]) -> bool:
    """A row that was not an object was read as an empty one: its "required" fields are no news."""
    row = f"{node.path}.{problem.section}[{problem.index}]"
    return problem.index is not None and str(ImportProblem(row, m.MUST_BE_OBJECT)) in already


def _domain_path(problem: FieldProblem) -> str:
    key = _JSON_KEY.get(problem.field, problem.field)
    if not problem.section or problem.index is None:
        return key
    row = f"{problem.section}[{problem.index}]"
    if _is_nested(problem):
        return f"{row}.{_NESTED[problem.section][problem.field]}[…].{key}"
    return f"{row}.{key}"


def _read_window(node: _Node | None) -> ServiceWindow:
    default = ServiceWindow.always("Asia/Jerusalem")
    if node is None:
        return default
    mask = _read_days(node)
    start = _read_clock(node, "start", default=0, latest=MINUTES_PER_DAY - 1)
    end = _read_clock(node, "end", default=MINUTES_PER_DAY, latest=MINUTES_PER_DAY)
    timezone = node.text("timezone") or default.timezone
    node.finish()
    if start is not None and end is not None and start >= end:
        node.fail("end", m.WINDOW_WITHIN_A_DAY)
        return default
    if mask is None or start is None or end is None:
        return default
    return ServiceWindow(mask, start, end, timezone)


def _read_days(node: _Node) -> int | None:
    value = node.get("days")
    if value is None:
        return 0b1111111
    if not isinstance(value, list) or not value:
        node.fail("days", m.DAYS_LIST, example='["sun", "mon"]')
        return None
    mask = 0
    for i, day in enumerate(value):
        if day not in DAY_NAMES:
            node.fail(
                f"days[{i}]", m.NOT_ONE_OF, value=quoted(day), choices=_day_names_sunday_first()
            )
            return None
        if mask >> DAY_NAMES.index(day) & 1:
            node.fail(f"days[{i}]", m.DAY_TWICE, value=quoted(day))
            return None
        mask |= 1 << DAY_NAMES.index(day)
    return mask


def _day_names_sunday_first() -> list[str]:
    return [DAY_NAMES[d] for d in DAYS_IN_DOCUMENT_ORDER]


def _read_clock(node: _Node, key: str, *, default: int, latest: int) -> int | None:
    value = node.get(key)
    if value is None:
        return default
    match = _CLOCK.fullmatch(value) if isinstance(value, str) else None
    minute = int(match[1]) * 60 + int(match[2]) if match and int(match[2]) < 60 else None
    if minute is None or minute > latest:
        node.fail(
            key,
            m.NOT_A_TIME_UP_TO_24 if latest == MINUTES_PER_DAY else m.NOT_A_TIME,
            value=quoted(value),
        )
        return None
    return minute


def _read_system(node: _Node, contact_count: int, contact_keys: list[str]) -> SystemData:
    system = SystemData(
        name=node.text("name"),
        kind=node.choice("kind", SystemKind, SystemKind.SERVER),
        business_function=node.text("business_function"),
        environment=node.choice("environment", Environment, Environment.PRODUCTION),
        version=node.text("version"),
        location=node.text("location"),
        host=node.text("host"),
        address=node.text("address"),
        serial=node.text("serial"),
        criticality=node.choice("criticality", Criticality, Criticality.MEDIUM),
        owner_key=_key_at(node.index("owner", contact_count, "contact"), contact_keys),
        notes=node.text("notes"),
    )
    node.finish()
    return system


def _key_at(index: int | None, keys: list[str]) -> str | None:
    return keys[index] if index is not None else None


def _read_contact(node: _Node, key: str) -> ContactData:
    contact = ContactData(
        key=key,
        name=node.text("name"),
        side=node.choice("side", Side, Side.CUSTOMER),
        role=node.text("role"),
        itil_relation=node.choice("itil_relation", ItilRelation, ItilRelation.USER),
        phone=node.text("phone"),
        mobile=node.text("mobile"),
        email=node.text("email"),
        preferred_channel=node.choice("preferred_channel", Channel, Channel.PHONE),
        language=node.choice("language", Language, None),
        reachable_hours=node.text("reachable_hours"),
        notes=node.text("notes"),
    )
    node.finish()
    return contact


def _read_path(node: _Node, contact_count: int, contact_keys: list[str]) -> EscalationPathData:
    path = EscalationPathData(
        severity=node.choice("severity", Severity, Severity.HIGH),
        side=node.choice("side", Side, Side.PROVIDER),
        levels=[_read_level(n, contact_count, contact_keys) for n in node.children("levels")],
    )
    node.finish()
    return path


def _read_level(node: _Node, contact_count: int, contact_keys: list[str]) -> EscalationLevelData:
    level = EscalationLevelData(
        after_minutes=node.number("after_minutes", integer=True) or 0,
        channel=node.choice("channel", Channel, Channel.PHONE),
        staff_name=node.name("staff"),
        contact_key=_key_at(node.index("contact", contact_count, "contact"), contact_keys),
        name=node.text("name"),
    )
    if not (level.staff_name or node.data.get("contact") is not None or level.name.strip()):
        node.fail("staff", m.LEVEL_NEEDS_SOMEONE)
    node.finish()
    return level


def _read_expectation(node: _Node) -> ExpectationData:
    expectation = ExpectationData(
        customer_words=node.text("customer_words"),
        topic=node.choice("topic", Topic, Topic.OTHER),
        holder=node.choice("holder", ExpectationHolder, ExpectationHolder.CUSTOMER),
        agreed_target=node.text("agreed_target"),
        technical_target=node.text("technical_target"),
        failures_per_year=node.number("failures_per_year"),
        hours_per_failure=node.number("hours_per_failure"),
        availability_percent=node.number("availability_percent", high=100),
        realistic=node.flag("realistic", True),
        cost_benefit=node.text("cost_benefit"),
        status=node.choice("status", ExpectationStatus, ExpectationStatus.RAISED),
        review_date=node.date("review_date"),
        risks=[_read_risk(n) for n in node.children("risks")],
    )
    node.finish()
    return expectation


def _read_risk(node: _Node) -> RiskData:
    risk = RiskData(
        cause=node.text("cause", required=True),
        likelihood=node.choice("likelihood", Likelihood, Likelihood.MEDIUM),
        impact=node.choice("impact", Likelihood, Likelihood.MEDIUM),
        mitigation=node.text("mitigation"),
        recovery_plan=node.text("recovery_plan"),
        recovery_minutes=node.number("recovery_minutes", integer=True),
        preparation=node.text("preparation"),
        owner_name=node.name("owner"),
    )
    node.finish()
    return risk


def _read_meeting(node: _Node) -> MeetingData:
    meeting = MeetingData(
        held_on=node.date("held_on", required=True) or dt.date.today(),
        kind=node.choice("kind", MeetingKind, MeetingKind.KICKOFF),
        notes=node.text("notes"),
        decisions=node.text("decisions"),
        participants=[_read_participant(n) for n in node.children("participants")],
        action_items=[_read_action_item(n) for n in node.children("action_items")],
    )
    checklist = node.child("checklist")
    if checklist is not None:
        for item in CHECKLIST:
            setattr(meeting, f"covered_{item}", checklist.flag(item, False))
        checklist.finish()
    node.finish()
    return meeting


def _read_participant(node: _Node) -> ParticipantData:
    person = ParticipantData(
        name=node.text("name", required=True),
        side=node.choice("side", Side, Side.CUSTOMER),
        role=node.text("role"),
    )
    node.finish()
    return person


def _read_action_item(node: _Node) -> ActionItemData:
    item = ActionItemData(
        text=node.text("text", required=True),
        owner=node.text("owner"),
        due=node.date("due"),
        done=node.flag("done", False),
    )
    node.finish()
    return item


def _read_report(node: _Node, expectation_count: int) -> ServiceReportData:
    start = node.date("period_start", required=True)
    end = node.date("period_end", required=True)
    if start and end and end < start:
        node.fail("period_end", m.NOT_BEFORE, other="period_start")
        end = start
    report = ServiceReportData(
        period_start=start or dt.date.today(),
        period_end=end or start or dt.date.today(),
        improvement_plan=node.text("improvement_plan"),
        results=[_read_result(n, expectation_count) for n in node.children("results")],
    )
    _check_one_result_per_expectation(node, report.results)
    node.finish()
    return report


def _read_result(node: _Node, expectation_count: int) -> ReportResultData:
    if node.data.get("expectation") is None:
        node.fail("expectation", m.IS_REQUIRED)
    index = node.index("expectation", expectation_count, "expectation")
    result = ReportResultData(
        expectation_index=index if index is not None else 0,
        achieved=node.text("achieved", required=True),
        met=node.flag("met", True),
        notes=node.text("notes"),
    )
    node.finish()
    return result


def _check_one_result_per_expectation(node: _Node, results: list[ReportResultData]) -> None:
    seen: set[int] = set()
    for i, result in enumerate(results):
        if result.expectation_index in seen:
            node.fail(f"results[{i}].expectation", m.TWO_RESULTS, value=result.expectation_index)
        seen.add(result.expectation_index)


def _read_feedback(node: _Node) -> FeedbackData:
    item = FeedbackData(
        received_on=node.date("received_on", required=True) or dt.date.today(),
        channel=node.choice("channel", FeedbackChannel, FeedbackChannel.CALL),
        score=node.number("score", integer=True, low=1, high=10),
        customer_words=node.text("customer_words"),
        follow_up=node.text("follow_up"),
        follow_up_done=node.flag("follow_up_done", False),
    )
    node.finish()
    return item


# ================================================================ importing


def import_document(db: Database, text: str, phone_region: str = DEFAULT_PHONE_REGION) -> list[int]:
    """Add every customer in the document, in one transaction; their new ids, in order.

    Nothing is saved when any customer is invalid or has the name of one already in the
    database (existing customers are never overwritten). Staff named in the document
    are added when missing; a staff member already in the database keeps their details.
    """
    parsed = read_document(text, phone_region)
    try:
        with db.transaction() as session:
            _refuse_taken_names(session, parsed.files)
            add_missing_staff(session, parsed.staff)
            return [_insert(session, f) for f in parsed.files]
    except IntegrityError as exc:  # a rule the checks above missed; nothing was saved
        raise ImportFormatError(
            [ImportProblem("", m.DATABASE_REFUSED, {"detail": str(exc.orig)})]
        ) from exc


def _refuse_taken_names(session: Session, files: list[ServiceFile]) -> None:
    names = [f.name for f in files]
    taken = set(session.scalars(select(t.Customer.name).where(t.Customer.name.in_(names))))
    problems = [
        ImportProblem(f"customers[{i}].name", m.CUSTOMER_EXISTS, {"name": quoted(name)})
        for i, name in enumerate(names)
        if name in taken
    ]
    if problems:
        raise ImportFormatError(problems)


def add_missing_staff(session: Session, staff: list[StaffRef]) -> None:
    """Add the staff members the database does not have yet; existing ones are kept."""
    existing = set(session.scalars(select(t.StaffMember.name)))
    for ref in staff:
        if ref.name not in existing:
            session.add(
                t.StaffMember(
                    name=ref.name, role=ref.role, email=ref.email, phone=ref.phone, active=True
                )
            )
            existing.add(ref.name)
    session.flush()


def _insert(session: Session, f: ServiceFile) -> int:
    row = t.Customer(name=f.name)
    session.add(row)
    apply_service_file(session, row, f)
    session.flush()
    return row.id
