"""A short fingerprint of what a summary says, printed on every page.

The fingerprint is the first 12 hex digits of the SHA-256 of a canonical JSON form of the
data the summary shows: the customer's profile, systems, contacts, escalation paths,
expectations with their risks, participants, signatories, version and date. Database ids,
revisions and in-memory keys are left out, as `domain.service_file` declares (references
become positions), and text is NFC-normalised, so the same content always gives the same fingerprint, whichever
language it is printed in. Parts of the file the summary does not show (feedback, service
reports, notes) do not change it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import unicodedata
from enum import Enum

from accountdesk.domain.fields import in_fingerprint
from accountdesk.domain.service_file import ServiceFile

LENGTH = 12
# What the summary shows of the customer: each field declared as fingerprinted
# (`domain.fields`); the document language, notes, meetings, reports and feedback are not.
_FILE_FIELDS = tuple(item.name for item in dataclasses.fields(ServiceFile) if in_fingerprint(item))


def fingerprint(file: ServiceFile, extra: dict[str, object]) -> str:
    """Fingerprint of `file` plus the summary's own choices in `extra`."""
    return hashlib.sha256(canonical_bytes(file, extra)).hexdigest()[:LENGTH]


def canonical_bytes(file: ServiceFile, extra: dict[str, object]) -> bytes:
    positions = {contact.key: index for index, contact in enumerate(file.contacts)}
    content = {name: _plain(getattr(file, name), positions) for name in _FILE_FIELDS}
    content["summary"] = _plain(extra, positions)
    return json.dumps(content, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


def _plain(value: object, positions: dict[str, int]) -> object:
    kind = type(value)
    if isinstance(value, str) and kind is str:  # the most common; str enums are Enums
        return unicodedata.normalize("NFC", value)
    if value is None or kind is int or kind is bool:
        return value
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {
            name: _reference(name, getattr(value, name), positions) for name in _field_names(kind)
        }
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, dict):
        return {str(k): _plain(v, positions) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(item, positions) for item in value]
    return value


def _field_names(kind: type) -> tuple[str, ...]:
    """The fingerprinted fields of a dataclass, in their order."""
    names = _FIELD_NAMES.get(kind)
    if names is None:
        names = _FIELD_NAMES[kind] = tuple(
            field.name for field in dataclasses.fields(kind) if in_fingerprint(field)
        )
    return names


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _reference(name: str, value: object, positions: dict[str, int]) -> object:
    if name.endswith("_key"):
        return positions.get(value) if isinstance(value, str) else None
    return _plain(value, positions)
