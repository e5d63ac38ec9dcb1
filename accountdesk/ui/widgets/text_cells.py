"""People's words in item views and labels: placed, cut and sized by their own script.

A Hebrew note in an English UI starts at the right and loses its end on the left ("…"
where the reader stops), an English host name in a Persian UI the other way round; a row
is as tall as the fonts its lines really use (Arabic script needs more room than Latin).
"""

from __future__ import annotations

import math

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QGuiApplication, QTextLayout
from PySide6.QtWidgets import QAbstractItemView, QLabel, QStyledItemDelegate, QStyleOptionViewItem

from accountdesk.ui.widgets.direction import text_direction

Index = QModelIndex | QPersistentModelIndex
_HORIZONTAL = Qt.AlignmentFlag.AlignHorizontal_Mask | Qt.AlignmentFlag.AlignAbsolute
_MIRRORED_DECORATION = {
    QStyleOptionViewItem.Position.Left: QStyleOptionViewItem.Position.Right,
    QStyleOptionViewItem.Position.Right: QStyleOptionViewItem.Position.Left,
}


def _scripts(text: str) -> frozenset[int]:
    """The 128-code-point blocks of a text beyond ASCII: a cheap stand-in for its scripts,
    which decide the fallback fonts a line is drawn with."""
    return frozenset(ord(c) >> 7 for c in text if ord(c) > 0x7F)


def line_height(text: str, font: QFont) -> int:
    """The height of one line of `text` as drawn in `font`, with the fonts Qt falls back to
    for its scripts (measured once per font and set of scripts)."""
    key = (font.key(), _scripts(text))
    height = _heights.get(key)
    if height is None:
        layout = QTextLayout(text or "x", font)
        layout.beginLayout()
        line = layout.createLine()
        layout.endLayout()
        height = _heights[key] = max(math.ceil(line.height()), 1)
    return height


_heights: dict[tuple[str, frozenset[int]], int] = {}


def text_height(text: str, font: QFont) -> int:
    """The height of a multi-line text, line by line by each line's own fonts."""
    return sum(line_height(line, font) for line in text.split("\n"))


def horizontal_alignment(text: str, fallback: Qt.LayoutDirection) -> Qt.AlignmentFlag:
    """Left for a left-to-right text, right for a right-to-left one, whatever the UI's
    direction; a text without strong letters follows `fallback`."""
    direction = text_direction(text) or fallback
    side = (
        Qt.AlignmentFlag.AlignRight
        if direction == Qt.LayoutDirection.RightToLeft
        else Qt.AlignmentFlag.AlignLeft
    )
    return side | Qt.AlignmentFlag.AlignAbsolute


def align_label(label: QLabel) -> None:
    """Lay out a label showing a user's text in that text's direction: every line (and
    every wrapped line) on the side where the text starts. Call again after `setText`."""
    direction = text_direction(label.text()) or QGuiApplication.layoutDirection()
    label.setLayoutDirection(direction)
    vertical = label.alignment() & Qt.AlignmentFlag.AlignVertical_Mask
    label.setAlignment(horizontal_alignment(label.text(), direction) | vertical)


class DirectedTextDelegate(QStyledItemDelegate):
    """Draws each cell in its text's direction: aligned to the side where the text starts
    and elided at the side where it ends; the decoration stays where the UI puts it."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:
        super().initStyleOption(option, index)
        direction = text_direction(option.text)
        if direction is None:
            return
        if direction != option.direction:
            position = option.decorationPosition
            option.decorationPosition = _MIRRORED_DECORATION.get(position, position)
            option.direction = direction
        alignment = option.displayAlignment & ~_HORIZONTAL
        option.displayAlignment = alignment | Qt.AlignmentFlag.AlignLeading


def direct_text(view: QAbstractItemView) -> DirectedTextDelegate:
    """Give an item view the delegate above."""
    delegate = DirectedTextDelegate(view)
    view.setItemDelegate(delegate)
    return delegate
