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
)
from PySide6.QtGui import QIcon

from accountdesk.ui.formatting import isolate
from accountdesk.ui.labels import word

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    title: str  # a field's name, marked N_("Field", ...): a word of the catalogues
    text: Callable[[Any], str]
    icon: Callable[[Any], QIcon | None] | None = None
    # The customer's own sentences: room for a phrase at least, whatever their length.
    free_text: bool = False


class RowListModel(QAbstractTableModel):
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
        self.beginResetModel()
        self._snapshot = list(self._rows())
        self.endResetModel()

    def record(self, row: int) -> Any:
        return self._snapshot[row]

    def free_text(self, column: int) -> bool:
        return self._columns[column].free_text

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._snapshot)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._snapshot):
            return None
        column = self._columns[index.column()]
        record = self._snapshot[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            # Cells hold people's words: shown as the summary prints them.
            return isolate(column.text(record))
        if role == Qt.ItemDataRole.DecorationRole and column.icon is not None:
            return column.icon(record)
        return None

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
