"""A table model over a list of records (systems, contacts, levels…) held by the editor.

The rows live in the open `ServiceFile`; the model reads them through a getter, so after
an edit, undo or reload `refresh()` shows the file as it is now.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QIcon

from accountdesk.ui.formatting import isolate
from accountdesk.ui.labels import word

Index = QModelIndex | QPersistentModelIndex
_ROLES_WITH_DATA = frozenset(
    {Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.DecorationRole}
)


@dataclass(frozen=True)
class Column:
    title: str  # a field's name, marked N_("Field", ...): a word of the catalogues
    text: Callable[[Any], str]
    icon: Callable[[Any], QIcon | None] | None = None
    # The customer's own sentences: room for a phrase at least, whatever their length.
    free_text: bool = False


class RowListModel(QAbstractTableModel):
    refreshed = Signal()  # after `refresh()`, whatever it announced

    def __init__(
        self,
        columns: Sequence[Column],
        rows: Callable[[], Sequence[Any]],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows = rows
        self._snapshot: list[Any] = list(rows())

    def refresh(self) -> None:
        """Show the rows as they are now. One row added or removed, or rows replaced or
        moved in place (what an edit, its undo or its redo does), is announced as just
        that, so a view of hundreds of rows neither re-reads nor re-measures the others;
        a change of more rows than one in number resets the model."""
        old, new = self._snapshot, list(self._rows())
        common = min(len(old), len(new))
        first = next((i for i in range(common) if old[i] is not new[i]), common)
        if len(new) == len(old) + 1 and _same(old[first:], new[first + 1 :]):
            self.beginInsertRows(QModelIndex(), first, first)
            self._snapshot = new
            self.endInsertRows()
        elif len(new) == len(old) - 1 and _same(old[first + 1 :], new[first:]):
            self.beginRemoveRows(QModelIndex(), first, first)
            self._snapshot = new
            self.endRemoveRows()
        elif len(new) == len(old):
            self._snapshot = new
            if first < len(new):
                last = next(i for i in range(len(new) - 1, first - 1, -1) if old[i] is not new[i])
                right = len(self._columns) - 1
                self.dataChanged.emit(self.index(first, 0), self.index(last, right))
        else:
            self.reload()
            return
        self.refreshed.emit()

    def reload(self) -> None:
        """Show the rows as they are now, as new rows (another file, a reload)."""
        self.beginResetModel()
        self._snapshot = list(self._rows())
        self.endResetModel()
        self.refreshed.emit()

    def record(self, row: int) -> Any:
        return self._snapshot[row]

    def free_text(self, column: int) -> bool:
        return self._columns[column].free_text

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._snapshot)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # A view asks for about ten roles per cell it paints; most have nothing here.
        if role not in _ROLES_WITH_DATA or not index.isValid():
            return None
        row = index.row()
        if row >= len(self._snapshot):
            return None
        column = self._columns[index.column()]
        record = self._snapshot[row]
        if role == Qt.ItemDataRole.DecorationRole:
            return column.icon(record) if column.icon is not None else None
        # Cells hold people's words: shown as the summary prints them.
        return isolate(column.text(record))

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            return word("Field", self._columns[section].title)
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._snapshot):
            return str(section + 1)
        return None

    def retranslate(self) -> None:
        if self._columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._columns) - 1)
        if self._snapshot:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._snapshot) - 1, len(self._columns) - 1)
            )


def _same(old: list[Any], new: list[Any]) -> bool:
    return len(old) == len(new) and all(x is y for x, y in zip(old, new, strict=True))
