"""A list inside a record being edited (a path's levels, an expectation's risks, a meeting's
participants and action items): a table with its own small editor dialogs.

The rows are a copy owned by the parent dialog until it is accepted; each row's editor
checks the parent record with that row in it, keeping only the problems of its fields.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QWidget

from accountdesk.domain.errors import FieldProblem
from accountdesk.ui.file.record_dialog import RecordDialog, RecordDialogs, Validator, Where
from accountdesk.ui.widgets.prompts import confirm_delete
from accountdesk.ui.widgets.row_model import Column, RowListModel
from accountdesk.ui.widgets.row_table import RowTable

DialogFactory = Callable[[Any, Validator, QWidget], RecordDialog]


class SubList(QObject):
    changed = Signal()

    def __init__(
        self,
        owner: QWidget,
        rows: Sequence[Any],
        columns: Sequence[Column],
        make_dialog: DialogFactory,
        new_record: Callable[[], Any],
        problems_with: Callable[[list[Any]], list[FieldProblem]],
        fields: set[str],
        describe: Callable[[Any, int], str],
        orderable: bool = False,
    ) -> None:
        super().__init__(owner)
        self._owner = owner
        self.rows: list[Any] = copy.deepcopy(list(rows))
        self.model = RowListModel(columns, lambda: self.rows, self)
        self.table = RowTable(self.model, orderable, owner)
        self.dialog: QDialog | None = None
        self._make_dialog = make_dialog
        self._new_record = new_record
        self._problems_with = problems_with
        self._fields = fields
        self._describe = describe
        self.dialogs = RecordDialogs(self, lambda: self.rows, self._store)
        self.table.add_requested.connect(self.add)
        self.table.edit_requested.connect(self.edit)
        self.table.delete_requested.connect(self.delete)
        self.table.move_requested.connect(self.move)

    def add(self) -> None:
        self._open(self._new_record(), None)

    def edit(self, row: int) -> None:
        if 0 <= row < len(self.rows):
            self._open(copy.deepcopy(self.rows[row]), row)

    def _open(self, record: Any, row: int | None) -> None:
        def make(record: Any, where: Where) -> RecordDialog:
            return self._make_dialog(record, self._validator(where), self._owner)

        self.dialog = self.dialogs.open(row, record, make)

    def _validator(self, where: Where) -> Validator:
        def validate(record: Any) -> list[FieldProblem]:
            rows = copy.deepcopy(self.rows)
            row = where()
            if row is None:
                rows.append(record)
            else:
                rows[row] = record
            return [p for p in self._problems_with(rows) if p.field in self._fields]

        return validate

    def _store(self, record: Any, row: int | None) -> None:
        if row is None:
            self.rows.append(record)
            row = len(self.rows) - 1
        else:
            self.rows[row] = record
        self._changed(row)

    def delete(self, row: int) -> None:
        if 0 <= row < len(self.rows):
            what = self._describe(self.rows[row], row)
            self.dialog = confirm_delete(self._owner, what, lambda: self._delete_now(row))

    def _delete_now(self, row: int) -> None:
        if row < len(self.rows):
            del self.rows[row]
            self._changed(min(row, len(self.rows) - 1))

    def move(self, row: int, delta: int) -> None:
        self.rows.insert(row + delta, self.rows.pop(row))
        self._changed(row + delta)

    def _changed(self, select: int) -> None:
        self.model.refresh()
        self.table.select_row(select)
        self.changed.emit()
