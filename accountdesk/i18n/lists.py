"""Lists joined the way each language does: "a, b and c", "א, ב ו־ג", "الف، ب و ج".

The patterns are CLDR's (through Babel); two spelling rules CLDR cannot express are added.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cache

from accountdesk.domain.enums import Language
from accountdesk.i18n.locales import babel_locale

_HEBREW_LETTERS = frozenset(chr(c) for c in range(0x05D0, 0x05EB))
_GERESH_MARKS = "׳״'\""


def and_list(items: Sequence[str], language: Language) -> str:
    """['a', 'b', 'c'] -> 'a, b and c' in the language's words and punctuation."""
    items = [str(item) for item in items]
    if language is Language.HEBREW and len(items) > 1:
        items[-1] = _hebrew_after_vav(items[-1])
    return join(items, _and_patterns(language))


def comma_list(items: Sequence[str], language: Language) -> str:
    """Items separated by the language's comma only: 'Sun, Tue' / 'یکشنبه،\u200f سه‌شنبه'."""
    comma = babel_locale(language).list_patterns["standard"]["middle"]
    if not any(mark in comma for mark in ",،"):
        comma = "{0}، {1}"  # CLDR's Arabic lists join with "و" alone; days and hours take a comma
    patterns = dict.fromkeys(("start", "middle", "end", "2"), comma)
    return join([str(item) for item in items], patterns)


def join(items: Sequence[str], patterns: Mapping[str, str]) -> str:
    """CLDR's list algorithm (as babel.lists.format_list) over the patterns given."""
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    if len(items) == 2:
        return patterns["2"].format(items[0], items[1])
    text = patterns["start"].format(items[0], items[1])
    for item in items[2:-1]:
        text = patterns["middle"].format(text, item)
    return patterns["end"].format(text, items[-1])


@cache
def _and_patterns(language: Language) -> Mapping[str, str]:
    patterns = dict(babel_locale(language).list_patterns["standard"])
    if language is Language.PERSIAN:
        # CLDR writes a comma before the last "و"; Persian prose does not ("الف، ب و ج").
        patterns["end"] = patterns["2"]
    return patterns


def _hebrew_after_vav(item: str) -> str:
    """'ו' joins a Hebrew word directly ('ורשתות') but takes a maqaf before a digit, a
    foreign word or a lone letter ('ו־30', 'ו־SAP', 'ו־ג'), as the Academy's rules ask."""
    words = item.split(maxsplit=1)
    if not words:
        return item
    letters = words[0].rstrip(_GERESH_MARKS)
    if len(letters) > 1 and letters[0] in _HEBREW_LETTERS:
        return item
    return "\u05be" + item  # maqaf
