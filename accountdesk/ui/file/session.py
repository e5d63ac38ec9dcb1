"""The service file open in the window: an in-memory `ServiceFile` and its undo history.

Every edit is recorded as changes (a value set at a path, a record inserted into, removed
from or moved within a list), each knowing its old and new state. Undo applies them back,
redo again: nothing copies the file, so an edit costs the same in a file of 5 systems or
of 500. `changed` names the file's top-level fields an edit touched, so a view re-reads
only what it shows. The stack's clean state is "as saved", so the dirty mark follows undo
and redo too.

The file's records are never changed in place outside a change: a dialog edits a copy of
its record and hands back a new one, which a change puts into the file.
"""

from __future__ import annotations

import copy
import dataclasses
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QUndoCommand, QUndoStack

from accountdesk.domain.service_file import ServiceFile
from accountdesk.domain.team import ALL as EVERYTHING
from accountdesk.domain.team import Rights

# Where a change applies: attribute names and list positions from the file down.
Path = tuple[str | int, ...]

# The file's lists of records; the other top-level fields are the customer's own values.
RECORD_LISTS = (
    "systems",
    "contacts",
    "escalation_paths",
    "expectations",
    "meetings",
    "reports",
    "feedback",
)
OWN_VALUES = frozenset(f.name for f in dataclasses.fields(ServiceFile)) - set(RECORD_LISTS)

# `changed` carries the top-level fields touched, or ALL when the whole file may differ.
ALL: frozenset[str] = frozenset()

# Ids for commands that merge while the user keeps typing into the same field.
_merge_ids: dict[str, int] = {}


def merge_id(key: str) -> int:
    return _merge_ids.setdefault(key, 1000 + len(_merge_ids))


def _resolve(root: object, path: Path) -> Any:
    node: Any = root
    for step in path:
        node = node[step] if isinstance(step, int) else getattr(node, step)
    return node


@dataclasses.dataclass(frozen=True)
class SetValue:
    """The value at `path` (an attribute, or an item of a list) goes from `old` to `new`."""

    path: Path
    old: Any
    new: Any

    def apply(self, file: ServiceFile) -> None:
        parent, last = _resolve(file, self.path[:-1]), self.path[-1]
        if isinstance(last, int):
            parent[last] = self.new
        else:
            setattr(parent, last, self.new)

    def reverse(self) -> SetValue:
        return SetValue(self.path, self.new, self.old)


@dataclasses.dataclass(frozen=True)
class Insert:
    """`value` goes into the list at `path`, at `index`."""

    path: Path
    index: int
    value: Any

    def apply(self, file: ServiceFile) -> None:
        _resolve(file, self.path).insert(self.index, self.value)

    def reverse(self) -> Remove:
        return Remove(self.path, self.index, self.value)


@dataclasses.dataclass(frozen=True)
class Remove:
    """`value`, at `index` of the list at `path`, leaves it."""

    path: Path
    index: int
    value: Any

    def apply(self, file: ServiceFile) -> None:
        del _resolve(file, self.path)[self.index]

    def reverse(self) -> Insert:
        return Insert(self.path, self.index, self.value)


@dataclasses.dataclass(frozen=True)
class Move:
    """The record at `index` of the list at `path` moves to `to`."""

    path: Path
    index: int
    to: int

    def apply(self, file: ServiceFile) -> None:
        rows = _resolve(file, self.path)
        rows.insert(self.to, rows.pop(self.index))

    def reverse(self) -> Move:
        return Move(self.path, self.to, self.index)


Change = SetValue | Insert | Remove | Move


