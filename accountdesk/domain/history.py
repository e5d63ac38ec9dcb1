"""What a save changed, field by field, and putting an earlier value back.

`diff_files(before, after)` compares two `ServiceFile`s (as loaded, with database ids) and
gives one `Change` per field that differs, and one per record added to or removed from a
list (systems, contacts, escalation paths and their levels, expectations and their risks,
meetings with their participants and action items, reports with their results, feedback).
Records are matched by id, so a renamed contact is one change of its name.

Values are kept as JSON values (enums as their value, dates as ISO text), so a change can
be stored as it is and read back; references inside a file are kept as what a person
reads: a system's owner and a level's contact by the contact's name, a result's
expectation by its number. `put_back(file, change)` makes the file hold the earlier value
again (or the removed record, or no longer the added one): a new edit, saved as any other.
"""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import json
import typing
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

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
    new_key,
)

# The lists of a file and of its records: (owner class, attribute) -> record class.
LISTS: dict[tuple[type, str], type] = {
    (ServiceFile, "systems"): SystemData,
    (ServiceFile, "contacts"): ContactData,
    (ServiceFile, "escalation_paths"): EscalationPathData,
    (ServiceFile, "expectations"): ExpectationData,
    (ServiceFile, "meetings"): MeetingData,
    (ServiceFile, "reports"): ServiceReportData,
    (ServiceFile, "feedback"): FeedbackData,
    (EscalationPathData, "levels"): EscalationLevelData,
    (ExpectationData, "risks"): RiskData,
    (MeetingData, "participants"): ParticipantData,
    (MeetingData, "action_items"): ActionItemData,
    (ServiceReportData, "results"): ReportResultData,
}
SECTION_CLASSES: dict[str, type] = {attribute: cls for (_, attribute), cls in LISTS.items()}
# References stored under the name a person reads: (class, attribute) -> field name shown.
REFERENCES = {
    (SystemData, "owner_key"): "owner",
    (EscalationLevelData, "contact_key"): "contact",
    (ReportResultData, "expectation_index"): "expectation",
}
_NOT_COMPARED = {"id", "key", "revision", "window"}
# Lists whose records are told apart by their place, not their id: the storage renumbers
# an escalation path's levels (new ids) on every save, and "level 2" is what people mean.
POSITIONAL = {"levels"}
# The service window, field by field (names as in `messages.FIELD_LABELS`).
WINDOW_FIELDS = {
    "window_days": "days_mask",
    "window_start": "start_minute",
    "window_end": "end_minute",
    "timezone": "timezone",
}


class PutBackError(Exception):
    """The earlier value has nowhere to go: its record is no longer in the file."""


@dataclass(frozen=True)
class Step:
    """A record on the way to a change: its list, its id, and how people tell it apart."""

    section: str  # the attribute of the list: "contacts", "levels", ...
    id: int | None
    label: tuple[str, ...]  # see `record_label`


@dataclass(frozen=True)
class Change:
    """One field's old and new value, or a whole record added (old None) or removed
    (new None), where `field` is ""."""

    where: tuple[Step, ...]  # from the file down to the record; () for the customer
    field: str
    old: Any
    new: Any

    @property
    def kind(self) -> str:
        if self.field:
            return "changed"
        return "added" if self.old is None else "removed"


# ---------------------------------------------------------------- comparing


def diff_files(before: ServiceFile, after: ServiceFile) -> list[Change]:
    """Every difference between two versions of one customer's file, in file order."""
    changes: list[Change] = []
    for name, attribute in WINDOW_FIELDS.items():
        old, new = getattr(before.window, attribute), getattr(after.window, attribute)
        if old != new:
            changes.append(Change((), name, old, new))
    _diff_record(before, after, (), before, after, changes)
    return changes


def _diff_record(
    old: Any,
    new: Any,
    where: tuple[Step, ...],
    old_file: ServiceFile,
    new_file: ServiceFile,
    changes: list[Change],
) -> None:
    cls = type(old)
    for item in dataclasses.fields(old):
        name = item.name
        if name in _NOT_COMPARED:
            continue
        if (cls, name) in LISTS:
            changes += _diff_list(
                name, getattr(old, name), getattr(new, name), where, old_file, new_file
            )
            continue
        shown = REFERENCES.get((cls, name), name)
        before = _encode_field(cls, name, getattr(old, name), old_file)
        after = _encode_field(cls, name, getattr(new, name), new_file)
        if before != after:
            changes.append(Change(where, shown, before, after))


