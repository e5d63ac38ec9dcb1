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

Documents are read piece by piece (`json_stream`) and strictly: a customer's systems are
checked and, on import, written in bulk one by one as they are read, inside the one
transaction, so a file of any size is imported in the same memory. A problem found late
rolls everything back.
"""

from __future__ import annotations

import codecs
import dataclasses
import datetime as dt
import json
import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from operator import gt, itemgetter
from pathlib import Path
from typing import Any, Literal, TypeVar, overload

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from accountdesk.domain import messages as m
from accountdesk.domain.bidi import (
    BIDI_CONTROLS,
    has_bidi_controls,
    is_blank,
    neutralise_bidi_controls,
)
from accountdesk.domain.enums import (
    ChangeAction,
    StaffRole,
)
from accountdesk.domain.errors import (
    FieldProblem,
    ImportFormatError,
    ImportProblem,
    ValidationError,
)
from accountdesk.domain.fields import (
    Declared,
    Kind,
    declared_fields,
    defaults,
    json_key,
    json_name,
)
from accountdesk.domain.phones import clean_country, country_of_language
from accountdesk.domain.printable import is_printable
from accountdesk.domain.rules import clean_service_file, clean_system
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
from accountdesk.domain.validation import (
    Checker,
    forbidden_character,
    replace_forbidden,
)
from accountdesk.services import history
from accountdesk.services.json_stream import JsonStream, Progress
from accountdesk.services.service_files import list_staff, load_file
from accountdesk.storage import tables as t
from accountdesk.storage.database import Database
from accountdesk.storage.file_mapping import (
    SYSTEM_FIELDS,
    SystemValues,
    SystemWriter,
    apply_service_file,
    system_of_values,
    system_values,
)
from accountdesk.storage.search_index import merging_deferred

# A JSON object as json.loads gives it and json.dumps takes it.
JsonObject = dict[str, Any]

FORMAT = "accountdesk.service-file"
VERSION = 1

# Bit d of the window's day mask is weekday d (Monday = 0); documents list Sunday first.
DAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
DAYS_IN_DOCUMENT_ORDER = (6, 0, 1, 2, 3, 4, 5)

SQLITE_MAX_INTEGER = 2**63 - 1

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
    names |= {x.improvement_owner for r in f.reports for x in r.results}
    return {name for name in names if name}


def _staff_out(s: StaffRef) -> JsonObject:
    return {"name": s.name, "role": s.role.value, "email": s.email, "phone": s.phone}


def _customer_out(f: ServiceFile) -> JsonObject:
    contact_index = {c.key: i for i, c in enumerate(f.contacts)}
    return fields_out(
        f,
        window=window_out(f.window),
        country=f.country,
        systems=[_system_out(s, contact_index) for s in f.systems],
        contacts=[_contact_out(c) for c in f.contacts],
        escalation_paths=[_path_out(p, contact_index) for p in f.escalation_paths],
        expectations=[_expectation_out(e) for e in f.expectations],
        meetings=[_meeting_out(meeting) for meeting in f.meetings],
        reports=[_report_out(r) for r in f.reports],
        feedback=[fields_out(item) for item in f.feedback],
    )


def fields_out(record: Any, **special: Any) -> JsonObject:
    """A record as the format writes it: its fields in their order, each declared one as
    its kind is written (`domain.fields`), each in `special` (by attribute name) as given
    there, under the same key; fields in neither (ids, keys) are left out."""
    out: JsonObject = {}
    for name, key, write in _writers(type(record)):
        if name in special:
            value = special[name]
        elif write is None:
            continue
        else:
            value = write(getattr(record, name))
        group, _, member = key.partition(".")
        if member:
            out.setdefault(group, {})[member] = value
        else:
            out[key] = value
    return out


def _writers(record: type) -> list[tuple[str, str, Callable[[Any], Any] | None]]:
    """(attribute, JSON key, how it is written) for each field of a record, in order."""
    found = _WRITERS.get(record)
    if found is None:
        declared = dict(declared_fields(record))
        found = _WRITERS[record] = [
            (item.name, json_key(item.name, declared[item.name]), _WRITE[declared[item.name].kind])
            if item.name in declared
            else (item.name, json_name(item) or "", None)
            for item in dataclasses.fields(record)
        ]
    return found


_WRITERS: dict[type, list[tuple[str, str, Callable[[Any], Any] | None]]] = {}


def _declarations(record: type) -> dict[str, Declared]:
    return dict(declared_fields(record))


def _as_is(value: Any) -> Any:
    return value


def _value_or_null(value: Any) -> Any:
    return value.value if value is not None else None


def _date_out(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def _name_or_null(value: str) -> str | None:
    return value or None


_WRITE: dict[Kind, Callable[[Any], Any]] = {
    Kind.TEXT: _as_is,
    Kind.PHONE: _as_is,
    Kind.EMAIL: _as_is,
    Kind.FLAG: _as_is,
    Kind.INTEGER: _as_is,
    Kind.NUMBER: _as_is,
    Kind.CHOICE: _value_or_null,
    Kind.DATE: _date_out,
    Kind.STAFF: _name_or_null,
}


def window_out(window: ServiceWindow) -> JsonObject:
    return {
        "days": [DAY_NAMES[d] for d in DAYS_IN_DOCUMENT_ORDER if window.days_mask >> d & 1],
        "start": clock_text(window.start_minute),
        "end": clock_text(window.end_minute),
        "timezone": window.timezone,
    }


def _system_out(s: SystemData, contact_index: dict[str, int]) -> JsonObject:
    return fields_out(s, owner_key=contact_index.get(s.owner_key) if s.owner_key else None)


def _contact_out(c: ContactData) -> JsonObject:
    return fields_out(c, country=c.country)


def _path_out(p: EscalationPathData, contact_index: dict[str, int]) -> JsonObject:
    levels = [
        fields_out(
            level,
            contact_key=contact_index.get(level.contact_key) if level.contact_key else None,
        )
        for level in p.levels
    ]
    return fields_out(p, levels=levels)


def _expectation_out(e: ExpectationData) -> JsonObject:
    return fields_out(e, risks=[fields_out(r) for r in e.risks])


def _meeting_out(meeting: MeetingData) -> JsonObject:
    return fields_out(
        meeting,
        participants=[fields_out(p) for p in meeting.participants],
        action_items=[fields_out(a) for a in meeting.action_items],
    )


def _report_out(r: ServiceReportData) -> JsonObject:
    results = [fields_out(x, expectation_index=x.expectation_index) for x in r.results]
    return fields_out(r, results=results)


# ================================================================ reading


@dataclass
class ParsedDocument:
    files: list[ServiceFile]
    staff: list[StaffRef]


def parse_document(text: str, phone_region: str | None = None) -> list[ServiceFile]:
    """The service files in a document, validated and cleaned; ImportFormatError if not."""
    return read_document(text, phone_region).files


# A bidi control written as a JSON escape (written as itself, it is one of BIDI_CONTROLS).
_CONTROL_ESCAPE = re.compile(r"\\u(?:202[a-e]|206[6-9]|200[ef]|061c)", re.IGNORECASE)
_SCAN_CHUNK = 1 << 20


def _has_direction_controls(path: Path) -> bool:
    """Whether the file holds a bidi control, as itself or escaped: read a piece at a time
    (a file of any size in the same memory), each piece searched for each character."""
    decoder = codecs.getincrementaldecoder("utf-8-sig")("replace")
    tail = ""  # an escape may begin at the end of one piece and end in the next
    with path.open("rb") as source:
        while True:
            data = source.read(_SCAN_CHUNK)
            text = tail + decoder.decode(data, final=not data)
            if not text.isascii() and any(control in text for control in BIDI_CONTROLS):
                return True
            if "\\" in text and _CONTROL_ESCAPE.search(text):
                return True
            if not data:
                return False
            tail = text[-5:]


def direction_control_warnings(path: Path) -> list[ImportProblem]:
    """Each text in the document file that carries bidi control characters, which the
    import removes (a name with U+202E would otherwise read reversed), with where it is.

    A file without any (nearly every one) is only scanned, whatever its size."""
    if not _has_direction_controls(path):
        return []
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

    # Read whole only when there are some.
    walk(json.loads(path.read_bytes().decode("utf-8-sig")), "")
    return warnings


def read_document(text: str, phone_region: str | None = None) -> ParsedDocument:
    """`phone_region`: the country of staff numbers written without a country code (the
    provider's people belong to no customer); without it they need one. Contacts' numbers
    are read in the contact's or the customer's country."""
    sink = _Collect()
    staff = _read(JsonStream(text), phone_region, sink)
    return ParsedDocument(sink.files, staff)


def _read(stream: JsonStream, phone_region: str | None, sink: _Sink) -> list[StaffRef]:
    """Read the document from the stream, handing each customer to the sink as it ends."""
    if stream.peek() != "{":
        root = stream.value("")
        stream.end()
        _check_envelope(root)  # not an object: says so, and raises
    problems: list[ImportProblem] = []
    envelope: dict[str, Any] = {}
    staff: list[StaffRef] = []
    names: list[tuple[str, str]] = []
    for key in stream.object_keys("", _twice(problems, "")):
        if key == "customers" and stream.peek() == "[":
            _check_envelope(envelope, complete=False)  # refused before any work is done
            envelope[key] = []
            for index in stream.list_items():
                path = f"customers[{index}]"
                f = _read_customer(stream, path, index, sink, problems)
                if f is not None:
                    names.append((path, f.name.strip()))
                stream.report_progress()
        elif key == "staff":
            envelope[key] = stream.value(key)
            staff = _read_staff_list(_Node(envelope, "", problems), phone_region)
        else:
            envelope[key] = stream.value(_child_path("", key))
    stream.end()
    _check_envelope(envelope)
    top = _Node(envelope, "", problems)
    top.allow("format", "version", "staff")
    if not isinstance(top.get("customers"), list | None):
        top.fail("customers", m.MUST_BE_LIST)
    top.finish()
    _check_unique(problems, names, m.CUSTOMER_TWICE)
    if problems:
        raise ImportFormatError(problems)
    sink.finish(staff)
    return staff


def _twice(problems: list[ImportProblem], path: str) -> Callable[[str], None]:
    def report(key: str) -> None:
        problems.append(ImportProblem(_child_path(path, key), m.KEY_TWICE))

    return report


def _child_path(path: str, key: str) -> str:
    shown = shown_key(key)
    return f"{path}.{shown}" if path else shown


def shown_key(key: str) -> str:
    """A key as a place names it: escaped and cut like a quoted value, never a line break."""
    return _escaped(key, 40)


def _read_staff_list(top: _Node, phone_region: str | None) -> list[StaffRef]:
    staff_nodes = top.children("staff")
    staff = [_read_staff(node, phone_region) for node in staff_nodes]
    _check_unique(
        top.problems,
        [(n.path, s.name) for n, s in zip(staff_nodes, staff, strict=True)],
        m.STAFF_TWICE,
    )
    return staff


def _check_envelope(root: Any, *, complete: bool = True) -> None:
    """Refuse a document that is not ours (ImportFormatError); `complete=False`: judge only
    what has been read so far."""
    if not isinstance(root, dict) or (
        root.get("format") != FORMAT and ("format" in root or complete)
    ):
        found = root.get("format") if isinstance(root, dict) else None
        expected = {"expected": f'"format": "{FORMAT}"'}
        if found is None:
            raise ImportFormatError([ImportProblem("", m.NOT_A_SERVICE_FILE, expected)])
        raise ImportFormatError(
            [ImportProblem("", m.NOT_A_SERVICE_FILE_FORMAT, {"found": quoted(found), **expected})]
        )
    if "version" not in root and not complete:
        return
    version = root.get("version")
    # 1.0 and true equal 1 in Python; a version is a whole number written as one.
    if type(version) is not int or version != VERSION:
        if type(version) is int and version > VERSION:
            problem = ImportProblem("", m.NEWER_VERSION, {"version": version, "supported": VERSION})
        else:
            problem = ImportProblem(
                "", m.UNSUPPORTED_VERSION, {"version": quoted(version), "supported": VERSION}
            )
        raise ImportFormatError([problem])


QUOTED_CHARS = 80


def quoted(value: Any) -> str:
    """A value as the person wrote it: 'text' in single quotes, other JSON as JSON; control
    characters escaped and long values cut, so a problem is always one short line."""
    if isinstance(value, str):
        return f"'{_escaped(value, QUOTED_CHARS)}'"
    try:
        text = json.dumps(value, ensure_ascii=False)
    except (RecursionError, ValueError):
        text = "[…]" if isinstance(value, list) else "{…}"
    return _escaped(text, QUOTED_CHARS)


def _escaped(text: str, limit: int) -> str:
    cut = text[:limit]
    if forbidden_character(cut) is not None or any(c in "\n\r\t" for c in cut):
        cut = "".join(
            f"\\u{ord(c):04x}" if c in "\n\r\t" or forbidden_character(c) else c for c in cut
        )
    return cut + "…" if len(text) > limit else cut


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
        for key in getattr(data, "twice", ()):
            self.fail(key, m.KEY_TWICE)

    def where(self, key: str) -> str:
        if not key:
            return self.path or "document"
        return _child_path(self.path, key)

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
        character = forbidden_character(value)
        if character is not None:
            self.fail(key, m.BAD_CHARACTER, character=character)
            return replace_forbidden(value)  # refused here; the rules need not say more
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

    def index(self, key: str, count: int | None, what: str) -> int | None:
        """A reference by position; with `count` None (not known yet) only its type is checked."""
        value = self.get(key)
        if value is None:
            return None
        not_a_number, no_such = _INDEX_PROBLEMS[what]
        if isinstance(value, bool) or not isinstance(value, int):
            self.fail(key, not_a_number, first=FIRST_POSITION)
            return None
        if count is not None and not 0 <= value < count:
            self.fail(key, no_such, value=value, total=count, first=FIRST_POSITION)
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


# References by position count from 0, as a JSON list's items do.
FIRST_POSITION = 0

# What a reference by position refers to -> (not a number, no such row).
_INDEX_PROBLEMS = {
    "contact": (m.NOT_A_CONTACT_NUMBER, m.NO_SUCH_CONTACT),
    "expectation": (m.NOT_AN_EXPECTATION_NUMBER, m.NO_SUCH_EXPECTATION),
}


def _is_number(value: Any, integer: bool) -> bool:
    if isinstance(value, bool) or not isinstance(value, int if integer else (int, float)):
        return False
    try:
        # An integer too large for a float, or 1e400 read as infinity, is no number we can store.
        return math.isfinite(value)
    except OverflowError:
        return False


def _raw_list(node: _Node, key: str) -> list[Any]:
    value = node.data.get(key)
    return value if isinstance(value, list) else []


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_CLOCK = re.compile(r"(\d{2}):(\d{2})")


def _read_staff(node: _Node, phone_region: str | None) -> StaffRef:
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


# A customer's lists are read item by item; systems go to the sink one at a time, so a
# customer with 100,000 of them is read in the same memory as one with ten.
_CUSTOMER_LISTS = frozenset(
    {"systems", "contacts", "escalation_paths", "expectations", "meetings", "reports", "feedback"}
)


def _read_customer(
    stream: JsonStream,
    path: str,
    index: int,
    sink: _Sink,
    problems: list[ImportProblem],
) -> ServiceFile | None:
    """One customer, checked; its systems handed to the sink as they are read."""
    if stream.peek() != "{":
        _Node(stream.value(path), path, problems)  # says it must be an object
        return None
    raw: dict[str, Any] = {}
    systems = _Systems(path, index, sink, problems)
    for key in stream.object_keys(path, _twice(problems, path)):
        key_path = _child_path(path, key)
        if key in _CUSTOMER_LISTS and stream.peek() == "[":
            items: list[Any] = []
            for position in stream.list_items():
                value = stream.value(f"{key_path}[{position}]")
                if key == "systems":
                    systems.add(position, value)
                else:
                    items.append(value)
            raw[key] = items
        else:
            raw[key] = stream.value(key_path)
    node = _Node(raw, path, problems)
    f = _read_customer_fields(node, systems)
    if f.name and sink.name_taken(f.name):  # never overwritten
        problems.append(ImportProblem(f"{path}.name", m.CUSTOMER_EXISTS, {"name": quoted(f.name)}))
    if not problems:
        sink.customer(index, f, systems.owners)
    return f


def _read_customer_fields(node: _Node, systems: _Systems) -> ServiceFile:
    """Everything of a customer but its systems (read by `_Systems`), checked."""
    # Levels refer to contacts, results to expectations, by position: know how many
    # there are first, so problems are still listed in the document's order.
    contact_keys = [new_key() for _ in _raw_list(node, "contacts")]
    count = len(contact_keys)
    values = fields_in(
        node,
        ServiceFile,
        window=lambda _read: _read_window(node.child("window")),
        # Files written before customers had a country: the country of their language.
        country=lambda read: (
            clean_country(node.text("country")) or country_of_language(read["document_language"])
        ),
    )
    f = ServiceFile(**values)
    node.children("systems")  # read already; only says so when it is not a list
    node.problems += systems.read_problems(count)
    f.contacts = [
        _read_contact(n, key)
        for n, key in zip(node.children("contacts"), contact_keys, strict=True)
    ]
    f.escalation_paths = [
        _read_path(n, count, contact_keys) for n in node.children("escalation_paths")
    ]
    f.expectations = [_read_expectation(n) for n in node.children("expectations")]
    f.meetings = [_read_meeting(n) for n in node.children("meetings")]
    expectation_count = len(_raw_list(node, "expectations"))
    f.reports = [_read_report(n, expectation_count) for n in node.children("reports")]
    f.feedback = [_read_feedback(n) for n in node.children("feedback")]
    node.finish()
    return _validated(node, f, systems)


# How the quick path reads each field of a system, in the order SystemWriter takes
# them, as declared: text with its longest length (a required one not empty), or a
# choice with its default.
_SYSTEM_DECLARED = dict(declared_fields(SystemData))
_SYSTEM_TEXT_KEYS = tuple(key for key in SYSTEM_FIELDS if _SYSTEM_DECLARED[key].kind is Kind.TEXT)
_SYSTEM_TEXT_LIMITS = tuple(_SYSTEM_DECLARED[key].length for key in _SYSTEM_TEXT_KEYS)
_SYSTEM_REQUIRED = tuple(
    place for place, key in enumerate(_SYSTEM_TEXT_KEYS) if _SYSTEM_DECLARED[key].required
)
_SYSTEM_CHOICES: dict[str, StrEnum] = {
    key: defaults(SystemData)[key] for key in SYSTEM_FIELDS if _SYSTEM_DECLARED[key].enum
}
_SYSTEM_CHOICE_READS = tuple(
    (key, type(default)._value2member_map_, default.value)
    for key, default in _SYSTEM_CHOICES.items()
)
# The texts, then the choices, put in SYSTEM_FIELDS' order.
_SYSTEM_ORDER = itemgetter(
    *(
        _SYSTEM_TEXT_KEYS.index(key)
        if key in _SYSTEM_TEXT_KEYS
        else len(_SYSTEM_TEXT_KEYS) + list(_SYSTEM_CHOICES).index(key)
        for key in SYSTEM_FIELDS
    )
)
_SYSTEM_KEYS = frozenset({*SYSTEM_FIELDS, "owner"})


# Characters met in systems so far that documents can print, and those of them that
# are visible (is_blank): a file's texts use a few hundred, each looked up once.
_PRINTABLE: set[str] = set()
_VISIBLE: set[str] = set()


def _all_printable(characters: set[str]) -> bool:
    new = characters - _PRINTABLE
    if not all(map(is_printable, new)):
        return False
    _PRINTABLE.update(new)
    _VISIBLE.update(character for character in new if not is_blank(character))
    return True


def _quick_system(value: Any) -> tuple[SystemValues, int | None] | None:
    """A well-formed, valid system (nearly every one), read without the bookkeeping that
    places problems; None for anything it cannot decide, which the general path reads
    and explains. Must accept only what the general path accepts, and give the same
    system: the same checks, made on all the texts at once."""
    if type(value) is not dict or not _SYSTEM_KEYS.issuperset(value):
        return None
    get = value.get
    texts = [get(key, "") for key in _SYSTEM_TEXT_KEYS]
    try:
        joined = "".join(texts)
    except TypeError:
        return None  # a null or not text: the general path reads it
    if not (joined.isascii() and joined.isprintable()):
        if (
            forbidden_character(joined) is not None
            or has_bidi_controls(joined)  # removed by the general path, which says where
            or not _all_printable(set(joined))
        ):
            return None
        cleaned = [text.strip() for text in texts]
        if any(text and _VISIBLE.isdisjoint(text) for text in cleaned):
            return None  # only invisible characters: empty, which a name may not be
    else:
        cleaned = [text.strip() for text in texts]
    if not all(cleaned[place] for place in _SYSTEM_REQUIRED) or any(
        map(gt, map(len, cleaned), _SYSTEM_TEXT_LIMITS)
    ):
        return None  # no name, or too long
    for key, members, default in _SYSTEM_CHOICE_READS:
        choice = get(key)
        if choice is None:
            choice = default
        elif type(choice) is not str or choice not in members:
            return None
        cleaned.append(choice)
    owner = get("owner")
    if owner is not None and type(owner) is not int:
        return None
    return _SYSTEM_ORDER(cleaned), owner


class _Systems:
    """A customer's systems as they are read: each checked (shape, then the domain's rules
    for one system), names kept unique; owners are checked once the contacts are counted.
    The problems are kept apart, to be listed where the whole customer's would be."""

    def __init__(self, path: str, index: int, sink: _Sink, problems: list[ImportProblem]) -> None:
        self.path = path
        self.index = index
        self.sink = sink
        self.earlier = problems  # the document's problems before this customer's
        self.shape: list[tuple[int, ImportProblem]] = []
        self.rules: list[ImportProblem] = []
        self.names: set[str] = set()
        self.twice: list[ImportProblem] = []  # names taken by an earlier system
        self.owners: list[tuple[int, int]] = []  # (system position, contact position)

    def add(self, position: int, value: Any) -> None:
        quick = _quick_system(value)
        if quick is None:
            self._add_checked(position, value)
            return
        values, owner = quick
        key = values[0].casefold()
        if key in self.names:
            self._add_checked(position, value)  # says which name is taken
            return
        self.names.add(key)
        if owner is not None:
            self.owners.append((position, owner))
        if not (self.earlier or self.shape or self.rules or self.twice):
            self.sink.system(self.index, position, values)

    def _add_checked(self, position: int, value: Any) -> None:
        found: list[ImportProblem] = []
        node = _Node(value, f"{self.path}.systems[{position}]", found)
        system, owner = _read_system(node)
        check = Checker("customer").at("systems", position)
        clean_system(check, system)
        key = system.name.casefold()
        if key and key in self.names:
            self.twice.append(
                ImportProblem(
                    f"{self.path}.systems[{position}].name",
                    m.DUPLICATE,
                    {"field": m.FIELD_LABELS["name"], "value": system.name},
                    m.CTX,
                )
            )
        self.names.add(key)
        self.shape += [(position, problem) for problem in found]
        if not isinstance(value, dict):
            return  # read as an empty object: its "required" fields are no news
        already = {problem.place for problem in found}  # one finding for each place
        for problem in check.problems:
            rule = ImportProblem(
                f"{self.path}.{_domain_path(problem)}", problem.message, dict(problem.params), m.CTX
            )
            if rule.place not in already:
                self.rules.append(rule)
        if owner is not None:
            self.owners.append((position, owner))
        if not (self.earlier or self.shape or self.rules or self.twice):  # then write no more
            self.sink.system(self.index, position, system_values(system))

    def read_problems(self, contact_count: int) -> list[ImportProblem]:
        """The problems of the systems' shapes and references, in the document's order."""
        for position, owner in self.owners:
            if not 0 <= owner < contact_count:
                problem = ImportProblem(
                    f"{self.path}.systems[{position}].owner",
                    m.NO_SUCH_CONTACT,
                    {"value": owner, "total": contact_count, "first": FIRST_POSITION},
                )
                self.shape.append((position, problem))
        return [problem for _position, problem in sorted(self.shape, key=lambda p: p[0])]


