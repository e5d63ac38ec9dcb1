"""Which characters a field may hold: those the signed documents can print.

The document fonts cover Latin, Greek, Cyrillic, Hebrew and Arabic script (with
Persian), punctuation, currency, arrows, mathematical signs, symbols and emoji. A
character outside them (Chinese, Japanese and Korean, other scripts, private use,
unassigned code points) is refused when typed or imported, naming the field, rather
than printed as a box. The table of covered characters is generated from the fonts
(`_printable_data`); invisible characters (controls, joiners, direction marks,
variation selectors) are accepted as well: documents print nothing for them.
"""

from __future__ import annotations

import bisect
import unicodedata

from accountdesk.domain._printable_data import RANGES

_FIRSTS = [first for first, _last in RANGES]
# Variation selectors and their supplement, tags: invisible (Default_Ignorable_Code_Point).
_IGNORABLE_RANGES = ((0xFE00, 0xFE0F), (0xE0000, 0xE0FFF), (0x180B, 0x180F))


def is_printable(ch: str) -> bool:
    """Whether documents can show ``ch`` (or rightly show nothing for it)."""
    code_point = ord(ch)
    index = bisect.bisect_right(_FIRSTS, code_point) - 1
    if index >= 0 and code_point <= RANGES[index][1]:
        return True
    if unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp"):
        return True
    return any(first <= code_point <= last for first, last in _IGNORABLE_RANGES)


def unprintable_characters(text: str) -> list[str]:
    """The distinct characters of ``text`` that no document font draws, in order."""
    if text.isascii():
        return []  # the common case; every ASCII character is printable
    return list(dict.fromkeys(ch for ch in text if not is_printable(ch)))


def describe(characters: list[str], limit: int = 5) -> str:
    """'漢 (U+6F22), 字 (U+5B57)': what a message shows of the refused characters."""
    shown = [
        f"U+{ord(ch):04X}"
        if unicodedata.category(ch) in ("Co", "Cn", "Cs")
        else f"{ch} (U+{ord(ch):04X})"
        for ch in characters[:limit]
    ]
    return ", ".join(shown) + (", …" if len(characters) > limit else "")
