"""Dates, times and numbers on screen, in the UI language (the i18n Formatter).

`fmt()` gives the formatter for the current UI language; it is made on first use, so
Babel's locale data is loaded only when something is first shown.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from accountdesk.domain.bidi import LRI, PDI, RLI, shown, shown_ltr
from accountdesk.ui.language import current_language, shows_native_digits, uses_jalali

if TYPE_CHECKING:
    from accountdesk.i18n.formatting import Formatter


def fmt() -> Formatter:
    """The formatter for the UI language and the user's Persian digits and calendar."""
    return _formatter(current_language(), shows_native_digits(), uses_jalali())


@functools.cache
def _formatter(language: str, native_digits: bool = True, jalali: bool = True) -> Formatter:
    from accountdesk.i18n.formatting import Formatter

    return Formatter(language, native_digits=native_digits, jalali=jalali)


def isolate(text: str) -> str:
    """People's words keep their own direction inside a sentence of the UI's language, and
    show as the summary prints them: direction controls neutralised, one isolate."""
    return shown(text)


def ui_paragraph(text: str) -> str:
    """Start with a mark of the UI's direction, so a paragraph aligns and reads as the UI
    does even when it begins with a name in another script."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication

    rtl = QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    mark = "\u200f" if rtl else "\u200e"
    return "\n".join(mark + line for line in text.split("\n"))


def ui_isolate(text: str) -> str:
    """A phrase of the UI's language (a quotation mark, a person's words, the closing
    mark) as one isolate in the UI's direction: its marks fall on the UI's sides of the
    words inside whatever surrounds it, and a label that guesses its direction from its
    text, or a line that starts with it, cannot turn it around."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication

    rtl = QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    return f"{RLI if rtl else LRI}{text}{PDI}" if text else ""


def isolate_in_line(text: str) -> str:
    """A value isolated and followed by a mark of the UI's direction, so the punctuation
    after it (": ", a closing quotation mark) stays on the UI's side even where the
    text engine does not honour the isolate."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication

    rtl = QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    return shown(text) + ("\u200f" if rtl else "\u200e") if text else ""


def isolate_ltr(text: str) -> str:
    """Phone numbers, e-mails and host names keep their order inside right-to-left text."""
    return shown_ltr(text)


def phone_shown(e164: str) -> str:
    """A stored number as the screen shows it: national when it is of the UI locale's
    country, else international (isolate it with `isolate_ltr` inside other text)."""
    from accountdesk.ui.language import locale_country

    return fmt().phone(e164, locale_country()) if e164 else ""


_CONTROLS = dict.fromkeys(map(ord, "\u200e\u200f\u2066\u2067\u2068\u2069"))


def plain(text: str) -> str:
    """The text without the direction marks and isolates added for display."""
    return text.translate(_CONTROLS)
