"""Safe embedding of user-entered values in right-to-left (or any) text.

A value put into a sentence must not change the order of the words around
it: it is wrapped in one isolate (FSI...PDI, or LRI...PDI for tokens that
read left to right in every language), and any bidi control characters it
carries are neutralised first, so that a name containing RLO ("Trojan
Source") cannot reorder the rest of the line.

Inside the isolate the bidi algorithm runs as usual, with one exception:
a number with separators (phone, date, ID) that follows right-to-left
letters is wrapped in LRI...PDI, because after Arabic letters the algorithm
reads its digits as Arabic numbers and shows "021-88776655" as
"88776655-021". After Latin letters it is left alone: there it reads left
to right anyway, and an isolate would split "Veeam 12.1" in two.
"""

from __future__ import annotations

import functools
import re

# The controls and their neutralisation are shared with the screens (domain.bidi), so a
# value reads the same on screen and on paper.
from accountdesk.domain.bidi import (
    ALM,
    BIDI_CONTROLS,
    FSI,
    LRE,
    LRI,
    LRM,
    LRO,
    PDF,
    PDI,
    RLE,
    RLI,
    RLM,
    RLO,
    has_bidi_controls,
    neutralise_bidi_controls,
)

from .bidi import bidi_class

__all__ = [
    "ALM",
    "BIDI_CONTROLS",
    "LRE",
    "LRM",
    "LRO",
    "PDF",
    "RLE",
    "RLM",
    "RLO",
    "has_bidi_controls",
    "neutralise_bidi_controls",
]

# Digits of every script our documents use: ASCII, Arabic-Indic, Persian.
_DIGIT = "[0-9\u0660-\u0669\u06f0-\u06f9]"
_TOKEN_CHAR = "[A-Za-z0-9\u0660-\u0669\u06f0-\u06f9]"
_NOT_SPACE = "[^\\s\u2066-\u2069]"
# Tokens that must read left to right even inside Persian or Arabic, where
# the bidi algorithm would otherwise show "021-88776655" as "88776655-021".
_LTR_TOKEN_PATTERNS = (
    f"[A-Za-z][A-Za-z0-9+.-]*://{_NOT_SPACE}+",  # URL
    f"www\\.{_NOT_SPACE}+",  # URL without a scheme
    # e-mail; it starts with a letter or digit: in "ל-it@acme.co.il" the hyphen
    # belongs to the Hebrew prefix ("to"), not to the address
    "[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+",
    # international phone number: groups apart by spaces ("+98 21 8877 6655"), then by
    # hyphens or dots ("+972 3-555-1234"); a number after those is not part of it
    f"\\+{_DIGIT}+(?: {_DIGIT}+)*(?:[-.]{_DIGIT}+)*",
    f"{_DIGIT}+(?:[.,\u066b]{_DIGIT}+)?[%\u066a]",  # percentage
    # phone, date, time, version, IP address, ticket or asset ID: pieces
    # joined by separators (a digit is required, see _is_ltr_token)
    f"{_TOKEN_CHAR}+(?:[-_/.:#\u066b\u066c]{_TOKEN_CHAR}+)+",
)
_LTR_TOKEN = re.compile("|".join(f"(?:{pattern})" for pattern in _LTR_TOKEN_PATTERNS))
_DIGIT_PATTERN = re.compile(_DIGIT)
_E164_DIGITS = 15
_TRAILING_PUNCTUATION = ".,;:!?)]}\u00bb\"'\u060c\u061b\u061f"

_TO_PERSIAN = str.maketrans(
    "0123456789\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669",
    "\u06f0\u06f1\u06f2\u06f3\u06f4\u06f5\u06f6\u06f7\u06f8\u06f9" * 2,
)
_NUMBER_SEPARATOR = re.compile(r"(?<=[0-9\u06f0-\u06f9])([.,])(?=[0-9\u06f0-\u06f9])")


# --------------------------------------------------------------------------
# Isolating values


@functools.lru_cache(maxsize=4096)
def _ltr_tokens(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of the left-to-right tokens in ``text`` (kept: a summary isolates the
    same values, kinds and places, many times over, each twice)."""
    spans = []
    for match in _LTR_TOKEN.finditer(text):
        token = _phone_digits_capped(match.group().rstrip(_TRAILING_PUNCTUATION))
        if _is_ltr_token(token):
            spans.append((match.start(), match.start() + len(token)))
    return tuple(spans)


def _phone_digits_capped(token: str) -> str:
    """An international number has at most 15 digits (E.164): a group beyond them,
    after a space, is a number of its own ("+98 21 8877 6655 2019")."""
    while token.startswith("+") and len(_DIGIT_PATTERN.findall(token)) > _E164_DIGITS:
        head, space, _ = token.rpartition(" ")
        if not space:
            break
        token = head
    return token


def _is_ltr_token(token: str) -> bool:
    """Separated words without digits ("and/or", "e.g") read as text."""
    if not token:
        return False
    return (
        bool(_DIGIT_PATTERN.search(token))
        or "@" in token
        or "://" in token
        or token.startswith("www.")
    )


def looks_left_to_right(value: str) -> bool:
    """Phone numbers, dates, versions, IDs, e-mails, URLs, percentages."""
    value = value.strip()
    return bool(value) and _ltr_tokens(value) == ((0, len(value)),)


def isolate(value: str, direction: str = "auto", marker: str = "") -> str:
    """Neutralise ``value`` and wrap it in one isolate.

    direction: 'auto' (LRI for a left-to-right token, else FSI, which takes
    the direction of the value's first strong letter, with the numbers that
    follow right-to-left letters inside it kept left to right), 'ltr' or
    'rtl'.
    """
    clean = neutralise_bidi_controls(value, marker)
    if direction == "ltr" or (direction == "auto" and looks_left_to_right(clean)):
        return f"{LRI}{clean}{PDI}"
    if direction == "rtl":
        return f"{RLI}{clean}{PDI}"
    if direction == "auto":
        return f"{FSI}{_wrap_ltr_tokens(clean)}{PDI}"
    raise ValueError(f"unknown direction {direction!r}")


def _wrap_ltr_tokens(text: str) -> str:
    """LRI...PDI around each left-to-right token that does not follow a
    Latin letter: after one, rules W2 and W7 already read it left to right,
    and an isolate would part it from that word (at the end of a
    right-to-left value "Veeam 12.1" would show as "12.1 Veeam")."""
    result, position, last_strong = [], 0, ""
    for start, end in _ltr_tokens(text):
        last_strong = _last_strong(text[position:start]) or last_strong
        if last_strong == "L":
            result.append(text[position:end])
            last_strong = _last_strong(text[start:end]) or last_strong
        else:
            result += [text[position:start], LRI, text[start:end], PDI]
        position = end
    result.append(text[position:])
    return "".join(result)


def _last_strong(text: str) -> str:
    """'L' or 'R' for the last strong character of ``text``, else ''."""
    for ch in reversed(text):
        strong = bidi_class(ch)
        if strong == "L":
            return "L"
        if strong in ("R", "AL"):
            return "R"
    return ""


# --------------------------------------------------------------------------
# Digits


def to_persian_digits(text: str, separators: bool = False) -> str:
    """ASCII and Arabic-Indic digits to Persian ones (U+06F0..U+06F9); with
    ``separators``, '.' and ',' between digits become the Persian decimal
    and thousands separators (U+066B, U+066C)."""
    converted = str(text).translate(_TO_PERSIAN)
    if separators:
        converted = _NUMBER_SEPARATOR.sub(
            lambda m: "\u066b" if m.group(1) == "." else "\u066c", converted
        )
    return converted