class ChangeCommand(QUndoCommand):
    """One undoable step: changes applied in order, undone in reverse order."""

    def __init__(
        self, session: FileSession, changes: Sequence[Change], text: str, merge_key: str = ""
    ) -> None:
        super().__init__(text)
        self._session = session
        self.changes = list(changes)
        self._id = merge_id(merge_key) if merge_key else -1

    def id(self) -> int:
        return self._id

    def mergeWith(self, other: QUndoCommand) -> bool:
        """Typing on in the same field: one step from the first value to the last."""
        if not isinstance(other, ChangeCommand) or other.id() != self.id():
            return False
        mine, theirs = self.changes, other.changes
        if not (
            len(mine) == len(theirs) == 1
            and isinstance(mine[0], SetValue)
            and isinstance(theirs[0], SetValue)
            and mine[0].path == theirs[0].path
        ):
            return False
        merged = SetValue(mine[0].path, mine[0].old, theirs[0].new)
        self.changes = [merged]
        if merged.old == merged.new:
            self.setObsolete(True)  # typed back to where it was: no step at all
        return True

    def redo(self) -> None:
        for change in self.changes:
            change.apply(self._session.file)
        self._session.announce(self.changes)

    def undo(self) -> None:
        for change in reversed(self.changes):
            change.reverse().apply(self._session.file)
        self._session.announce(self.changes)


class FileSession(QObject):
    """One open service file."""

    changed = Signal(object)  # frozenset[str]: the top-level fields touched; ALL: any
    dirty_changed = Signal(bool)

    def __init__(self, file: ServiceFile, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.file = file
        # What the person signed in may change (a team database's rights; all of it in a
        # local file): an edit of anything else is not made.
        self.rights: Rights = EVERYTHING
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

    def announce(self, changes: Iterable[Change]) -> None:
        self.changed.emit(frozenset(str(change.path[0]) for change in changes))

    def apply(self, text: str, changes: Sequence[Change], merge_key: str = "") -> bool:
        """Make `changes` one undoable step (applied now); False when there are none."""
        if not changes or not all(self.may_change(str(c.path[0])) for c in changes):
            return False
        self.undo_stack.push(ChangeCommand(self, changes, text, merge_key))
        return True

    def edit(self, text: str, change: Callable[[ServiceFile], Any]) -> bool:
        """Let `change` assign top-level fields of the file, as one undoable step; False
        when it assigned nothing different. (It may not change a record in place.)"""
        names = [field.name for field in dataclasses.fields(ServiceFile)]
        before = {name: getattr(self.file, name) for name in names}
        change(self.file)
        changes: list[Change] = []
        for name in names:
            after = getattr(self.file, name)
            if after is not before[name]:
                setattr(self.file, name, before[name])  # the command applies it
                if after != before[name]:
                    changes.append(SetValue((name,), before[name], after))
        return self.apply(text, changes)

    def may_change(self, field: str) -> bool:
        return self.rights.may_change(field)

    def as_saved(self) -> ServiceFile:
        """The file as last opened or saved, before the edits not saved yet: a copy, with
        the undo stack's steps since then undone on it."""
        file = copy.deepcopy(self.file)
        stack = self.undo_stack
        for index in reversed(range(max(stack.cleanIndex(), 0), stack.index())):
            command = stack.command(index)
            if isinstance(command, ChangeCommand):
                for change in reversed(command.changes):
                    change.reverse().apply(file)
        return file

    def mark_saved(self, saved: ServiceFile) -> None:
        """The file as the database now holds it; earlier steps would be stale."""
        self.undo_stack.clear()
        self.file = saved
        self.changed.emit(ALL)
        self.dirty_changed.emit(False)

    # ------------------------------------------------------------ edits

    def set_field(self, name: str, value: Any, text: str) -> bool:
        old = getattr(self.file, name)
        if old == value:
            return False
        return self.apply(text, [SetValue((name,), old, value)], merge_key=f"field:{name}")

    def add_row(self, section: str, record: Any, text: str) -> int:
        index = len(getattr(self.file, section))
        self.apply(text, [Insert((section,), index, record)])
        return index

    def replace_row(self, section: str, index: int, record: Any, text: str) -> bool:
        old = getattr(self.file, section)[index]
        if old == record:
            return False
        return self.apply(text, [SetValue((section, index), old, record)])

    def delete_row(self, section: str, index: int, text: str) -> bool:
        record = getattr(self.file, section)[index]
        return self.apply(text, [Remove((section,), index, record)])

    def move_row(self, section: str, index: int, delta: int, text: str) -> bool:
        rows = getattr(self.file, section)
        if delta == 0 or not 0 <= index + delta < len(rows):
            return False
        return self.apply(text, [Move((section,), index, index + delta)])
