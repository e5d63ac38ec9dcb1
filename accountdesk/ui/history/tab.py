"""The History tab: every save of the open customer, newest first, field by field.

Each line says when (in local time, in the UI's calendar and digits), who, where in the
file ("Contacts › Dana Levi › Phone") and the value before and after. "Put back the
earlier value" makes the file hold that value again as a new edit, saved at once through
the window's ordinary save (so a newer save elsewhere is a conflict, never overwritten),
and that save is itself a line of the history.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from accountdesk.domain import history as h
from accountdesk.domain.enums import ChangeAction, MeetingKind, Severity, Side
from accountdesk.domain.errors import DatabaseError, NotFoundError
from accountdesk.domain.service_file import ServiceFile
from accountdesk.domain.service_window import clock_text
from accountdesk.domain.words import N_
from accountdesk.services import history as history_service
from accountdesk.ui.file.context import FileContext
from accountdesk.ui.file.tab import FileTab, read_only_reason
from accountdesk.ui.file.view import SECTION_TITLES
from accountdesk.ui.formatting import fmt, isolate, isolate_ltr
from accountdesk.ui.labels import label, word
from accountdesk.ui.widgets.prompts import inform
from accountdesk.ui.window.import_problems import SEPARATOR, key_text

WHEN, WHO, WHAT, BEFORE, AFTER = range(5)
HEADERS = (
    N_("History", "When"),
    N_("History", "Who"),
    N_("History", "What changed"),
    N_("History", "Before"),
    N_("History", "After"),
)
ACTIONS = {
    ChangeAction.CREATED: N_("History", "Created the service file"),
    ChangeAction.SAVED: N_("History", "Saved without changes"),
    ChangeAction.ARCHIVED: N_("History", "Archived the customer"),
    ChangeAction.UNARCHIVED: N_("History", "Brought the customer back from archive"),
}
ADDED = N_("History", "Added")
REMOVED = N_("History", "Removed")
# Fields the rest of the app names nowhere else (the meeting's checklist).
FIELD_NAMES = {
    "covered_industry": N_("History", "Covered: industry"),
    "covered_business_needs": N_("History", "Covered: business needs"),
    "covered_support_level": N_("History", "Covered: support level"),
    "covered_boundaries": N_("History", "Covered: support boundaries"),
    "covered_escalation": N_("History", "Covered: escalation"),
    "covered_contacts": N_("History", "Covered: contacts"),
}
SHOWN_AS = {"owner_name": "owner"}  # a risk's owner is an owner as any other
PHONES = {"phone", "mobile"}
LONGEST_LABEL = 40
LONGEST_VALUE = 120
CHANGE_ROLE = Qt.ItemDataRole.UserRole + 1


class HistoryTab(FileTab):
    key = "history"

    def __init__(self, context: FileContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.entries: list[history_service.HistoryEntry] = []
        self._shown: tuple[int | None, int | None] | None = None  # (id, revision) read
        self.dialog: QWidget | None = None
        self.table = QTableWidget(0, len(HEADERS), self)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.empty = QLabel(self)
        self.put_back_button = QPushButton(self)
        self.put_back_button.setEnabled(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.empty, 1)
        buttons.addWidget(self.put_back_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.itemDoubleClicked.connect(lambda _item: self.put_back())
        self.put_back_button.clicked.connect(self.put_back)
        self.retranslate()

    def title(self) -> str:
        return QCoreApplication.translate("FileView", "History")

    # ------------------------------------------------------------ showing

    def refresh(self) -> None:
        """Read the history again after a save, a reload or another customer; an edit not
        yet saved changes nothing here."""
        file = self.session.file if self.session is not None else None
        shown = (file.id, file.revision) if file is not None else None
        if shown == self._shown:
            return
        self._shown = shown
        self.entries = []
        if file is not None and file.id is not None:
            try:
                self.entries = history_service.customer_history(self.context.db, file.id)
            except NotFoundError:
                self.entries = []
            except DatabaseError:  # the server lost: read again when next shown (the
                self._shown = None  # window's hook says why)
                raise
        self._fill()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()  # nothing to read unless the last reading failed

    def _fill(self) -> None:
        self.table.setRowCount(0)
        for entry in self.entries:
            when = _when(entry.changed_at)
            if not entry.changes:
                text = _shown(ACTIONS[entry.action])
                self._add_row(when, entry.changed_by, text, "", "", None)
            for change in entry.changes:
                before, after = _values(change)
                self._add_row(when, entry.changed_by, where_text(change), before, after, change)
        self.table.resizeColumnsToContents()
        self.empty.setVisible(not self.entries)
        self._selection_changed()

    def _add_row(
        self, when: str, who: str, what: str, before: str, after: str, change: h.Change | None
    ) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        texts = ((WHEN, when), (WHO, isolate(who)), (WHAT, what), (BEFORE, before), (AFTER, after))
        for column, text in texts:
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            if column == WHAT:
                item.setData(CHANGE_ROLE, change)
            self.table.setItem(row, column, item)

    def selected_change(self) -> h.Change | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.table.item(rows[0].row(), WHAT)
        change = item.data(CHANGE_ROLE) if item is not None else None
        return change if isinstance(change, h.Change) else None

    def _selection_changed(self) -> None:
        change = self.selected_change()
        refused = self._refused(change)
        self.put_back_button.setEnabled(change is not None and not refused)
        self.put_back_button.setToolTip(refused)

    def _refused(self, change: h.Change | None) -> str:
        """Why the change's value may not be put back ('' if it may): putting back is a
        change of that part of the file, which the team's rights may not allow."""
        if change is None:
            return ""
        part = change.where[0].section if change.where else change.field
        return read_only_reason(self.session, part)

    # ------------------------------------------------------------ putting back

    def put_back(self) -> None:
        change = self.selected_change()
        session = self.session
        if change is None or session is None or self._refused(change):
            return
        if session.dirty:
            self.dialog = inform(
                self,
                self.tr("Not put back"),
                self.tr("Save or undo your changes first; then put the earlier value back."),
            )
            return
        try:
            earlier = h.put_back(session.file, change)
        except h.PutBackError:
            self.dialog = inform(
                self,
                self.tr("Not put back"),
                self.tr(
                    "“{what}” is no longer in the service file, so its value has nowhere to go."
                ).format(what=where_text(change)),
            )
            return
        text = self.tr("Put back {what}").format(what=where_text(change))
        session.edit(text, lambda file: _take(file, earlier))
        self.context.save_requested.emit()

    # ------------------------------------------------------------ texts

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels([_shown(text) for text in HEADERS])
        self.table.setAccessibleName(self.title())
        self.put_back_button.setText(self.tr("&Put back the earlier value"))
        self.empty.setText(self.tr("Nothing recorded yet: each save adds a line here."))
        self._fill()


