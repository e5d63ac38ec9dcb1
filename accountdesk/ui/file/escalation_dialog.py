"""The escalation editor: one severity's ordered levels and, live, when each is called."""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from accountdesk.domain.enums import Channel, Severity, Side
from accountdesk.domain.errors import FieldProblem
from accountdesk.domain.messages import FIELD_LABELS
from accountdesk.domain.service_file import EscalationLevelData, EscalationPathData, ServiceFile
from accountdesk.domain.words import N_, Word
from accountdesk.ui.file.record_dialog import RecordDialog, Validator, Where
from accountdesk.ui.file.sub_list import SubList
from accountdesk.ui.file.timeline import now_in, timeline_text, who_text, window_zone
from accountdesk.ui.file.validate import row_problems
from accountdesk.ui.formatting import fmt, ui_paragraph
from accountdesk.ui.labels import label, word
from accountdesk.ui.widgets.editors import (
    DATE_FORMAT,
    ClockEdit,
    ContactCombo,
    DateValue,
    EnumCombo,
    IntSpin,
    NameCombo,
    TextLine,
)
from accountdesk.ui.widgets.forms import FieldForm, FieldSpec
from accountdesk.ui.widgets.row_model import Column
from accountdesk.ui.widgets.sizing import fit_to_screen
from accountdesk.ui.widgets.wrapped_label import WrappedLabel

# No weekday: right to left, Qt's day-of-week part sends the cursor back to itself after
# the first digit of the day is typed, so a two-digit day cannot be typed.
RAISED_DAY_FORMAT = DATE_FORMAT
LEVEL_FIELDS = {"staff_name", "contact_key", "name", "after_minutes", "channel"}


def path_specs() -> list[FieldSpec]:
    return [
        FieldSpec("severity", lambda: EnumCombo(Severity)),
        FieldSpec("side", lambda: EnumCombo(Side), N_("Field", "Whose chain")),
    ]


def level_specs() -> list[FieldSpec]:
    return [
        FieldSpec("staff_name", NameCombo, N_("Field", "Staff member")),
        FieldSpec("contact_key", ContactCombo, N_("Field", "Or a contact")),
        FieldSpec("name", TextLine, N_("Field", "Or another name")),
        FieldSpec("after_minutes", lambda: IntSpin(maximum=60 * 24 * 30)),
        FieldSpec("channel", lambda: EnumCombo(Channel)),
    ]


def after_text(minutes: int) -> str:
    return fmt().duration(minutes) if minutes else word("Timeline", "at once")


