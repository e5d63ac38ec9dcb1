"""A table of records with Add / Edit / Delete (and Move up / down where order matters)."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal, SignalInstance
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from accountdesk.ui.icons import icon
from accountdesk.ui.widgets.retranslate import Retranslating
from accountdesk.ui.widgets.row_model import RowListModel
from accountdesk.ui.widgets.text_cells import direct_text

MAX_COLUMN_CHARS = 40
FIT_ROWS = 100
MIN_FREE_TEXT_CHARS = 25
MAX_FREE_TEXT_CHARS = 60


class RowTable(Retranslating, QWidget):
    add_requested = Signal()
    edit_requested = Signal(int)
    delete_requested = Signal(int)
    move_requested = Signal(int, int)  # row, +1 down / -1 up

    def __init__(
        self, model: RowListModel, orderable: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.model = model
        self.view = _table(model, self)
        self.add_button = _button("add", self)
        self.edit_button = _button("edit", self)
        self.delete_button = _button("delete", self)
        self.up_button = _button("up", self) if orderable else None
        self.down_button = _button("down", self) if orderable else None
        # Why the rows may only be read ('' when they may be changed): the buttons that
        # change them are disabled and say it.
        self.read_only_reason = ""
        self._lay_out()
        self._connect()
        self._update_buttons()
        self.retranslate()

    def _lay_out(self) -> None:
        buttons = QHBoxLayout()
        for button in self._buttons():
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)

    def _buttons(self) -> list[QPushButton]:
        found = [
            self.add_button,
            self.edit_button,
            self.delete_button,
            self.up_button,
            self.down_button,
        ]
        return [b for b in found if b is not None]

    def _connect(self) -> None:
        self.add_button.clicked.connect(self.add_requested)
        self.edit_button.clicked.connect(lambda: self._emit_for_current(self.edit_requested))
        self.delete_button.clicked.connect(lambda: self._emit_for_current(self.delete_requested))
        # `activated` comes with a double click too (and with Enter): one request per gesture.
        self.view.activated.connect(lambda index: self._activated(index.row()))
        if self.up_button is not None and self.down_button is not None:
            self.up_button.clicked.connect(lambda: self._move(-1))
            self.down_button.clicked.connect(lambda: self._move(+1))
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.view)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self._delete_key)
        self.model.refreshed.connect(self._update_buttons)
        self.model.modelReset.connect(self.fit_columns)
        self.model.rowsInserted.connect(lambda _parent, first, last: self.widen_for(first, last))
        self.model.dataChanged.connect(lambda top, bottom: self.widen_for(top.row(), bottom.row()))
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)

    def retranslate(self) -> None:
        texts = {
            self.add_button: self.tr("&Add…"),
            self.edit_button: self.tr("&Edit…"),
            self.delete_button: self.tr("&Delete"),
            self.up_button: self.tr("Move &up"),
            self.down_button: self.tr("Move do&wn"),
        }
        for button, text in texts.items():
            if button is not None:
                button.setText(text)
                button.setAccessibleName(text.replace("&", "").rstrip("…"))
        self.model.retranslate()
        self.fit_columns()

    def fit_columns(self) -> None:
        """Each column as wide as what it shows (up to about 40 characters, the rest is
        elided); the customer's own sentences get room for a phrase at least (about 25
        characters) and up to 60, and the last column takes whatever is left."""
        header = self.view.horizontalHeader()
        char = self.view.fontMetrics().averageCharWidth()
        for column in range(self.model.columnCount()):
            free = self.model.free_text(column)
            self.view.resizeColumnToContents(column)
            widest = char * (MAX_FREE_TEXT_CHARS if free else MAX_COLUMN_CHARS)
            narrowest = char * MIN_FREE_TEXT_CHARS if free else 0
            wanted = min(max(header.sectionSize(column), narrowest), widest)
            header.resizeSection(column, wanted)

    def widen_for(self, first: int, last: int) -> None:
        """Widen the columns a changed or added row needs, within the same limits as
        `fit_columns`; the other rows are not measured again."""
        if last - first >= FIT_ROWS:  # every row: a new language, and `fit_columns` follows
            return
        header = self.view.horizontalHeader()
        char = self.view.fontMetrics().averageCharWidth()
        grid = 1 if self.view.showGrid() else 0
        for column in range(self.model.columnCount()):
            widest = char * (
                MAX_FREE_TEXT_CHARS if self.model.free_text(column) else MAX_COLUMN_CHARS
            )
            needed = grid + max(
                self.view.sizeHintForIndex(self.model.index(row, column)).width()
                for row in range(first, last + 1)
            )
            if header.sectionSize(column) < min(needed, widest):
                header.resizeSection(column, min(needed, widest))

    def set_name(self, name: str) -> None:
        """What the table lists, for screen readers (the tab's or the box's title)."""
        self.view.setAccessibleName(name)

    # ------------------------------------------------------------ selection

    def current_row(self) -> int:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def select_row(self, row: int) -> None:
        if not 0 <= row < self.model.rowCount():
            return
        index = self.model.index(row, 0)
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.view.selectionModel().setCurrentIndex(index, flags)
        self.view.scrollTo(index)

    def set_read_only(self, reason: str) -> None:
        """Rows that may only be read, and why (the buttons' tooltip); '' to allow edits."""
        self.read_only_reason = reason
        for button in self._buttons():
            button.setToolTip(reason)
        self._update_buttons()

    def _delete_key(self) -> None:
        """The Delete key does what the Delete button does, and only when it may."""
        if self.delete_button.isEnabled():
            self._emit_for_current(self.delete_requested)

    def _activated(self, row: int) -> None:
        if not self.read_only_reason:
            self.edit_requested.emit(row)

    def _emit_for_current(self, signal: SignalInstance) -> None:
        row = self.current_row()
        if row >= 0:
            signal.emit(row)

    def _move(self, delta: int) -> None:
        row = self.current_row()
        if 0 <= row + delta < self.model.rowCount() and row >= 0:
            self.move_requested.emit(row, delta)

    def _update_buttons(self) -> None:
        row = self.current_row()
        may = not self.read_only_reason
        has = row >= 0 and may
        self.add_button.setEnabled(may)
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)
        if self.up_button is not None and self.down_button is not None:
            self.up_button.setEnabled(has and row > 0)
            self.down_button.setEnabled(has and row < self.model.rowCount() - 1)


def _table(model: RowListModel, parent: QWidget) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setTabKeyNavigation(False)
    view.verticalHeader().setVisible(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    direct_text(view)
    # Columns fit the rows on screen and about a hundred more: an edit of a file with
    # thousands of systems stays instant.
    view.horizontalHeader().setResizeContentsPrecision(FIT_ROWS)
    return view


def _button(icon_name: str, parent: QWidget) -> QPushButton:
    button = QPushButton(icon(icon_name), "", parent)
    return button
