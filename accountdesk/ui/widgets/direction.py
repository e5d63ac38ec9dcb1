"""Text fields holding people's data follow their content's direction, not the UI's.

A Hebrew name typed into an English UI reads right to left, and an e-mail address in a
Persian UI reads left to right. Empty fields follow the application.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

_STRONG_RTL = {"R", "AL"}


def text_direction(text: str) -> Qt.LayoutDirection | None:
    """The direction of the first strong character (the Unicode paragraph rule)."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in _STRONG_RTL:
            return Qt.LayoutDirection.RightToLeft
        if kind == "L":
            return Qt.LayoutDirection.LeftToRight
    return None


def follow_content_direction(widget: QLineEdit | QPlainTextEdit) -> None:
    if isinstance(widget, QPlainTextEdit):
        option = widget.document().defaultTextOption()
        option.setTextDirection(Qt.LayoutDirection.LayoutDirectionAuto)
        widget.document().setDefaultTextOption(option)
        _ParagraphDirection(widget)
        return
    _LineDirection(widget)


class _LineDirection(QObject):
    """Sets a line edit's direction from its text, and again when the UI flips."""

    def __init__(self, edit: QLineEdit) -> None:
        super().__init__(edit)
        self._edit = edit
        edit.textChanged.connect(self._update)
        edit.installEventFilter(self)
        self._update(edit.text())

    def _update(self, text: str) -> None:
        direction = text_direction(text) or QGuiApplication.layoutDirection()
        if self._edit.layoutDirection() != direction:
            self._edit.setLayoutDirection(direction)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self._update(self._edit.text())
        return False


class _ParagraphDirection(QObject):
    """Aligns an empty plain-text field with the UI; each paragraph then follows its text."""

    def __init__(self, edit: QPlainTextEdit) -> None:
        super().__init__(edit)
        self._edit = edit
        edit.textChanged.connect(self._update)
        edit.installEventFilter(self)
        self._update()

    def _update(self) -> None:
        direction = text_direction(self._edit.toPlainText()) or QGuiApplication.layoutDirection()
        if self._edit.layoutDirection() != direction:
            self._edit.setLayoutDirection(direction)
        option = self._edit.document().defaultTextOption()
        if option.textDirection() != direction:
            option.setTextDirection(direction)
            option.setAlignment(Qt.AlignmentFlag.AlignLeading)
            self._edit.document().setDefaultTextOption(option)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self._update()
        return False