def _validated(node: _Node, f: ServiceFile, systems: _Systems) -> ServiceFile:
    """The domain's rules on top of the shape checks; problems the shape checks found are
    not repeated. The systems were checked one by one: their findings go where the rules
    list them (fields after the customer's, names taken twice last)."""
    system_rules = systems.rules
    try:
        cleaned = clean_service_file(f)
    except ValidationError as exc:
        already = {str(problem) for problem in node.problems}
        places = {problem.place for problem in node.problems}  # one finding for each place
        for problem in exc.problems:
            if problem.section and system_rules:  # the systems come after the customer's fields
                node.problems += system_rules
                system_rules = []
            if _checked_while_reading(problem) or _row_was_not_an_object(node, problem, already):
                continue
            found = ImportProblem(
                f"{node.path}.{_domain_path(problem)}", problem.message, dict(problem.params), m.CTX
            )
            if found.place not in places:
                node.problems.append(found)
        node.problems += system_rules + systems.twice
        return f
    node.problems += system_rules + systems.twice
    return cleaned


# Fields of rows nested two deep (escalation levels, risks, participants, action items,
# report results): the domain knows only their parent row, so the reader checks what it
# can with the exact path, and the domain's duplicate of that finding is dropped.
def _nested(list_name: str, *fields: str) -> dict[str, str]:
    return dict.fromkeys(fields, list_name)


