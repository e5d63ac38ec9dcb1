"""Phone numbers and the countries they belong to.

Every number is read here, in a country: the contact's own country, else the customer's.
A number written without a country code ("021-88776655") belongs to that country; one
with a code ("+98 21 8877 6655", "0098 21 ...") to the country the code names. A number
is kept only when it is valid (not merely possible) where it belongs, and is stored in
E.164 ("+982188776655").

Shown to people, a number of the reader's own country is in its national form
("021 8877 6655"), any other in the international form ("+98 21 8877 6655"): on screen
the reader's country is the UI's, on paper the customer's.

phonenumbers loads its metadata on first use, so it is imported inside the functions:
commands that never touch a phone do not pay for it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from accountdesk.domain.digits import to_ascii_digits
from accountdesk.domain.enums import Language
from accountdesk.domain.languages import LANGUAGES

if TYPE_CHECKING:
    from phonenumbers import PhoneNumber

# Where a customer is when nothing else says so: the country of its document language
# (the default of JSON files without `country` and of demo data), from the registry.
COUNTRY_BY_LANGUAGE = {Language(info.code): info.country for info in LANGUAGES}
DEFAULT_COUNTRY = COUNTRY_BY_LANGUAGE[Language.HEBREW]


def country_of_language(language: Language | str) -> str:
    return COUNTRY_BY_LANGUAGE.get(Language(language), DEFAULT_COUNTRY)


@cache
def countries() -> frozenset[str]:
    """The ISO 3166-1 alpha-2 codes a customer or contact may have: the countries and
    territories with a telephone numbering plan (all of ISO 3166's inhabited ones)."""
    import phonenumbers

    return frozenset(phonenumbers.SUPPORTED_REGIONS)


def is_country(code: str) -> bool:
    return code in countries()


def clean_country(text: str | None) -> str:
    """' ir ' -> 'IR'; the code as stored (checked with `is_country`)."""
    return (text or "").strip().upper()


def read_phone(text: str, country: str | None) -> PhoneNumber | None:
    """The number `text` spells, read in `country` unless it carries a country code;
    None when it is no valid number there. Any digits (Persian, Arabic-Indic) and any
    separators. Without a country, only numbers with a country code are read."""
    import phonenumbers

    parsed = _parse(text, country)
    return parsed if parsed is not None and phonenumbers.is_valid_number(parsed) else None


def _parse(text: str, country: str | None) -> PhoneNumber | None:
    import phonenumbers

    try:
        return phonenumbers.parse(to_ascii_digits(text), country or "ZZ")
    except phonenumbers.NumberParseException:
        return None


def normalise_phone(text: str, country: str | None) -> str | None:
    """Any spelling of a valid number of `country` -> E.164 ('+982188776655'), else None."""
    import phonenumbers

    parsed = read_phone(text, country)
    if parsed is None:
        return None
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


# Lists show the same numbers again and again (search results as the user types); parsing
# one costs about 60 µs.
@lru_cache(maxsize=8192)
def format_phone(e164: str, home: str | None = None) -> str:
    """A stored number as its reader expects it: national when it belongs to the reader's
    country `home` ('021 8877 6655'), international otherwise ('+98 21 8877 6655').
    A stored text that is no number (an older database may hold one) is shown as it is."""
    if not e164:
        return ""
    import phonenumbers

    try:
        parsed = phonenumbers.parse(to_ascii_digits(e164), None)
    except phonenumbers.NumberParseException:
        return e164
    national = home is not None and phonenumbers.region_code_for_number(parsed) == home
    form = (
        phonenumbers.PhoneNumberFormat.NATIONAL
        if national
        else phonenumbers.PhoneNumberFormat.INTERNATIONAL
    )
    return phonenumbers.format_number(parsed, form)


@dataclass(frozen=True)
class PhoneExample:
    national: str  # '021 2345 6789'
    international: str  # '+98 21 2345 6789'


def phone_example(country: str, mobile: bool = False) -> PhoneExample | None:
    """A number of the kind asked for that is valid in `country`, in both written forms."""
    import phonenumbers

    kind = (
        phonenumbers.PhoneNumberType.MOBILE if mobile else phonenumbers.PhoneNumberType.FIXED_LINE
    )
    example = phonenumbers.example_number_for_type(country, kind) or phonenumbers.example_number(
        country
    )
    if example is None:
        return None
    return PhoneExample(
        phonenumbers.format_number(example, phonenumbers.PhoneNumberFormat.NATIONAL),
        phonenumbers.format_number(example, phonenumbers.PhoneNumberFormat.INTERNATIONAL),
    )


def dialled_forms(e164: str, country: str | None) -> list[str]:
    """The digit strings people dial for a stored number in `country`: the national form
    ('02188776655'), the number after its country code ('982188776655') and, where the
    country dials abroad with 00, that too ('00982188776655'). Empty for no number. Not
    only valid numbers: one an older database kept is found the same way."""
    import phonenumbers

    parsed = _parse(e164, country)
    if parsed is None:
        return []
    formats = (phonenumbers.PhoneNumberFormat.E164, phonenumbers.PhoneNumberFormat.NATIONAL)
    forms = [_digits(phonenumbers.format_number(parsed, f)) for f in formats]
    if _dials_abroad_with_00(country or phonenumbers.region_code_for_number(parsed)):
        forms.append("00" + forms[0])
    return forms


def _digits(text: str) -> str:
    return "".join(ch for ch in text if "0" <= ch <= "9")


@cache
def _dials_abroad_with_00(country: str | None) -> bool:
    import phonenumbers

    metadata = phonenumbers.PhoneMetadata.metadata_for_region(country or "")
    prefix = metadata.international_prefix if metadata is not None else None
    return prefix is not None and re.fullmatch(prefix, "00") is not None
