"""The published JSON Schema of the service-file format (`accountdesk schema`).

Made from the same declarations the format is written and read from (`domain.fields`):
each declared field's type, length, choices and range; the service window, countries,
references by position and the lists of rows are described here. The schema says what a
well-formed document looks like; an import also applies the rules that need more than one
field (unique names, references that exist, a period's end after its start) and reports
every problem with its place.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from accountdesk.domain.fields import Declared, Kind, declared_fields, json_key, json_name
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
)
from accountdesk.services.json_format import (
    DAY_NAMES,
    FORMAT,
    VERSION,
    JsonObject,
)

SCHEMA_ID = "urn:accountdesk:service-file:1"

_COUNTRY = {"type": "string", "pattern": "^[A-Za-z]{2}$"}
_CLOCK = {"type": "string", "pattern": "^([01][0-9]|2[0-3]):[0-5][0-9]$|^24:00$"}


def service_file_schema() -> JsonObject:
    """The schema of a whole document (draft 2020-12)."""
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "AccountDesk service files",
        "type": "object",
        "properties": {
            "format": {"const": FORMAT},
            "version": {"const": VERSION},
            "staff": _list(_record(StaffRef)),
            "customers": _list({"$ref": "#/$defs/customer"}),
        },
        "required": ["format", "version"],
        "additionalProperties": False,
        "$defs": {
            "customer": _record(
                ServiceFile,
                window=_window(),
                country=_COUNTRY,
                systems=_list(_record(SystemData, owner_key=_position("contacts"))),
                contacts=_list(_record(ContactData, country=_nullable(_COUNTRY))),
                escalation_paths=_list(
                    _record(
                        EscalationPathData,
                        levels=_list(
                            _record(EscalationLevelData, contact_key=_position("contacts"))
                        ),
                    )
                ),
                expectations=_list(_record(ExpectationData, risks=_list(_record(RiskData)))),
                meetings=_list(
                    _record(
                        MeetingData,
                        participants=_list(_record(ParticipantData)),
                        action_items=_list(_record(ActionItemData)),
                    )
                ),
                reports=_list(
                    _record(
                        ServiceReportData,
                        results=_list(
                            _record(
                                ReportResultData,
                                expectation_index=_position("expectations", nullable=False),
                            )
                        ),
                    )
                ),
                feedback=_list(_record(FeedbackData)),
            ),
        },
    }


def _record(record: type, **special: JsonObject) -> JsonObject:
    """An object with a property for each declared field and each in `special` (by
    attribute name), under its key in the format; nothing else."""
    properties: JsonObject = {}
    required: list[str] = []
    groups: dict[str, JsonObject] = {}
    declared = dict(declared_fields(record))
    for item in dataclasses.fields(record):
        name = item.name
        if name in special:
            key = json_name(item) or name
            properties[key] = special[name]
            if name in _REQUIRED_SPECIAL:
                required.append(key)
            continue
        if name not in declared:
            continue  # ids and in-memory keys are never written
        key = json_key(name, declared[name])
        group, _, member = key.partition(".")
        if member:
            groups.setdefault(group, {})[member] = _field(declared[name])
            continue
        properties[key] = _field(declared[name])
        if declared[name].required:
            required.append(key)
    for group, members in groups.items():
        properties[group] = {
            "type": "object",
            "properties": members,
            "additionalProperties": False,
        }
    schema: JsonObject = {
        "type": "object",
        "properties": properties,
        "additionalProperties": False,
    }
    if required:
        schema["required"] = required
    return schema


# The fields that are not declared that a row cannot do without.
_REQUIRED_SPECIAL = frozenset({"expectation_index"})


def _field(declared: Declared) -> JsonObject:
    kind = declared.kind
    if kind in (Kind.TEXT, Kind.PHONE, Kind.EMAIL):
        text: JsonObject = {"type": "string", "maxLength": declared.length}
        if declared.required:
            text["minLength"] = 1
        return text
    if kind is Kind.STAFF:
        return _nullable({"type": "string", "maxLength": declared.length})
    if kind is Kind.CHOICE:
        assert declared.enum is not None
        values: list[Any] = [member.value for member in declared.enum]
        return {"enum": [*values, None] if declared.nullable else values}
    if kind is Kind.FLAG:
        return {"type": "boolean"}
    if kind is Kind.DATE:
        date = {"type": "string", "format": "date", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"}
        return _nullable(date) if declared.nullable else date
    number: JsonObject = {"type": "integer" if kind is Kind.INTEGER else "number"}
    if declared.low is not None:
        number["minimum"] = declared.low
    if declared.high is not None:
        number["maximum"] = declared.high
    return _nullable(number) if declared.nullable else number


def _nullable(schema: JsonObject) -> JsonObject:
    return {"anyOf": [schema, {"type": "null"}]}


def _list(items: JsonObject) -> JsonObject:
    return {"type": "array", "items": items}


def _position(of: str, *, nullable: bool = True) -> JsonObject:
    position = {"type": "integer", "minimum": 0, "description": f"a position in '{of}', from 0"}
    return _nullable(position) if nullable else position


def _window() -> JsonObject:
    return {
        "type": "object",
        "properties": {
            "days": {
                "type": "array",
                "items": {"enum": list(DAY_NAMES)},
                "minItems": 1,
                "uniqueItems": True,
            },
            "start": _CLOCK,
            "end": _CLOCK,
            "timezone": {"type": "string", "maxLength": 64, "description": "an IANA time zone"},
        },
        "additionalProperties": False,
    }