def _diff_list(
    name: str,
    old_rows: list[Any],
    new_rows: list[Any],
    where: tuple[Step, ...],
    old_file: ServiceFile,
    new_file: ServiceFile,
) -> list[Change]:
    found: list[Change] = []
    if name in POSITIONAL:
        return _diff_positions(name, old_rows, new_rows, where, old_file, new_file)
    old_by_id = {row.id: row for row in old_rows if row.id is not None}
    new_ids = {row.id for row in new_rows if row.id is not None}
    for index, row in enumerate(old_rows):
        if row.id is None or row.id not in new_ids:
            step = Step(name, row.id, record_label(name, row, index, old_file))
            found.append(Change((*where, step), "", encode_record(row, old_file), None))
    for index, row in enumerate(new_rows):
        step = Step(name, row.id, record_label(name, row, index, new_file))
        earlier = old_by_id.get(row.id) if row.id is not None else None
        if earlier is None:
            found.append(Change((*where, step), "", None, encode_record(row, new_file)))
        else:
            _diff_record(earlier, row, (*where, step), old_file, new_file, found)
    return found


def _diff_positions(
    name: str,
    old_rows: list[Any],
    new_rows: list[Any],
    where: tuple[Step, ...],
    old_file: ServiceFile,
    new_file: ServiceFile,
) -> list[Change]:
    found: list[Change] = []
    for index, (earlier, row) in enumerate(zip(old_rows, new_rows, strict=False)):
        step = Step(name, None, record_label(name, row, index, new_file))
        _diff_record(earlier, row, (*where, step), old_file, new_file, found)
    for index, row in enumerate(old_rows[len(new_rows) :], start=len(new_rows)):
        step = Step(name, None, record_label(name, row, index, old_file))
        found.append(Change((*where, step), "", encode_record(row, old_file), None))
    for index, row in enumerate(new_rows[len(old_rows) :], start=len(old_rows)):
        step = Step(name, None, record_label(name, row, index, new_file))
        found.append(Change((*where, step), "", None, encode_record(row, new_file)))
    return found


def record_label(section: str, row: Any, index: int, file: ServiceFile) -> tuple[str, ...]:
    """What tells a record apart, as text: a name, the words, or its dates and kind."""
    if isinstance(row, (SystemData, ContactData, ParticipantData)):
        return (row.name,)
    if isinstance(row, EscalationPathData):
        return (row.severity.value, row.side.value)
    if isinstance(row, EscalationLevelData):
        return (str(index + 1),)
    if isinstance(row, ExpectationData):
        return (row.customer_words,)
    if isinstance(row, RiskData):
        return (row.cause,)
    if isinstance(row, MeetingData):
        return (row.held_on.isoformat(), row.kind.value)
    if isinstance(row, ActionItemData):
        return (row.text,)
    if isinstance(row, ServiceReportData):
        return (row.period_start.isoformat(), row.period_end.isoformat())
    if isinstance(row, ReportResultData):
        return (str(row.expectation_index + 1),)
    if isinstance(row, FeedbackData):
        return (row.received_on.isoformat(),)
    raise TypeError(f"no label for {section} records")


# ---------------------------------------------------------------- values


def _encode_field(cls: type, name: str, value: Any, file: ServiceFile) -> Any:
    if (cls, name) in ((SystemData, "owner_key"), (EscalationLevelData, "contact_key")):
        contact = file.contact_by_key(value)
        return contact.name if contact is not None else None
    return encode_value(value)


def encode_value(value: Any) -> Any:
    """A field's value as JSON holds it."""
    if isinstance(value, StrEnum):
        return value.value
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def encode_record(row: Any, file: ServiceFile) -> dict[str, Any]:
    """A whole record (with its own lists) as JSON holds it, ids left out."""
    cls = type(row)
    record: dict[str, Any] = {}
    for item in dataclasses.fields(row):
        name = item.name
        if name in _NOT_COMPARED:
            continue
        value = getattr(row, name)
        if (cls, name) in LISTS:
            record[name] = [encode_record(child, file) for child in value]
        else:
            record[REFERENCES.get((cls, name), name)] = _encode_field(cls, name, value, file)
    return record


def field_type(section: str, field: str) -> Any:
    """The Python type of a field of the customer ("" section) or of a record in `section`;
    a reference gives `str` (a contact's name) or `int` (an expectation's number)."""
    if not section and field in WINDOW_FIELDS:
        return str if field == "timezone" else int
    cls = SECTION_CLASSES.get(section, ServiceFile)
    attribute = _attribute(cls, field)
    if attribute == "expectation_index":
        return int
    if attribute in ("owner_key", "contact_key"):
        return str
    hint = typing.get_type_hints(cls)[attribute]
    arguments = [a for a in typing.get_args(hint) if a is not type(None)]
    return arguments[0] if arguments else hint