class EscalationDialog(RecordDialog):
    def __init__(
        self,
        record: EscalationPathData,
        where: Where | None,
        file: ServiceFile,
        staff: list[str],
        parent: QWidget | None = None,
    ) -> None:
        self._file = file
        self._where: Where = where or (lambda: None)  # None: a new record
        self._staff = staff
        super().__init__(
            N_("Section", "Escalation path"),
            path_specs(),
            record,
            self._check,
            parent,
        )
        self.levels = SubList(
            self,
            record.levels,
            self._level_columns(),
            self._level_dialog,
            EscalationLevelData,
            self._problems_with_levels,
            LEVEL_FIELDS | {"level_target"},
            lambda _level, row: self.tr("level {number}").format(number=row + 1),
            orderable=True,
        )
        self.levels_box = QGroupBox(self)
        QVBoxLayout(self.levels_box).addWidget(self.levels.table)
        self._build_timeline()
        self.layout_.addWidget(self.levels_box, 1)
        self.layout_.addWidget(self.timeline_box)
        self._connect()
        self.finish_layout()
        fit_to_screen(self, 760, 620)
        self.update_timeline()

    # ------------------------------------------------------------ layout

    def _level_columns(self) -> list[Column]:
        return [
            Column(N_("Field", "Who"), lambda lv: who_text(lv, self._file)),
            Column(N_("Field", "After"), lambda lv: after_text(lv.after_minutes)),
            Column(N_("Field", "Channel"), lambda lv: label(lv.channel)),
        ]

    def _build_timeline(self) -> None:
        self.timeline_box = QGroupBox(self)
        self.raised_label = QLabel(self.timeline_box)
        # A date and a separate time: QDateTimeEdit swaps hours and minutes right to left.
        self.raised_day = DateValue(self.timeline_box, RAISED_DAY_FORMAT)
        self.raised_time = ClockEdit(parent=self.timeline_box)
        self.raised_time.setMaximumWidth(self.fontMetrics().horizontalAdvance("00:000") + 16)
        self.raised_label.setBuddy(self.raised_day)
        self.now_button = QPushButton(self.timeline_box)
        self.timeline = WrappedLabel(self.timeline_box)
        self.timeline.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row = QHBoxLayout()
        row.addWidget(self.raised_label)
        row.addWidget(self.raised_day, 1)
        row.addWidget(self.raised_time)
        row.addWidget(self.now_button)
        layout = QVBoxLayout(self.timeline_box)
        layout.addLayout(row)
        layout.addWidget(self.timeline)
        self.set_raised(now_in(self._file.window))

    def _connect(self) -> None:
        self.levels.changed.connect(self.update_timeline)
        self.raised_day.changed.connect(self.update_timeline)
        self.raised_time.changed.connect(self.update_timeline)
        self.now_button.clicked.connect(lambda: self.set_raised(now_in(self._file.window)))
        for editor in self.form.field_editors().values():
            editor.changed.connect(self.update_timeline)

    def retranslate(self) -> None:
        super().retranslate()
        if not hasattr(self, "timeline_box"):
            return
        self.levels_box.setTitle(self.tr("Levels, in the order they are called"))
        self.levels.table.set_name(self.levels_box.title())
        self.timeline_box.setTitle(self.tr("When each level is called"))
        zone = fmt().timezone_name(self._file.window.timezone)
        self.raised_label.setText(self.tr("Raised at ({zone}):").format(zone=zone))
        self.raised_day.setAccessibleName(self.tr("Raised on (day)"))
        self.raised_time.setAccessibleName(self.tr("Raised at (time)"))
        self.now_button.setText(self.tr("Now"))
        self.now_button.setAccessibleName(self.tr("Raised now"))
        self.timeline.setAccessibleName(self.tr("Escalation timeline"))
        self.update_timeline()

    # ------------------------------------------------------------ the record

    def record(self) -> EscalationPathData:
        path = self.form.apply(self._original)
        levels = self.levels.rows if hasattr(self, "levels") else self._original.levels
        return dataclasses.replace(path, levels=copy.deepcopy(levels))

    def _check(self, path: EscalationPathData) -> list[FieldProblem]:
        return row_problems(self._file, "escalation_paths", self._where(), path)

    # ------------------------------------------------------------ raised at / timeline

    def set_raised(self, moment: dt.datetime) -> None:
        """Shown as the customer's wall clock."""
        zone = window_zone(self._file.window)
        local = moment.astimezone(zone) if zone else moment
        self.raised_day.set_value(local.date())
        self.raised_time.set_value(local.hour * 60 + local.minute)

    def raised(self) -> dt.datetime | None:
        """The moment picked, in the customer's time zone; None while the time is not one."""
        minute = self.raised_time.value()
        if minute is None:
            return None
        zone = window_zone(self._file.window)
        naive = dt.datetime.combine(self.raised_day.value(), dt.time(minute // 60, minute % 60))
        return naive.replace(tzinfo=zone) if zone else naive.astimezone()

    def update_timeline(self) -> None:
        if not hasattr(self, "timeline"):
            return
        raised = self.raised()
        if raised is None:
            self.timeline.setText(ui_paragraph(self.tr("Write the time as HH:MM.")))
            return
        self.timeline.setText(ui_paragraph(timeline_text(self.record(), self._file.window, raised)))

    # ------------------------------------------------------------ levels

    def _problems_with_levels(self, levels: list[EscalationLevelData]) -> list[FieldProblem]:
        return self._check(dataclasses.replace(self.record(), levels=levels))

    def _level_dialog(
        self, level: EscalationLevelData, validate: Validator, parent: QWidget
    ) -> RecordDialog:
        return level_dialog(level, validate, self._file, self._staff, parent)


def level_dialog(
    level: EscalationLevelData,
    validate: Validator,
    file: ServiceFile,
    staff: list[str],
    parent: QWidget,
) -> RecordDialog:
    def setup(form: FieldForm) -> None:
        form.aliases["level_target"] = "staff_name"  # "choose someone" shows under Staff member
        form.editor("staff_name", NameCombo).set_names(staff)
        form.editor("contact_key", ContactCombo).set_contacts(file.contacts)

    title = Word("Field", FIELD_LABELS["level_target"])  # the field's word, named once
    dialog = RecordDialog(title, level_specs(), level, validate, parent, setup)
    dialog.finish_layout()
    return dialog
