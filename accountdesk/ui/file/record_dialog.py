"""A dialog that edits one record (a system, a contact, a risk…) of the open file.

OK checks the record with the service layer's rules first: problems appear in red under
their fields and the dialog stays open; only a clean record is handed back.

`RecordDialogs` opens the dialogs of one list: at most one per record (a second request
brings the open one forward), and OK in a dialog whose record changed or went away since it
opened (another dialog, Undo, a reload) asks before anything is overwritten.
"""

from __future__ import annotations

import copy
import enum
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QVBoxLayout, QWidget

from accountdesk.domain.errors import FieldProblem
from accountdesk.domain.words import Word
from accountdesk.ui.labels import word
from accountdesk.ui.widgets.forms import FieldForm, FieldSpec, dispatch_problems, error_label
from accountdesk.ui.widgets.prompts import Button, ask
from accountdesk.ui.widgets.retranslate import Retranslating

Validator = Callable[[Any], list[FieldProblem]]
Where = Callable[[], int | None]  # the record's row now (None: new, or gone)


class Staleness(enum.Enum):
    CHANGED = "changed"
    REMOVED = "removed"
    CLOSED = "closed"  # the file the record belongs to is no longer open


class RecordDialog(Retranslating, QDialog):
    def __init__(
        self,
        title: str | Word,
        specs: Iterable[FieldSpec],
        record: Any,
        validate: Validator,
        parent: QWidget | None = None,
        setup: Callable[[FieldForm], None] | None = None,
    ) -> None:
        super().__init__(parent)
        # The record's name: N_("Section", ...), or a Word of another context.
        self._title = title if isinstance(title, Word) else Word("Section", title)
        self._original = record
        self._validate = validate
        # Set by RecordDialogs: whether the record changed since the dialog opened.
        self.staleness: Callable[[], Staleness | None] = lambda: None
        self._overwrite = False
        self.question: QMessageBox | None = None
        self.form = FieldForm(specs, self)
        self.general_error = error_label(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addWidget(self.general_error)
        self.layout_.addWidget(self.form)
        if setup is not None:
            setup(self.form)  # e.g. fill a combo's choices before the record is loaded
        self.form.load(record)

    def finish_layout(self) -> None:
        """Subclasses add their own widgets, then call this to put the buttons last."""
        self.layout_.addWidget(self.buttons)
        for form in self.forms():
            form.recheck = self.recheck
        self.retranslate()

    def forms(self) -> list[FieldForm]:
        return [self.form]

    def recheck(self) -> list[FieldProblem]:
        return self._validate(self.record())

    def record(self) -> Any:
        return self.form.apply(self._original)

    def retranslate(self) -> None:
        self.setWindowTitle(word(*self._title))
        self.setAccessibleName(self.windowTitle())
        for button in self.buttons.buttons():
            button.setAccessibleName(button.text().replace("&", ""))

    def accept(self) -> None:
        stale = None if self._overwrite else self.staleness()
        if stale is not None:
            self._ask_stale(stale)
            return
        problems = self._validate(self.record())
        dispatch_problems(self.forms(), problems, self.general_error)
        if problems:
            self._focus_first_problem(problems)
            return
        super().accept()

    def _ask_stale(self, stale: Staleness) -> None:
        texts = {
            Staleness.CHANGED: QCoreApplication.translate(
                "Dialogs",
                "This record was changed after this dialog opened (in another dialog, by Undo "
                "or by a reload). Save your version over it, or discard your changes?",
            ),
            Staleness.REMOVED: QCoreApplication.translate(
                "Dialogs",
                "This record was removed after this dialog opened (in another dialog, by Undo "
                "or by a reload). Add your version back, or discard it?",
            ),
            Staleness.CLOSED: QCoreApplication.translate(
                "Dialogs",
                "The service file of this record is no longer open, so your changes cannot "
                "be kept. Discard them?",
            ),
        }
        buttons = Button.Discard | Button.Cancel
        if stale != Staleness.CLOSED:
            buttons |= Button.Save

        def answered(button: Button) -> None:
            self.question = None
            if button == Button.Save:
                self._overwrite = True
                self.accept()
            elif button == Button.Discard:
                self.reject()

        self.question = ask(
            self,
            QCoreApplication.translate("Dialogs", "Changed since opened"),
            texts[stale],
            buttons,
            Button.Cancel,
            answered,
            QMessageBox.Icon.Warning,
        )

    def _focus_first_problem(self, problems: list[FieldProblem]) -> None:
        for form in self.forms():
            for problem in problems:
                if form.has_field(problem.field):
                    form.editors[form.field_for(problem.field)].setFocus()
                    return

    def shown_problems(self) -> dict[str, str]:
        """Field -> problem text under it, over all forms (what the user sees)."""
        shown: dict[str, str] = {}
        for form in self.forms():
            shown.update(form.visible_problems())
        return shown


@dataclass
class _Open:
    scope: object
    row: int | None  # where the record was when the dialog opened
    before: Any  # the record then (None for a new one)
    dialog: RecordDialog | None = None


class RecordDialogs(QObject):
    """The record dialogs of one list of rows (a tab's section, a sub-list of a record)."""

    def __init__(
        self,
        parent: QObject,
        rows: Callable[[], Sequence[Any]],
        store: Callable[[Any, int | None], None],
        scope: Callable[[], object] = lambda: None,
    ) -> None:
        super().__init__(parent)
        self._rows = rows
        self._store = store
        self._scope = scope  # what the rows belong to; another one means the file was closed
        self._open: list[_Open] = []

    def open(
        self, row: int | None, record: Any, make: Callable[[Any, Where], RecordDialog]
    ) -> RecordDialog:
        """The dialog of the record at `row` (None: a new record), opened or brought forward."""
        if row is not None:
            for entry in self._open:
                if entry.dialog is not None and self.where(entry) == row:
                    entry.dialog.raise_()
                    entry.dialog.activateWindow()
                    return entry.dialog
        before = copy.deepcopy(record) if row is not None else None
        entry = _Open(self._scope(), row, before)
        dialog = make(record, lambda: self.where(entry))
        entry.dialog = dialog
        dialog.staleness = lambda: self.staleness(entry)
        self._open.append(entry)
        dialog.accepted.connect(lambda: self._accepted(entry))
        dialog.finished.connect(lambda _result: self._closed(entry))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def dialogs(self) -> list[RecordDialog]:
        return [entry.dialog for entry in self._open if entry.dialog is not None]

    def where(self, entry: _Open) -> int | None:
        """The row of the entry's record now: by database id when it has one, else the
        same row unchanged, else an equal row, else the row it had."""
        if entry.before is None or self._scope() is not entry.scope:
            return None
        rows = self._rows()
        record_id = getattr(entry.before, "id", None)
        if record_id is not None:
            return next(
                (i for i, r in enumerate(rows) if getattr(r, "id", None) == record_id), None
            )
        assert entry.row is not None
        if entry.row < len(rows) and rows[entry.row] == entry.before:
            return entry.row
        equal = next((i for i, r in enumerate(rows) if r == entry.before), None)
        if equal is not None:
            return equal
        return entry.row if entry.row < len(rows) else None

    def staleness(self, entry: _Open) -> Staleness | None:
        if self._scope() is not entry.scope:
            return Staleness.CLOSED
        if entry.before is None:
            return None
        row = self.where(entry)
        if row is None:
            return Staleness.REMOVED
        return None if self._rows()[row] == entry.before else Staleness.CHANGED

    def _accepted(self, entry: _Open) -> None:
        if entry.dialog is not None and self._scope() is entry.scope:
            self._store(entry.dialog.record(), self.where(entry))

    def _closed(self, entry: _Open) -> None:
        if entry in self._open:
            self._open.remove(entry)
