"""What each field of the service file is, declared once on its dataclass field.

A field of `service_file` declared with one of the functions below (`text(160)`,
`choice(Criticality.MEDIUM)`, ...) carries a `Declared` in its metadata: its kind, the
longest text it may hold, whether it is required, its enumeration or range. The other
layers read it instead of naming the field again: the table columns (`storage.tables`),
the copying between rows and dataclasses (`storage.file_rows`, `storage.file_mapping`),
the checks (`rules`), the JSON codec and its schema (`services.json_format`,
`services.json_schema`), the read-only reader and the summary's fingerprint.

References to other rows (`reference`), lists of rows (`rows`) and ids and keys
(`bookkeeping`) are marked as such; the service window and the countries, which have
rules of their own, are handled by name where they are used.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

# Text up to this long is stored as TEXT; shorter limits become VARCHAR(limit).
LONG_TEXT = 10_000
# A staff member's name (`StaffRef.name`), as rows refer to them.
STAFF_NAME = 120

_DECLARED = "accountdesk.declared"
_IN_FINGERPRINT = "accountdesk.in_fingerprint"
_JSON = "accountdesk.json"  # the key of a field in the JSON format; None: not written


class Kind(StrEnum):
    TEXT = "text"
    PHONE = "phone"  # E.164 once checked; read in the contact's country
    EMAIL = "email"
    CHOICE = "choice"  # one of an enumeration
    FLAG = "flag"  # true or false
    INTEGER = "integer"
    NUMBER = "number"  # a real number
    DATE = "date"
    MOMENT = "moment"  # an instant: a timezone-aware datetime, stored in UTC
    STAFF = "staff"  # a staff member's name ("" for nobody); stored as a reference


@dataclass(frozen=True)
class Declared:
    kind: Kind
    limit: int | None = None  # TEXT, PHONE, EMAIL, STAFF: the most characters
    required: bool = False
    enum: type[StrEnum] | None = None  # CHOICE
    nullable: bool = False  # CHOICE, INTEGER, NUMBER, DATE: may be None
    low: float | None = None  # INTEGER, NUMBER
    high: float | None = None
    searchable: bool = False  # in the search index (`storage.search_index`)
    in_fingerprint: bool = True
    json: str | None = None  # its key in the JSON format, when not the attribute's name

    @property
    def length(self) -> int:
        """The most characters a text, phone, e-mail or staff name may have."""
        if self.limit is None:
            raise TypeError(f"a {self.kind} field has no length")
        return self.limit

    @property
    def long(self) -> bool:
        """Text kept as TEXT rather than a string of bounded length."""
        return self.limit is not None and self.limit >= LONG_TEXT


def _declare(default: Any, declared: Declared, factory: Callable[[], Any] | None = None) -> Any:
    metadata = {_DECLARED: declared, _IN_FINGERPRINT: declared.in_fingerprint}
    if factory is not None:
        return dataclasses.field(default_factory=factory, metadata=metadata)
    return dataclasses.field(default=default, metadata=metadata)


def text(
    limit: int = LONG_TEXT,
    *,
    required: bool = False,
    searchable: bool = False,
    in_fingerprint: bool = True,
) -> Any:
    """Free text ("" when empty), at most `limit` characters once trimmed."""
    return _declare(
        "",
        Declared(
            Kind.TEXT,
            limit=limit,
            required=required,
            searchable=searchable,
            in_fingerprint=in_fingerprint,
        ),
    )


def phone(*, searchable: bool = False) -> Any:
    """A phone number: read in a country, kept in E.164 ("" when none)."""
    return _declare("", Declared(Kind.PHONE, limit=40, searchable=searchable))


def email(*, searchable: bool = False) -> Any:
    return _declare("", Declared(Kind.EMAIL, limit=254, searchable=searchable))


def staff(*, json: str | None = None) -> Any:
    """A staff member by name; "" for nobody (null in JSON)."""
    return _declare("", Declared(Kind.STAFF, limit=STAFF_NAME, json=json))


def choice(default: StrEnum | None, enum: type[StrEnum] | None = None, **options: Any) -> Any:
    """One value of an enumeration; `default` None makes it optional (then name `enum`)."""
    of = enum or (type(default) if default is not None else None)
    assert of is not None, "an optional choice names its enumeration"
    return _declare(default, Declared(Kind.CHOICE, enum=of, nullable=default is None, **options))


def flag(default: bool, *, json: str | None = None) -> Any:
    return _declare(default, Declared(Kind.FLAG, json=json))


def integer(
    default: int | None = None,
    *,
    low: float | None = 0,
    high: float | None = None,
    required: bool = False,
    in_fingerprint: bool = True,
) -> Any:
    """A whole number; None (no default) when it may be left empty."""
    declared = Declared(
        Kind.INTEGER,
        required=required,
        nullable=default is None,
        low=low,
        high=high,
        in_fingerprint=in_fingerprint,
    )
    return _declare(default, declared)


def number(*, low: float | None = 0, high: float | None = None, in_fingerprint: bool = True) -> Any:
    """A real number, or None."""
    declared = Declared(
        Kind.NUMBER, nullable=True, low=low, high=high, in_fingerprint=in_fingerprint
    )
    return _declare(None, declared)


def date(*, required: bool = False) -> Any:
    """A date; a required one is today until set, an optional one None."""
    declared = Declared(Kind.DATE, required=required, nullable=not required)
    if required:
        return _declare(None, declared, factory=dt.date.today)
    return _declare(None, declared)


def moment(*, required: bool = False) -> Any:
    """An instant with its offset (a helpdesk's "opened at"); None until set."""
    return _declare(None, Declared(Kind.MOMENT, required=required, nullable=not required))


def bookkeeping(default: Any = None, factory: Callable[[], Any] | None = None) -> Any:
    """Not content: database ids, revisions and in-memory keys (never fingerprinted, never
    in the JSON format)."""
    metadata = {_IN_FINGERPRINT: False, _JSON: None}
    if factory is not None:
        return dataclasses.field(default_factory=factory, metadata=metadata)
    return dataclasses.field(default=default, metadata=metadata)


def reference(json: str, default: Any = None) -> Any:
    """Another row of the file: a contact by its key, an expectation by its position
    (written in JSON as a position, under the key `json`)."""
    return dataclasses.field(default=default, metadata={_JSON: json})


def rows(*, in_fingerprint: bool = True) -> Any:
    """A list of records, kept in order."""
    return dataclasses.field(default_factory=list, metadata={_IN_FINGERPRINT: in_fingerprint})


def declared_fields(cls: type) -> tuple[tuple[str, Declared], ...]:
    """The declared fields of a dataclass, in their order."""
    found = _declared_fields.get(cls)
    if found is None:
        found = _declared_fields[cls] = tuple(
            (item.name, item.metadata[_DECLARED])
            for item in dataclasses.fields(cls)
            if _DECLARED in item.metadata
        )
    return found


_declared_fields: dict[type, tuple[tuple[str, Declared], ...]] = {}


def defaults(cls: type) -> dict[str, Any]:
    """What each declared field of a new record holds."""
    found = {}
    for item in dataclasses.fields(cls):
        if _DECLARED in item.metadata:
            factory = item.default_factory
            found[item.name] = item.default if factory is dataclasses.MISSING else factory()
    return found


def in_fingerprint(item: dataclasses.Field[Any]) -> bool:
    return bool(item.metadata.get(_IN_FINGERPRINT, True))


def json_key(name: str, declared: Declared) -> str:
    return declared.json or name


def json_name(item: dataclasses.Field[Any]) -> str | None:
    """A field's key in the JSON format ("checklist.industry": a key of an object inside),
    or None for a field the format leaves out."""
    declared = item.metadata.get(_DECLARED)
    if declared is not None:
        return json_key(item.name, declared)
    return item.metadata.get(_JSON, item.name)  # type: ignore[no-any-return]


def json_keys(cls: type) -> tuple[str, ...]:
    """The keys of a record's object in the JSON format, in their order."""
    keys = (json_name(item) for item in dataclasses.fields(cls))
    return tuple(dict.fromkeys(key.partition(".")[0] for key in keys if key is not None))
