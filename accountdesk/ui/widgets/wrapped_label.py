"""Wrapped text that stays inside its box in every direction, and dialogs that keep it whole.

Qt wraps a right-to-left line without its trailing space but, aligning the line to the
right, still places that space at the line's visual end, the left: the words run past the
label's left edge by up to one space and are cut. `WrappedLabel` keeps one space free on
the side where its lines end, and a pixel on the other, where a stroke may reach past its
letter's advance (Persian ف at a line's start). `keep_wrapped_text_whole` makes a window
no shorter than its layout needs at its width, so a narrower window gives a wrapped label
more lines instead of cutting its last ones.
"""

from __future__ import annotations

from PySide6 import QtGui
from PySide6.QtCore import QEvent, QMargins, QObject, Qt
from PySide6.QtGui import QFontMetrics, QGuiApplication, QTextDocumentFragment
from PySide6.QtWidgets import QLabel, QWidget

from accountdesk.ui.widgets.direction import text_direction


class WrappedLabel(QLabel):
    _padding = QMargins()  # before the constructor's own events

    def __init__(self, parent: QWidget | None = None, text: str = "") -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)
        self._reserve_line_end()

    def setText(self, text: str) -> None:
        super().setText(text)
        self._reserve_line_end()

    def setTextFormat(self, format: Qt.TextFormat) -> None:
        super().setTextFormat(format)
        self._reserve_line_end()

    def set_padding(self, left: int, top: int, right: int, bottom: int) -> None:
        """Space around the text; the space kept at the lines' end is added to it."""
        self._padding = QMargins(left, top, right, bottom)
        self._reserve_line_end()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.LayoutDirectionChange):
            self._reserve_line_end()

    def _reserve_line_end(self) -> None:
        # QLabel lays plain text out in the direction of its first strong character.
        direction = text_direction(self._plain_text()) or QGuiApplication.layoutDirection()
        end = QFontMetrics(self.font()).horizontalAdvance(" ")
        left, right = (end, 1) if direction == Qt.LayoutDirection.RightToLeft else (1, end)
        pad = self._padding
        wanted = QMargins(pad.left() + left, pad.top(), pad.right() + right, pad.bottom())
        if self.contentsMargins() != wanted:
            self.setContentsMargins(wanted)

    def _plain_text(self) -> str:
        # A tag's letters are not the text's: rich text is read as it is shown.
        text = self.text()
        rich = self.textFormat() == Qt.TextFormat.RichText or (
            self.textFormat() == Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(text)
        )
        return QTextDocumentFragment.fromHtml(text).toPlainText() if rich else text


class _WholeHeight(QObject):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.LayoutRequest):
            layout = self._window.layout()
            if layout is not None and layout.hasHeightForWidth():
                need = layout.totalHeightForWidth(self._window.width())
                if need > 0 and need != self._window.minimumHeight():
                    self._window.setMinimumHeight(need)
        return False


def keep_wrapped_text_whole(window: QWidget) -> None:
    """Keep `window` at least as tall as its layout needs at its width (Qt leaves a
    window's height free of its wrapped labels' needs once a person resizes it)."""
    _WholeHeight(window)
