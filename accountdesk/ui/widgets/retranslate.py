"""Widgets that re-translate their texts when the language changes, without a restart."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    _Widget = QWidget  # what the mixin below is mixed into
else:
    _Widget = object


class Retranslating(_Widget):
    """Mix into a QWidget subclass (before the Qt class) and implement `retranslate()`."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        raise NotImplementedError
