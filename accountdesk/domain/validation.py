"""Field validation shared by every use-case: collects all problems, then raises once."""

from __future__ import annotations

import datetime as dt
import math
import re
from enum import StrEnum
from typing import TypeVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from accountdesk.domain import messages as m
from accountdesk.domain.bidi import is_blank
from accountdesk.domain.digits import to_ascii_digits
from accountdesk.domain.errors import FieldProblem, ValidationError
from accountdesk.domain.phones import clean_country, is_country, normalise_phone, phone_example
from accountdesk.domain.printable import describe, unprintable_characters

E = TypeVar("E", bound=StrEnum)
# Text may hold tabs and line breaks, but no other control character, no surrogate (half
# of a UTF-16 pair: no encoding can write it alone) and no noncharacter: none of them is
# anything a person typed, and some cannot be stored or printed at all.
_FORBIDDEN = re.compile(
    r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef"
    + "".join(rf"\U{plane:04x}fffe\U{plane:04x}ffff" for plane in range(17))
    + "]"
)


def forbidden_character(text: str) -> str | None:
    """The first character text may not hold, as "U+0000"; None when there is none."""
    if text.isprintable():  # every such character is unprintable: the common case, quickly
        return None
    found = _FORBIDDEN.search(text)
    return f"U+{ord(found[0]):04X}" if found else None


def replace_forbidden(text: str) -> str:
    """The text with each character it may not hold shown as U+FFFD (for messages and checks)."""
    return _FORBIDDEN.sub("\ufffd", text)


class Checker:
    """Checks the fields of one record and remembers every problem it finds.

    Each method returns the cleaned value (stripped, normalised, parsed) so a use-case
    writes `clean = checker.text("name", raw, required=True)` and saves only clean values.
    """

    def __init__(self, entity: str = "") -> None:
        self.entity = entity
        self.problems: list[FieldProblem] = []
        self.section = ""
        self.index: int | None = None

    def at(self, section: str, index: int | None) -> Checker:
        """Problems found from now on belong to row `index` of `section`."""
        self.section, self.index = section, index
        return self

    def fail(self, field: str, message: str, **params: object) -> None:
        self.problems.append(
            FieldProblem(
                field,
                message,
                {"field": m.FIELD_LABELS.get(field, field), **params},
                self.section,
                self.index,
            )
        )

    def raise_if_any(self) -> None:
        if self.problems:
            raise ValidationError(self.problems, self.entity)

    def text(self, field: str, value: object, *, required: bool = False, limit: int = 200) -> str:
        text = "" if value is None else str(value)
        cleaned = text.strip()  # str.strip() takes some control characters too: check first
        if is_blank(cleaned):
            cleaned = ""  # only invisible characters: nothing anyone could read
        character = forbidden_character(text)
        if character is not None:
            self.fail(field, m.FORBIDDEN_CHARACTER, character=character)
        elif required and not cleaned:
            self.fail(field, m.REQUIRED)
        elif len(cleaned) > limit:
            self.fail(field, m.TOO_LONG, limit=limit)
        elif unprintable := unprintable_characters(cleaned):
            self.fail(field, m.UNPRINTABLE, characters=describe(unprintable))
        return cleaned

    def email(self, field: str, value: object) -> str:
        cleaned = self.text(field, value, limit=254)
        if not cleaned:
            return ""
        from email_validator import EmailNotValidError, validate_email  # costly; only on use

        try:
            return validate_email(cleaned, check_deliverability=False).normalized
        except EmailNotValidError as exc:
            self.fail(field, m.BAD_EMAIL, reason=str(exc))
            return cleaned

    def phone(self, field: str, value: object, country: str | None) -> str:
        """A number read in `country` (see domain.phones), in E.164; a number that is not
        valid there is refused with an example of that country's numbers."""
        cleaned = self.text(field, value, limit=40)
        if not cleaned:
            return ""
        normalised = normalise_phone(cleaned, country)
        if normalised is not None:
            return normalised
        example = phone_example(country, mobile=field == "mobile") if country else None
        if example is None:
            self.fail(field, m.BAD_PHONE)
        else:
            self.fail(
                field,
                m.BAD_PHONE_IN_COUNTRY,
                country=country,
                national=example.national,
                international=example.international,
            )
        return cleaned

    def country(self, field: str, value: object, *, required: bool) -> str | None:
        """An ISO 3166-1 alpha-2 code ('IR'), upper case; None when empty."""
        cleaned = clean_country(None if value is None else str(value))
        if not cleaned:
            if required:
                self.fail(field, m.REQUIRED)
            return None
        if not is_country(cleaned):
            self.fail(field, m.BAD_COUNTRY, value=cleaned)
            return None
        return cleaned

    def choice(
        self, field: str, value: object, enum: type[E], *, required: bool = True
    ) -> E | None:
        if value in (None, ""):
            if required:
                self.fail(field, m.REQUIRED)
            return None
        try:
            return enum(str(value).strip())
        except ValueError:
            self.fail(field, m.BAD_CHOICE, choices=", ".join(e.value for e in enum))
            return None

    def date(self, field: str, value: object, *, required: bool = False) -> dt.date | None:
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        cleaned = to_ascii_digits("" if value is None else str(value).strip())
        if not cleaned:
            if required:
                self.fail(field, m.REQUIRED)
            return None
        try:
            return dt.date.fromisoformat(cleaned)
        except ValueError:
            self.fail(field, m.BAD_DATE)
            return None

    def time(self, field: str, value: object, *, required: bool = False) -> dt.time | None:
        if isinstance(value, dt.time):
            return value
        cleaned = to_ascii_digits("" if value is None else str(value).strip())
        if not cleaned:
            if required:
                self.fail(field, m.REQUIRED)
            return None
        if cleaned in ("24:00", "24:00:00"):
            return dt.time(23, 59, 59, 999999)
        try:
            return dt.time.fromisoformat(cleaned)
        except ValueError:
            self.fail(field, m.BAD_TIME)
            return None

    def number(
        self,
        field: str,
        value: object,
        *,
        required: bool = False,
        integer: bool = False,
        low: float | None = 0,
        high: float | None = None,
    ) -> float | int | None:
        if value is None or (isinstance(value, str) and not value.strip()):
            if required:
                self.fail(field, m.REQUIRED)
            return None
        parsed = _parse_number(value, integer)
        if parsed is None:
            self.fail(field, m.NOT_A_NUMBER)
            return None
        if low is not None and parsed < low:
            if low == 0:
                self.fail(field, m.NEGATIVE)
            else:
                self.fail(field, m.OUT_OF_RANGE, low=low, high=high)
            return None
        if high is not None and parsed > high:
            self.fail(field, m.OUT_OF_RANGE, low=low, high=high)
            return None
        return parsed

    def timezone(self, field: str, value: object) -> str:
        cleaned = self.text(field, value, required=True, limit=64)
        if cleaned and not is_known_timezone(cleaned):
            self.fail(field, m.BAD_TIMEZONE)
        return cleaned


def _parse_number(value: object, integer: bool) -> float | int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        number = value
    else:
        text = to_ascii_digits(str(value)).strip().replace(",", "")
        try:
            number = float(text)
        except ValueError:
            return None
    if not math.isfinite(number):
        return None
    if integer:
        if float(number) != int(number):
            return None
        return int(number)
    return float(number)


def is_known_timezone(name: str) -> bool:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True