def _shown(text: object) -> str:
    """A word of this tab (marked with N_ above) in the UI's language."""
    return word("History", str(text))


def _take(file: ServiceFile, other: ServiceFile) -> None:
    """Make `file` hold what `other` holds (an edit changes the session's file in place)."""
    for field in dataclasses.fields(ServiceFile):
        setattr(file, field.name, getattr(other, field.name))


def _when(moment: dt.datetime) -> str:
    local = moment.astimezone()  # stored in UTC, shown in the computer's time zone
    return f"{fmt().date(local.date())} {fmt().time(local)}"


# ---------------------------------------------------------------- where and what


def where_text(change: h.Change) -> str:
    """ "Contacts › Dana Levi › Phone", in the UI's language."""
    steps = [step_text(step, index == 0) for index, step in enumerate(change.where)]
    if change.field:
        steps.append(field_text(change.field))
    return SEPARATOR.join(steps)


def field_text(field: str) -> str:
    if field in FIELD_NAMES:
        return _shown(FIELD_NAMES[field])
    return key_text(SHOWN_AS.get(field, field))


def step_text(step: h.Step, first: bool) -> str:
    """A record on the way: its list's title (for the file's own lists) and what tells it
    apart."""
    shown = _record_text(step)
    if not first:
        return shown
    title = word("Section", str(SECTION_TITLES.get(step.section, step.section)))
    return f"{title}{SEPARATOR}{shown}" if shown else title


def _record_text(step: h.Step) -> str:
    section, words = step.section, step.label
    if section == "escalation_paths":
        return fmt().list([label(Severity(words[0])), label(Side(words[1]))])
    if section == "levels":
        text = word("ImportProblem", "Level {number}")
        return text.format(number=fmt().integer(int(words[0])))
    if section == "results":
        text = word("ImportProblem", "Expectation {number}")
        return text.format(number=fmt().integer(int(words[0])))
    if section == "meetings":
        day = fmt().date(dt.date.fromisoformat(words[0]))
        return f"{day} {label(MeetingKind(words[1]))}"
    if section == "reports":
        first, last = (fmt().date(dt.date.fromisoformat(w)) for w in words)
        return f"{first} – {last}"
    if section == "feedback":
        return fmt().date(dt.date.fromisoformat(words[0]))
    return isolate(_shortened(words[0] if words else ""))


def _shortened(text: str, longest: int = LONGEST_LABEL) -> str:
    line = " ".join(text.split())
    return line if len(line) <= longest else line[: longest - 1] + "…"


def _values(change: h.Change) -> tuple[str, str]:
    if not change.field:
        record = _record_text(change.where[-1])
        if change.kind == "added":
            return "", f"{_shown(ADDED)}: {record}"
        return f"{_shown(REMOVED)}: {record}", ""
    section = change.where[-1].section if change.where else ""
    return (
        value_text(section, change.field, change.old),
        value_text(section, change.field, change.new),
    )


def value_text(section: str, field: str, value: Any) -> str:
    """A stored value as the file's editors show it."""
    if value is None or value == "":
        return ""
    if not section and field == "window_days":
        return fmt().weekday_names(int(value))
    if not section and field in ("window_start", "window_end"):
        return fmt().digits(clock_text(int(value)))
    if field in PHONES and isinstance(value, str) and value.startswith("+"):
        return isolate_ltr(fmt().phone(value))
    try:
        typed = h.decode_value(section, field, value)
    except (KeyError, ValueError, TypeError):  # written by another version: as stored
        return isolate(str(value))
    if isinstance(typed, StrEnum):
        return label(typed)
    if isinstance(typed, bool):
        yes, no = N_("Value", "Yes"), N_("Value", "No")
        return word("Value", yes if typed else no)
    if isinstance(typed, dt.date):
        return fmt().date(typed)
    if isinstance(typed, float):
        return fmt().number(typed)
    if isinstance(typed, int):
        return fmt().integer(typed + 1 if field == "expectation" else typed)
    return isolate(_shortened(str(typed), LONGEST_VALUE))