def decode_value(section: str, field: str, value: Any) -> Any:
    """A stored JSON value as the file holds it (None stays None)."""
    if value is None:
        return None
    kind = field_type(section, field)
    if isinstance(kind, type) and issubclass(kind, StrEnum):
        return kind(value)
    if kind is dt.date:
        return dt.date.fromisoformat(value)
    if kind is float:
        return float(value)
    return value


def _attribute(cls: type, field: str) -> str:
    for (owner, attribute), shown in REFERENCES.items():
        if owner is cls and shown == field:
            return attribute
    return field


# ---------------------------------------------------------------- putting back


def put_back(file: ServiceFile, change: Change) -> ServiceFile:
    """A copy of `file` holding the value `change` replaced: the old value of a field, a
    removed record again, or without a record that was added.

    Raises PutBackError when the record the value belongs to is no longer in the file.
    """
    result = copy.deepcopy(file)
    if not change.where:
        _set_customer_field(result, change.field, change.old)
        return result
    parent = _find(result, change.where[:-1])
    last = change.where[-1]
    rows: list[Any] = getattr(parent, last.section)
    if change.kind == "removed":
        record = _decode_record(last.section, change.old, result)
        if last.section in POSITIONAL:
            rows.insert(min(_position(last), len(rows)), record)
        else:
            rows.append(record)
        return result
    index = _index_of(rows, last)
    if index is None:
        raise PutBackError(f"{last.section} {last.id} is no longer in the file")
    if change.kind == "added":
        rows.pop(index)
    else:
        _set_field(rows[index], last.section, change.field, change.old, result)
    return result


def _find(file: ServiceFile, where: tuple[Step, ...]) -> Any:
    record: Any = file
    for step in where:
        rows = getattr(record, step.section)
        index = _index_of(rows, step)
        if index is None:
            raise PutBackError(f"{step.section} {step.id} is no longer in the file")
        record = rows[index]
    return record


def _index_of(rows: list[Any], step: Step) -> int | None:
    if step.section in POSITIONAL:
        index = _position(step)
        return index if index < len(rows) else None
    return next((i for i, row in enumerate(rows) if row.id == step.id), None)


def _position(step: Step) -> int:
    return int(step.label[0]) - 1  # a positional record's label is its number, from 1


def _set_customer_field(file: ServiceFile, field: str, value: Any) -> None:
    if field in WINDOW_FIELDS:
        try:
            file.window = dataclasses.replace(file.window, **{WINDOW_FIELDS[field]: value})
        except ValueError as exc:
            raise PutBackError(str(exc)) from exc
        return
    _set_field(file, "", field, value, file)


def _set_field(record: Any, section: str, field: str, value: Any, file: ServiceFile) -> None:
    attribute = _attribute(type(record), field)
    if attribute in ("owner_key", "contact_key"):
        setattr(record, attribute, _contact_key(file, value))
    else:
        setattr(record, attribute, decode_value(section, field, value))


def _contact_key(file: ServiceFile, name: str | None) -> str | None:
    if name is None:
        return None
    contact = next((c for c in file.contacts if c.name == name), None)
    if contact is None:
        raise PutBackError(f"the contact {name} is no longer in the file")
    return contact.key


def _decode_record(section: str, data: dict[str, Any], file: ServiceFile) -> Any:
    cls = SECTION_CLASSES[section]
    record = cls()
    if isinstance(record, ContactData):
        record.key = new_key()
    for field, value in data.items():
        if (cls, field) in LISTS:
            setattr(record, field, [_decode_record(field, child, file) for child in value])
        else:
            _set_field(record, section, field, value, file)
    return record


# ---------------------------------------------------------------- storing


def changes_to_json(changes: list[Change]) -> str:
    return json.dumps(
        [
            {
                "where": [
                    {"section": s.section, "id": s.id, "label": list(s.label)} for s in c.where
                ],
                "field": c.field,
                "old": c.old,
                "new": c.new,
            }
            for c in changes
        ],
        ensure_ascii=False,
    )


def changes_from_json(text: str) -> list[Change]:
    return [
        Change(
            tuple(Step(s["section"], s["id"], tuple(s["label"])) for s in item["where"]),
            item["field"],
            item["old"],
            item["new"],
        )
        for item in json.loads(text)
    ]
