"""Search results grouped under headings: customers, then systems, then contacts."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import QFont, QGuiApplication

from accountdesk.ui.formatting import fmt, isolate, isolate_ltr
from accountdesk.ui.icons import icon
from accountdesk.ui.tr_noop import QT_TRANSLATE_NOOP
from accountdesk.ui.widgets.text_cells import text_height

Index = QModelIndex | QPersistentModelIndex
KINDS = ("customer", "system", "contact")
GROUP_TITLES = {
    "customer": QT_TRANSLATE_NOOP("Search", "Customers ({count})"),
    "system": QT_TRANSLATE_NOOP("Search", "Systems ({count})"),
    "contact": QT_TRANSLATE_NOOP("Search", "Contacts ({count})"),
}
RESULT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_WIDTH = 240  # long lines are elided; the list never scrolls sideways
ROW_PADDING = 8


@dataclass(frozen=True)
class Heading:
    kind: str
    count: int


def result_text(result: Any) -> str:
    """Two lines: the record's name; then what matched and, for systems and contacts,
    whose it is ('mail01.acme.local — Acme Ltd')."""
    detail = isolate_ltr(result.detail) if result.kind != "customer" else isolate(result.detail)
    second = [
        d for d in (detail, isolate(result.customer_name) if result.kind != "customer" else "") if d
    ]
    return isolate(result.title) + ("\n" + "  —  ".join(second) if second else "")


def _row_size(text: str, font: QFont) -> QSize:
    """Each line as tall as the fonts it is drawn with (Persian needs more room than
    Latin); heights are measured once per script, so the view lays out no text to size
    50 rows (that, not the query, was most of the time between a keystroke and the results)."""
    return QSize(ROW_WIDTH, text_height(text, font) + ROW_PADDING)


def _bold(font: QFont) -> QFont:
    bold = QFont(font)
    bold.setBold(True)
    return bold


class SearchResultsModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: list[Heading | Any] = []
        self.query = ""

    def set_results(self, query: str, results: list[Any]) -> None:
        self.beginResetModel()
        self.query = query
        self._entries = []
        for kind in KINDS:
            found = [r for r in results if r.kind == kind]
            if found:
                self._entries.append(Heading(kind, len(found)))
                self._entries.extend(found)
        self.endResetModel()

    def clear(self) -> None:
        self.set_results("", [])

    def result_at(self, row: int) -> Any | None:
        if 0 <= row < len(self._entries) and not isinstance(self._entries[row], Heading):
            return self._entries[row]
        return None

    def results(self) -> list[Any]:
        return [e for e in self._entries if not isinstance(e, Heading)]

    def first_result_row(self, start: int = 0, step: int = 1) -> int:
        """The nearest row holding a result from `start` in direction `step`; -1 if none."""
        row = start
        while 0 <= row < len(self._entries):
            if not isinstance(self._entries[row], Heading):
                return row
            row += step
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._entries)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if isinstance(self._entries[index.row()], Heading):
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        if isinstance(entry, Heading):
            return self._heading_data(entry, role)
        return self._result_data(entry, role)

    def _heading_data(self, heading: Heading, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            title = QCoreApplication.translate("Search", GROUP_TITLES[heading.kind])
            return title.format(count=fmt().integer(heading.count))
        if role == Qt.ItemDataRole.SizeHintRole:
            return _row_size(
                self._heading_data(heading, Qt.ItemDataRole.DisplayRole),
                _bold(QGuiApplication.font()),
            )
        if role == Qt.ItemDataRole.FontRole:
            return _bold(QGuiApplication.font())
        return None

    def _result_data(self, result: Any, role: int) -> Any:
        if role == Qt.ItemDataRole.SizeHintRole:
            return _row_size(result_text(result), QGuiApplication.font())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return result_text(result)
        if role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate(
                "Search", "Enter opens the service file; Ctrl+Enter opens the supporter's card"
            )
        if role == Qt.ItemDataRole.DecorationRole:
            return icon(result.kind)
        if role == RESULT_ROLE:
            return result.ref_id
        return None

    def retranslate(self) -> None:
        if self._entries:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._entries) - 1, 0))
