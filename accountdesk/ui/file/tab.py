"""The base of every tab of the file view, and the generic tab over one list of records."""

from __future__ import annotations

import copy
from collections.abc import Callable, Sequence
from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from accountdesk.domain.errors import FieldProblem
from accountdesk.ui.file.context import FileContext
from accountdesk.ui.file.record_dialog import RecordDialog, RecordDialogs, Validator, Where
from accountdesk.ui.file.session import FileSession
from accountdesk.ui.file.validate import row_problems
from accountdesk.ui.labels import word
from accountdesk.ui.widgets.prompts import confirm_delete
from accountdesk.ui.widgets.retranslate import Retranslating
from accountdesk.ui.widgets.row_model import Column, RowListModel
from accountdesk.ui.widgets.row_table import RowTable


def rights_word(reason: str) -> str:
    """A reason of the team's rights (a word of the catalogue, '' for none) in the UI
    language."""
    return word("Rights", reason) if reason else ""


def read_only_reason(session: FileSession | None, field: str) -> str:
    """Why a part of the open file may only be read, in the UI language ('' if it may be
    changed): the rights of the person signed in to a team database."""
    if session is None or session.may_change(field):
        return ""
    return rights_word(session.rights.reason)


class FileTab(Retranslating, QWidget):
    """A page of the open service file. Subclasses set `key` and implement `title()`."""

    key: str = ""  # a class attribute, except for the lazy tab, which sets its own
    # The file's top-level fields this page shows; None: it reads the whole file.
    shows: ClassVar[frozenset[str] | None] = None

    def __init__(self, context: FileContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.session: FileSession | None = None

    def title(self) -> str:
        raise NotImplementedError

    def set_session(self, session: FileSession | None) -> None:
        if self.session is not None:
            self.session.changed.disconnect(self._file_changed)
        self.session = session
        if session is not None:
            session.changed.connect(self._file_changed)
        self.refresh_all()

    def _file_changed(self, fields: frozenset[str]) -> None:
        """An edit, undo or redo: re-read the file when it touched what is shown."""
        if not fields:
            self.refresh_all()
        elif self.shows is None or fields & self.shows:
            self.refresh()

    def refresh(self) -> None:
        """Show the file as it is now (after an edit, undo, redo or reload)."""

    def refresh_all(self) -> None:
        """Show the file afresh (another file, or the file read again from the database)."""
        self.refresh()

    def focus_record(self, record_id: int) -> bool:
        """Select the record with this database id; False when this tab has none."""
        return False

    def retranslate(self) -> None:
        """Re-set this tab's own texts; the view re-reads `title()` itself."""


class SectionTab(FileTab):
    """A tab listing one section of the file (systems, contacts…), edited in dialogs."""

    section: ClassVar[str] = ""
    orderable: ClassVar[bool] = False
    # Source texts in the "Sections" context.
    noun: ClassVar[str] = ""

    def __init__(self, context: FileContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.model = RowListModel(self.columns(), self._rows, self)
        self.table = RowTable(self.model, self.orderable, self)
        self.dialog: QDialog | None = None
        self.dialogs = RecordDialogs(self, self._rows, self._store, lambda: self.session)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addWidget(self.table, 1)
        self.table.add_requested.connect(self.add)
        self.table.edit_requested.connect(self.edit)
        self.table.delete_requested.connect(self.delete)
        self.table.move_requested.connect(self.move_record)
        self.table.set_name(self.title())

    # ------------------------------------------------------------ for subclasses

    def columns(self) -> Sequence[Column]:
        raise NotImplementedError

    def new_record(self) -> Any:
        raise NotImplementedError

    def make_dialog(self, record: Any, where: Where) -> RecordDialog:
        """`where()` is the record's row at the time it is asked (None: a new record)."""
        raise NotImplementedError

    def describe(self, record: Any) -> str:
        return getattr(record, "name", "")

    # ------------------------------------------------------------ rows

    def _rows(self) -> list[Any]:
        return getattr(self.session.file, self.section) if self.session else []

    def refresh(self) -> None:
        self._show_rows(self.model.refresh)

    def refresh_all(self) -> None:
        self._show_rows(self.model.reload)

    def _show_rows(self, read: Callable[[], None]) -> None:
        row = max(self.table.current_row(), 0)
        read()
        self.table.setEnabled(self.session is not None)
        self.table.set_read_only(read_only_reason(self.session, self.section))
        self.table.select_row(min(row, self.model.rowCount() - 1))

    def validator(self, where: Where) -> Validator:
        def validate(record: Any) -> list[FieldProblem]:
            assert self.session is not None
            return row_problems(self.session.file, self.section, where(), record)

        return validate

    def _noun(self) -> str:
        return QCoreApplication.translate("Sections", self.noun)

    # ------------------------------------------------------------ actions

    def add(self) -> None:
        if self.session is None:
            return
        self._open_dialog(None, self.new_record())

    def edit(self, row: int) -> None:
        if self.session is None or not 0 <= row < len(self._rows()):
            return
        self._open_dialog(row, copy.deepcopy(self._rows()[row]))

    def _open_dialog(self, row: int | None, record: Any) -> None:
        dialog = self.dialogs.open(row, record, self.make_dialog)
        self.dialog = dialog
        dialog.finished.connect(lambda _r: self._forget(dialog))

    def _forget(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def _store(self, record: Any, row: int | None) -> None:
        assert self.session is not None
        noun = self._noun()
        if row is None:
            text = self.tr("Add {what}").format(what=noun)
            row = self.session.add_row(self.section, record, text)
        else:
            self.session.replace_row(
                self.section, row, record, self.tr("Edit {what}").format(what=noun)
            )
        self.table.select_row(row)

    def delete(self, row: int) -> None:
        if self.session is None or not 0 <= row < len(self._rows()):
            return
        record = self._rows()[row]
        what = self.describe(record) or self._noun()
        text = self.tr("Delete {what}").format(what=self._noun())
        self.dialog = confirm_delete(self, what, lambda: self._delete_now(row, text))

    def _delete_now(self, row: int, text: str) -> None:
        if self.session is not None and row < len(self._rows()):
            self.session.delete_row(self.section, row, text)

    def move_record(self, row: int, delta: int) -> None:
        if self.session is None:
            return
        self.session.move_row(
            self.section, row, delta, self.tr("Reorder {what}").format(what=self._noun())
        )
        self.table.select_row(row + delta)

    def focus_record(self, record_id: int) -> bool:
        for row, record in enumerate(self._rows()):
            if getattr(record, "id", None) == record_id:
                self.table.select_row(row)
                self.table.view.setFocus()
                return True
        return False

    def retranslate(self) -> None:
        self.model.retranslate()
        self.table.set_name(self.title())
        self.table.set_read_only(read_only_reason(self.session, self.section))