_NESTED: dict[str, dict[str, str]] = {
    "escalation_paths": _nested("levels", *_declarations(EscalationLevelData), "level_target"),
    "expectations": _nested("risks", *_declarations(RiskData)),
    "meetings": _nested("participants", *_declarations(ParticipantData))
    | _nested("action_items", *_declarations(ActionItemData)),
    "reports": _nested("results", *_declarations(ReportResultData)),
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
    "level_target": "staff",
    # Declared fields written under another key (staff names, the meeting's checklist).
    **{
        name: declared.json
        for record in (EscalationLevelData, RiskData, MeetingData)
        for name, declared in declared_fields(record)
        if declared.json
    },
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


def fields_in(
    node: _Node, record: type, *, nested: bool = False, **special: Callable[[JsonObject], Any]
) -> JsonObject:
    """A record's fields read from its object, in their order: each declared one as its
    kind is read (`domain.fields`), each in `special` (by attribute name) by calling it
    with what has been read so far. Problems are listed in the fields' order.

    `nested`: a row two deep (an escalation level, a risk, a participant, an action item,
    a report result), whose required text is checked here, where its path is known."""
    read: JsonObject = {}
    initial = defaults(record)
    groups: dict[str, list[tuple[str, str, Declared]]] = {}
    for name, key, _write in _writers(record):
        if name in special:
            read[name] = special[name](read)
            continue
        declared = _declarations(record).get(name)
        if declared is None:
            continue
        group, _, member = key.partition(".")
        if member:
            groups.setdefault(group, []).append((name, member, declared))
        else:
            read[name] = _value_in(node, key, declared, initial[name], nested)
    for group, members in groups.items():
        child = node.child(group)
        for name, member, declared in members:
            read[name] = (
                initial[name]
                if child is None
                else _value_in(child, member, declared, initial[name], nested)
            )
        if child is not None:
            child.finish()
    return read


def _value_in(node: _Node, key: str, declared: Declared, default: Any, nested: bool) -> Any:
    kind = declared.kind
    if kind in (Kind.TEXT, Kind.PHONE, Kind.EMAIL):
        return node.text(key, required=declared.required and nested)
    if kind is Kind.STAFF:
        return node.name(key)
    if kind is Kind.CHOICE:
        assert declared.enum is not None
        return node.choice(key, declared.enum, default)
    if kind is Kind.FLAG:
        return node.flag(key, default)
    if kind is Kind.DATE:
        value = node.date(key, required=declared.required)
        return value if value is not None or not declared.required else default
    low = declared.low if declared.low is not None else -math.inf
    if kind is Kind.INTEGER:
        whole = node.number(key, integer=True, low=low, high=declared.high)
        return whole if whole is not None else default
    return node.number(key, low=low, high=declared.high)


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
        if latest == MINUTES_PER_DAY:
            node.fail(key, m.NOT_A_TIME_UP_TO_24, value=quoted(value), latest=clock_text(latest))
        else:
            node.fail(key, m.NOT_A_TIME, value=quoted(value))
        return None
    return minute


def _read_system(node: _Node) -> tuple[SystemData, int | None]:
    """The system, and its owner's position among the contacts (checked when they are known)."""
    values = fields_in(
        node, SystemData, owner_key=lambda _read: node.index("owner", None, "contact")
    )
    owner = values.pop("owner_key")
    node.finish()
    return SystemData(**values), owner


def _key_at(index: int | None, keys: list[str]) -> str | None:
    return keys[index] if index is not None else None


def _read_contact(node: _Node, key: str) -> ContactData:
    contact = ContactData(
        key=key,
        **fields_in(
            node, ContactData, country=lambda _read: clean_country(node.text("country")) or None
        ),
    )
    node.finish()
    return contact


def _read_path(node: _Node, contact_count: int, contact_keys: list[str]) -> EscalationPathData:
    path = EscalationPathData(
        **fields_in(
            node,
            EscalationPathData,
            levels=lambda _read: [
                _read_level(n, contact_count, contact_keys) for n in node.children("levels")
            ],
        )
    )
    node.finish()
    return path


def _read_level(node: _Node, contact_count: int, contact_keys: list[str]) -> EscalationLevelData:
    def contact(_read: JsonObject) -> str | None:
        return _key_at(node.index("contact", contact_count, "contact"), contact_keys)

    level = EscalationLevelData(
        **fields_in(node, EscalationLevelData, nested=True, contact_key=contact)
    )
    if not (level.staff_name or node.data.get("contact") is not None or level.name.strip()):
        node.fail("staff", m.LEVEL_NEEDS_SOMEONE)
    node.finish()
    return level


def _read_expectation(node: _Node) -> ExpectationData:
    expectation = ExpectationData(
        **fields_in(
            node,
            ExpectationData,
            risks=lambda _read: [_read_row(n, RiskData) for n in node.children("risks")],
        )
    )
    node.finish()
    return expectation


_Row = TypeVar("_Row", RiskData, ParticipantData, ActionItemData)


def _read_row(node: _Node, record: type[_Row]) -> _Row:
    """A row two deep with nothing but declared fields (a risk, a participant, an action item)."""
    row = record(**fields_in(node, record, nested=True))
    node.finish()
    return row


def _read_meeting(node: _Node) -> MeetingData:
    meeting = MeetingData(
        **fields_in(
            node,
            MeetingData,
            participants=lambda _read: [
                _read_row(n, ParticipantData) for n in node.children("participants")
            ],
            action_items=lambda _read: [
                _read_row(n, ActionItemData) for n in node.children("action_items")
            ],
        )
    )
    node.finish()
    return meeting


def _read_report(node: _Node, expectation_count: int) -> ServiceReportData:
    start = node.date("period_start", required=True)

    def period_end(_read: JsonObject) -> dt.date:
        end = node.date("period_end", required=True)
        if start and end and end < start:
            node.fail("period_end", m.NOT_BEFORE, other="period_start")
            return start
        return end or start or dt.date.today()

    report = ServiceReportData(
        **fields_in(
            node,
            ServiceReportData,
            period_start=lambda _read: start or dt.date.today(),
            period_end=period_end,
            results=lambda _read: [
                _read_result(n, expectation_count) for n in node.children("results")
            ],
        )
    )
    _check_one_result_per_expectation(node, report.results)
    node.finish()
    return report


def _read_result(node: _Node, expectation_count: int) -> ReportResultData:
    def expectation(_read: JsonObject) -> int:
        if node.data.get("expectation") is None:
            node.fail("expectation", m.IS_REQUIRED)
        index = node.index("expectation", expectation_count, "expectation")
        return index if index is not None else 0

    result = ReportResultData(
        **fields_in(node, ReportResultData, nested=True, expectation_index=expectation)
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
    item = FeedbackData(**fields_in(node, FeedbackData))
    node.finish()
    return item


# ================================================================ importing


class _Sink:
    """Where the customers go as they are read: kept (`_Collect`) or saved (`_Store`)."""

    def system(self, customer: int, position: int, values: SystemValues) -> None:
        """A checked system of customer `customer`: the values of its SYSTEM_FIELDS."""
        raise NotImplementedError

    def customer(self, index: int, f: ServiceFile, owners: list[tuple[int, int]]) -> None:
        """Customer `index` is read whole and valid; `owners` are its systems' owners by position."""
        raise NotImplementedError

    def finish(self, staff: list[StaffRef]) -> None:
        """The whole document is read and valid."""

    def name_taken(self, name: str) -> bool:
        """A customer of this name is saved already."""
        return False


class _Collect(_Sink):
    def __init__(self) -> None:
        self.files: list[ServiceFile] = []
        self._systems: list[SystemData] = []

    def system(self, customer: int, position: int, values: SystemValues) -> None:
        self._systems.append(system_of_values(values))

    def customer(self, index: int, f: ServiceFile, owners: list[tuple[int, int]]) -> None:
        f.systems, self._systems = self._systems, []
        for position, owner in owners:
            f.systems[position].owner_key = f.contacts[owner].key
        self.files.append(f)


class _Store(_Sink):
    """Saves each customer as it is read, in the caller's transaction (rolled back when
    anything turns out wrong); systems in bulk, the rest through the ORM."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.ids: list[int] = []
        self.stored: set[str] = set()
        self.staff_before = set(session.scalars(select(t.StaffMember.name)))
        self._row: t.Customer | None = None
        self._systems: SystemWriter | None = None

    def system(self, customer: int, position: int, values: SystemValues) -> None:
        if self._row is None:
            # The customer's fields may come after its systems: a row to hang them on,
            # under a name no customer can have (text may not hold control characters;
            # not NUL, which PostgreSQL cannot store).
            self._row = t.Customer(name=f"\x01{customer}")
            self.session.add(self._row)
            self.session.flush()
            self._systems = SystemWriter(self.session, self._row.id)
        assert self._systems is not None
        self._systems.add(position, values)

    def name_taken(self, name: str) -> bool:
        if name in self.stored:
            return False  # twice in the document: said as such
        return self.session.scalar(select(t.Customer.id).where(t.Customer.name == name)) is not None

    def customer(self, index: int, f: ServiceFile, owners: list[tuple[int, int]]) -> None:
        row, self._row = self._row or t.Customer(name=f.name), None
        if row.id is not None:
            f.revision = row.revision  # the row this import made for its systems, just now
        self.session.add(row)
        apply_service_file(self.session, row, f, with_systems=False)
        self.session.flush()
        if self._systems is not None:
            self._systems.set_owners(owners)
            self._systems = None
        history.record(self.session, row.id, ChangeAction.CREATED, [])  # by the computer's user
        self.ids.append(row.id)
        self.stored.add(f.name)

    def finish(self, staff: list[StaffRef]) -> None:
        add_missing_staff(self.session, staff, self.staff_before)


def import_document(db: Database, text: str, phone_region: str | None = None) -> list[int]:
    """Add every customer in the document, in one transaction; their new ids, in order.

    Nothing is saved when any customer is invalid or has the name of one already in the
    database (existing customers are never overwritten). Staff named in the document
    are added when missing; a staff member already in the database keeps their details.
    """
    return _import(db, JsonStream(text), phone_region)


def import_file(
    db: Database,
    path: Path,
    phone_region: str | None = None,
    progress: Progress | None = None,
) -> list[int]:
    """`import_document` for a file, read as it is saved: memory stays the same for any size.

    `progress` is told (bytes read, bytes in all) as the file is read.
    """
    with path.open("rb") as source:
        stream = JsonStream(source, size=path.stat().st_size, progress=progress)
        return _import(db, stream, phone_region)


def _import(db: Database, stream: JsonStream, phone_region: str | None) -> list[int]:
    try:
        with db.transaction() as session, merging_deferred(session.connection()):
            store = _Store(session)
            _read(stream, phone_region, store)
            return store.ids
    except IntegrityError as exc:  # a rule the checks above missed; nothing was saved
        raise ImportFormatError(
            [ImportProblem("", m.DATABASE_REFUSED, {"detail": str(exc.orig)})]
        ) from exc


def add_missing_staff(
    session: Session, staff: list[StaffRef], kept: set[str] | None = None
) -> None:
    """Add the staff members the database does not have yet; existing ones are kept.

    `kept`: the names that were there before (a staff member added meanwhile, by a
    customer naming them, takes the details the list gives).
    """
    existing = {s.name: s for s in session.scalars(select(t.StaffMember))}
    kept = set(existing) if kept is None else kept
    for ref in staff:
        if ref.name in kept:
            continue
        row = existing.get(ref.name)
        if row is None:
            row = t.StaffMember(name=ref.name, active=True)
            session.add(row)
            existing[ref.name] = row
        row.role, row.email, row.phone = ref.role, ref.email, ref.phone
        kept.add(ref.name)
    session.flush()
