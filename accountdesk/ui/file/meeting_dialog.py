"""The meeting editor: the kickoff checklist, what the file still lacks, participants,
notes, decisions and action items."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from accountdesk.domain.enums import MeetingKind, Side
from accountdesk.domain.errors import FieldProblem
from accountdesk.domain.service_file import (
    ActionItemData,
    MeetingData,
    ParticipantData,
    ServiceFile,
)
from accountdesk.domain.words import N_
from accountdesk.ui.file.readiness import CHECKLIST, CHECKLIST_LABELS, kickoff_gaps
from accountdesk.ui.file.record_dialog import RecordDialog, Validator, Where
from accountdesk.ui.file.sub_list import SubList
from accountdesk.ui.file.validate import row_problems
from accountdesk.ui.formatting import fmt
from accountdesk.ui.icons import icon
from accountdesk.ui.labels import label, word
from accountdesk.ui.widgets.editors import (
    Check,
    DateValue,
    EnumCombo,
    NameCombo,
    OptionalDate,
    TextArea,
    TextLine,
)
from accountdesk.ui.widgets.forms import FieldForm, FieldSpec
from accountdesk.ui.widgets.row_model import Column
from accountdesk.ui.widgets.sizing import fit_to_screen

PARTICIPANT_FIELDS = {"name", "side", "role"}
ACTION_FIELDS = {"text", "owner", "due"}


def meeting_specs() -> list[FieldSpec]:
    return [FieldSpec("held_on", DateValue), FieldSpec("kind", lambda: EnumCombo(MeetingKind))]


def checklist_specs() -> list[FieldSpec]:
    return [FieldSpec(field, Check, CHECKLIST_LABELS[item]) for item, field in CHECKLIST.items()]


def notes_specs() -> list[FieldSpec]:
    return [
        FieldSpec("notes", lambda: TextArea(lines=3)),
        FieldSpec("decisions", lambda: TextArea(lines=3)),
    ]


def participant_specs() -> list[FieldSpec]:
    return [
        FieldSpec("name", TextLine),
        FieldSpec("side", lambda: EnumCombo(Side)),
        FieldSpec("role", TextLine),
    ]


def action_specs() -> list[FieldSpec]:
    return [
        FieldSpec("text", lambda: TextArea(lines=2), N_("Field", "What is to be done")),
        FieldSpec("owner", NameCombo, N_("Field", "Who does it")),
        FieldSpec("due", OptionalDate),
        FieldSpec("done", Check, N_("Field", "Done")),
    ]


class MeetingDialog(RecordDialog):
    def __init__(
        self,
        record: MeetingData,
        where: Where | None,
        file: ServiceFile,
        staff: list[str],
        parent: QWidget | None = None,
    ) -> None:
        self._file = file
        self._where: Where = where or (lambda: None)  # None: a new record
        self._staff = staff
        super().__init__(N_("Section", "Meeting"), meeting_specs(), record, self._check, parent)
        self.checklist_form = FieldForm(checklist_specs(), self)
        self.notes_form = FieldForm(notes_specs(), self)
        for form in self.forms()[1:]:
            form.load(record)
        self.missing = QListWidget(self)
        self.participants = SubList(
            self,
            record.participants,
            _participant_columns(),
            self._participant_dialog,
            ParticipantData,
            lambda rows: self._check(dataclasses.replace(self.record(), participants=rows)),
            PARTICIPANT_FIELDS,
            lambda p, _row: p.name,
        )
        self.action_items = SubList(
            self,
            record.action_items,
            _action_columns(),
            self._action_dialog,
            ActionItemData,
            lambda rows: self._check(dataclasses.replace(self.record(), action_items=rows)),
            ACTION_FIELDS,
            lambda a, _row: a.text[:40],
        )
        self._lay_out()
        for editor in self.checklist_form.field_editors().values():
            editor.changed.connect(self.update_missing)
        self.finish_layout()
        fit_to_screen(self, 920, 840)
        self.update_missing()

    def forms(self) -> list[FieldForm]:
        return [self.form, self.checklist_form, self.notes_form]

    def _lay_out(self) -> None:
        self.checklist_box = QGroupBox(self)
        self.missing_title = QLabel(self)
        box = QHBoxLayout(self.checklist_box)
        box.addWidget(self.checklist_form, 1)
        missing = QVBoxLayout()
        missing.addWidget(self.missing_title)
        missing.addWidget(self.missing)
        box.addLayout(missing, 2)
        self.participants_box = QGroupBox(self)
        QVBoxLayout(self.participants_box).addWidget(self.participants.table)
        self.actions_box = QGroupBox(self)
        QVBoxLayout(self.actions_box).addWidget(self.action_items.table)
        grid = QGridLayout()
        grid.addWidget(self.participants_box, 0, 0)
        grid.addWidget(self.notes_form, 0, 1)
        self.layout_.addWidget(self.checklist_box)
        self.layout_.addLayout(grid)
        self.layout_.addWidget(self.actions_box)

    def retranslate(self) -> None:
        super().retranslate()
        if not hasattr(self, "actions_box"):
            return
        self.checklist_box.setTitle(self.tr("Kickoff checklist: covered in this meeting"))
        self.missing_title.setText(self.tr("Still missing from the service file:"))
        self.missing.setAccessibleName(self.tr("Still missing from the service file"))
        self.participants_box.setTitle(word("Field", "Participants"))
        self.actions_box.setTitle(self.tr("Action items"))
        self.participants.table.set_name(self.participants_box.title())
        self.action_items.table.set_name(self.actions_box.title())
        self.update_missing()

    def record(self) -> MeetingData:
        record = self._original
        for form in self.forms():
            record = form.apply(record)
        if hasattr(self, "action_items"):
            record = dataclasses.replace(
                record,
                participants=list(self.participants.rows),
                action_items=list(self.action_items.rows),
            )
        return record

    def _check(self, record: MeetingData) -> list[FieldProblem]:
        return row_problems(self._file, "meetings", self._where(), record)

    def update_missing(self) -> None:
        if not hasattr(self, "missing"):
            return
        self.missing.clear()
        gaps = kickoff_gaps(self._file)
        for gap in gaps:
            self.missing.addItem(gap.translated())
            self.missing.item(self.missing.count() - 1).setIcon(icon("warning"))
        if not gaps:
            self.missing.addItem(self.tr("Nothing: the file has everything a kickoff needs."))

    def missing_items(self) -> list[str]:
        return [self.missing.item(i).text() for i in range(self.missing.count())]

    def _participant_dialog(
        self, record: ParticipantData, validate: Validator, parent: QWidget
    ) -> RecordDialog:
        dialog = RecordDialog(
            N_("Section", "Participant"),
            participant_specs(),
            record,
            validate,
            parent,
        )
        dialog.finish_layout()
        return dialog

    def _action_dialog(
        self, record: ActionItemData, validate: Validator, parent: QWidget
    ) -> RecordDialog:
        def setup(form: FieldForm) -> None:
            form.editor("owner", NameCombo).set_names(self._staff)

        dialog = RecordDialog(
            N_("Section", "Action item"),
            action_specs(),
            record,
            validate,
            parent,
            setup,
        )
        dialog.finish_layout()
        return dialog


def _participant_columns() -> list[Column]:
    return [
        Column(N_("Field", "Name"), lambda p: p.name),
        Column(N_("Field", "Side"), lambda p: label(p.side)),
        Column(N_("Field", "Role"), lambda p: p.role),
    ]


def _action_columns() -> list[Column]:
    return [
        Column(N_("Field", "Action"), lambda a: a.text, free_text=True),
        Column(N_("Field", "Owner"), lambda a: a.owner),
        Column(N_("Field", "Due"), lambda a: fmt().date(a.due) if a.due else ""),
        Column(N_("Field", "Done"), _done_text),
    ]


def _done_text(action: ActionItemData) -> str:
    return word("Field", "Done") if action.done else ""
