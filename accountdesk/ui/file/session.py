"""The service file open in the window: an in-memory `ServiceFile` and its undo history.

Every edit is a snapshot command on a QUndoStack: the file before and after. Undo and redo
put a copy of the snapshot back and announce `changed`, and every view re-reads the file.
The stack's clean state is "as saved", so the dirty mark follows undo and redo too.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QUndoCommand, QUndoStack

from accountdesk.domain.service_file import ServiceFile

# Ids for commands that merge while the user keeps typing into the same field.
_merge_ids: dict[str, int] = {}


def merge_id(key: str) -> int:
    return _merge_ids.setdefault(key, 1000 + len(_merge_ids))


class SnapshotCommand(QUndoCommand):
    def __init__(
        self,
        session: FileSession,
        before: ServiceFile,
        after: ServiceFile,
        text: str,
        merge_key: str = "",
    ) -> None:
        super().__init__(text)
        self._session = session
        self.before = before
        self.after = after
        self._id = merge_id(merge_key) if merge_key else -1
        self._first = True

    def id(self) -> int:
        return self._id

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SnapshotCommand) or other.id() != self.id():
            return False
        self.after = other.after
        return True

    def redo(self) -> None:
        if self._first:  # the edit is already in the file; only announce it
            self._first = False
            self._session.changed.emit()
            return
        self._session.replace(copy.deepcopy(self.after))

    def undo(self) -> None:
        self._session.replace(copy.deepcopy(self.before))


class FileSession(QObject):
    """One open service file."""

    changed = Signal()
    dirty_changed = Signal(bool)

    def __init__(self, file: ServiceFile, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.file = file
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._clean_changed)

    @Slot(bool)
    def _clean_changed(self, clean: bool) -> None:
        self.dirty_changed.emit(not clean)

    @property
    def dirty(self) -> bool:
        return not self.undo_stack.isClean()

    @property
    def is_new(self) -> bool:
        return self.file.id is None

    def replace(self, file: ServiceFile) -> None:
        self.file = file
        self.changed.emit()

    def edit(self, text: str, change: Callable[[ServiceFile], Any], merge_key: str = "") -> bool:
        """Apply `change` to the file as one undoable step; False when nothing changed."""
        before = copy.deepcopy(self.file)
        change(self.file)
        if self.file == before:
            return False
        after = copy.deepcopy(self.file)
        self.undo_stack.push(SnapshotCommand(self, before, after, text, merge_key))
        return True

    def mark_saved(self, saved: ServiceFile) -> None:
        """The file as the database now holds it; earlier snapshots would be stale."""
        self.undo_stack.clear()
        self.file = saved
        self.changed.emit()
        self.dirty_changed.emit(False)

    # ------------------------------------------------------------ list edits

    def set_field(self, name: str, value: Any, text: str) -> bool:
        return self.edit(text, lambda f: setattr(f, name, value), merge_key=f"field:{name}")

    def add_row(self, section: str, record: Any, text: str) -> int:
        self.edit(text, lambda f: getattr(f, section).append(record))
        return len(getattr(self.file, section)) - 1

    def replace_row(self, section: str, index: int, record: Any, text: str) -> bool:
        def change(f: ServiceFile) -> None:
            getattr(f, section)[index] = record

        return self.edit(text, change)

    def delete_row(self, section: str, index: int, text: str) -> bool:
        return self.edit(text, lambda f: getattr(f, section).pop(index))

    def move_row(self, section: str, index: int, delta: int, text: str) -> bool:
        def change(f: ServiceFile) -> None:
            rows = getattr(f, section)
            rows.insert(index + delta, rows.pop(index))

        return self.edit(text, change)
