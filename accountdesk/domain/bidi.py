"""User values shown inside text: the same on screen and on paper.

A value put into a sentence or a cell must not change the order of the words around it,
and must read the same wherever it is shown. Its bidi control characters (which can
reverse a name, "Trojan Source") are neutralised, and it is wrapped in a first-strong
isolate (FSI ... PDI), so it takes its own direction and cannot reorder what surrounds it.
The summary and every screen use the functions here.
"""

from __future__ import annotations

import re
import unicodedata

LRE, RLE, PDF, LRO, RLO = "\u202a", "\u202b", "\u202c", "\u202d", "\u202e"
LRI, RLI, FSI, PDI = "\u2066", "\u2067", "\u2068", "\u2069"
LRM, RLM, ALM = "\u200e", "\u200f", "\u061c"

BIDI_CONTROLS = frozenset((LRE, RLE, PDF, LRO, RLO, LRI, RLI, FSI, PDI, LRM, RLM, ALM))
_CONTROLS_PATTERN = re.compile("[" + "".join(sorted(BIDI_CONTROLS)) + "]")

# Joiners shape Persian and Arabic words ("می‌خواهم") and emoji: part of the text, kept.
_MEANINGFUL_FORMAT = frozenset("\u200c\u200d")
# Letters and symbols that draw nothing (Hangul fillers, the braille blank, Mongolian
# vowel separator) besides the separator, control and format categories. Unassigned code
# points are not counted: a newer Unicode than Python's may have given them a letter.
_BLANK_CHARS = frozenset("\u115f\u1160\u3164\uffa0\u2800\u180e")
_INVISIBLE_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Zs", "Zl", "Zp"})


def has_bidi_controls(text: str) -> bool:
    """True if the text carries characters that can reorder what follows."""
    return _CONTROLS_PATTERN.search(text) is not None


def neutralise_bidi_controls(text: str, marker: str = "") -> str:
    """Remove bidi controls, or replace each by ``marker`` (e.g. "\\ufffd" to keep the
    tampering visible)."""
    if marker and has_bidi_controls(marker):
        raise ValueError("the marker must not itself be a bidi control")
    return _CONTROLS_PATTERN.sub(marker, text)


def shown(value: str) -> str:
    """A user value as every screen and the summary show it: bidi controls neutralised,
    the whole value one first-strong isolate. Empty stays empty."""
    clean = neutralise_bidi_controls(value)
    return f"{FSI}{clean}{PDI}" if clean else ""


def shown_ltr(value: str) -> str:
    """Phone numbers, e-mails, host names: neutralised, isolated left to right."""
    clean = neutralise_bidi_controls(value)
    return f"{LRI}{clean}{PDI}" if clean else ""


def _invisible(char: str) -> bool:
    return char in _BLANK_CHARS or (
        char not in _MEANINGFUL_FORMAT and unicodedata.category(char) in _INVISIBLE_CATEGORIES
    )


def is_blank(text: str) -> bool:
    """True when nothing in the text is visible: empty, spaces, or only control, format and
    other invisible characters (a name of only U+202E is no name)."""
    return all(_invisible(char) for char in text)


def escape_invisible(text: str) -> str:
    """Invisible and control characters written as <U+202E>, for plain-text output where a
    hidden character would reorder or hide what is printed. Ordinary spaces, and the
    joiners that shape Persian words, stay as they are."""
    return "".join(
        f"<U+{ord(char):04X}>" if char != " " and _invisible(char) else char for char in text
    )
