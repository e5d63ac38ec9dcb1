"""The Overview tab: who the customer is, what support they get, when, and from whom.

Edited in place: every change is one undoable step on the open file (typing into one field
merges into one step). A service window that cannot exist (no day, end before start) is
flagged under its field at once and not put into the file.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QLocale, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QGridLayout,
    QGroupBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from accountdesk.domain import messages as m
from accountdesk.domain.enums import Criticality, KnowledgeLevel, Language, SupportLevel
from accountdesk.domain.errors import FieldProblem
from accountdesk.domain.service_window import ServiceWindow
from accountdesk.domain.words import N_
from accountdesk.ui.file.context import FileContext
from accountdesk.ui.file.session import OWN_VALUES, FileSession
from accountdesk.ui.file.tab import FileTab, read_only_reason
from accountdesk.ui.formatting import fmt, isolate_ltr
from accountdesk.ui.labels import day_label, field_label, word
from accountdesk.ui.widgets.editors import (
    ClockEdit,
    CountryCombo,
    EnumCombo,
    NameCombo,
    OptionalDate,
    TextArea,
    TextLine,
)
from accountdesk.ui.widgets.forms import FieldForm, FieldSpec, dispatch_problems, error_label
from accountdesk.ui.widgets.wrapped_label import WrappedLabel

STAFF_FIELDS = ("account_manager", "supporter", "backup_supporter")


DAYS_PER_ROW = 4


class DaysEditor(QWidget):
    """The covered days of the week, in the order the UI's locale starts its week."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.boxes = [QCheckBox(self) for _ in range(7)]  # Monday = 0
        # Two rows, not one: a week of day names side by side would take the width the
        # customer's fields beside this box need.
        self._layout = QGridLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        for box in self.boxes:
            box.toggled.connect(self.changed)
        self.retranslate()

    def retranslate(self) -> None:
        for box in self.boxes:
            self._layout.removeWidget(box)
        first = QLocale().firstDayOfWeek().value - 1  # Qt: Monday = 1
        for offset in range(7):
            day = (first + offset) % 7
            self._layout.addWidget(self.boxes[day], offset // DAYS_PER_ROW, offset % DAYS_PER_ROW)
            self.boxes[day].setText(day_label(day))
            self.boxes[day].setAccessibleName(day_label(day))

    def value(self) -> int:
        return sum(1 << day for day, box in enumerate(self.boxes) if box.isChecked())

    def set_value(self, mask: int) -> None:
        for day, box in enumerate(self.boxes):
            with QSignalBlocker(box):
                box.setChecked(bool(mask >> day & 1))


class TimeZoneCombo(QComboBox):
    """A time zone shown by its name in the UI's language ('Iran Time — Tehran'), kept as
    its IANA identifier ('Asia/Tehran'); typed with completion over the names (or an
    identifier typed as is), listed on first use."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.editTextChanged.connect(self.changed)
        self._filled = False
        self._zone = ""  # the identifier whose name is in the field
        self._shown = ""  # that name, as shown (the language may change meanwhile)

    def fill(self) -> None:
        if self._filled:
            return
        from zoneinfo import available_timezones

        self._filled = True
        zone = self.value()
        with QSignalBlocker(self):
            names = {z: fmt().timezone_name(z) for z in available_timezones()}
            for zone_id, name in sorted(names.items(), key=lambda item: item[1]):
                self.addItem(name, zone_id)
            self.set_value(zone)
        completer = QCompleter(self.model(), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompleter(completer)

    def showPopup(self) -> None:
        self.fill()
        super().showPopup()

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.fill()
        super().focusInEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._rename()
        super().changeEvent(event)

    def _rename(self) -> None:
        zone = self.value()
        with QSignalBlocker(self):
            for row in range(self.count()):
                self.setItemText(row, fmt().timezone_name(str(self.itemData(row))))
            self.set_value(zone)

    def value(self) -> str:
        text = self.currentText().strip()
        if text == self._shown:
            return self._zone
        row = self.findText(text, Qt.MatchFlag.MatchFixedString)
        return str(self.itemData(row)) if row >= 0 else text  # an identifier typed as is

    def set_value(self, value: str) -> None:
        self._zone = value
        shown = fmt().timezone_name(value) if value else ""
        self._shown = shown
        if self.currentText() != shown:
            self.setEditText(shown)
        self.setToolTip(value)


def _problem(field: str, message: str) -> FieldProblem:
    return FieldProblem(field, message, {"field": m.FIELD_LABELS[field]})


def customer_specs() -> list[FieldSpec]:
    return [
        FieldSpec("name", TextLine, N_("Field", "Customer name")),
        FieldSpec("industry", TextLine),
        FieldSpec("business_needs", lambda: TextArea(lines=3)),
        FieldSpec("knowledge_level", lambda: EnumCombo(KnowledgeLevel)),
        FieldSpec(
            "criticality",
            lambda: EnumCombo(Criticality),
            N_("Field", "Criticality to their business"),
        ),
        FieldSpec("document_language", lambda: EnumCombo(Language)),
        FieldSpec("country", CountryCombo),
        FieldSpec("notes", lambda: TextArea(lines=2)),
    ]


def support_specs() -> list[FieldSpec]:
    return [
        FieldSpec("support_level", lambda: EnumCombo(SupportLevel)),
        FieldSpec(
            "support_in_scope",
            lambda: TextArea(lines=3),
            N_("Field", "In scope (what we support)"),
        ),
        FieldSpec(
            "support_out_of_scope",
            lambda: TextArea(lines=3),
            N_("Field", "Out of scope (what we do not)"),
        ),
    ]


def window_specs() -> list[FieldSpec]:
    return [
        FieldSpec("window_days", DaysEditor),
        FieldSpec("window_start", ClockEdit),
        FieldSpec("window_end", lambda: ClockEdit(is_end=True)),
        FieldSpec("timezone", TimeZoneCombo),
    ]


def people_specs() -> list[FieldSpec]:
    return [
        FieldSpec("account_manager", NameCombo, N_("Field", "Account manager")),
        FieldSpec("supporter", NameCombo, N_("Field", "Dedicated supporter")),
        FieldSpec("backup_supporter", NameCombo, N_("Field", "Backup supporter")),
        FieldSpec("next_review", OptionalDate),
    ]


class OverviewTab(FileTab):
    key = "overview"
    shows = OWN_VALUES

    def __init__(self, context: FileContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._loading = False
        self.customer_form = FieldForm(customer_specs())
        self.support_form = FieldForm(support_specs())
        self.window_form = FieldForm(window_specs())
        self.people_form = FieldForm(people_specs())
        self.general_error = error_label(self)
        self.window_hint = WrappedLabel(self)
        self._boxes = [QGroupBox() for _ in range(4)]
        self._lay_out()
        self._connect()
        self.retranslate()
        self.refresh()

    def forms(self) -> list[FieldForm]:
        return [self.customer_form, self.support_form, self.window_form, self.people_form]

    def _lay_out(self) -> None:
        content = QWidget()
        grid = QGridLayout(content)
        grid.addWidget(self.general_error, 0, 0, 1, 2)
        layouts = [QVBoxLayout(box) for box in self._boxes]
        for box_layout, form in zip(layouts, self.forms(), strict=True):
            box_layout.addWidget(form)
        layouts[2].addWidget(self.window_hint)
        for box_layout in layouts:
            box_layout.addStretch(1)
        grid.addWidget(self._boxes[0], 1, 0)
        grid.addWidget(self._boxes[1], 2, 0)
        grid.addWidget(self._boxes[2], 1, 1)
        grid.addWidget(self._boxes[3], 2, 1)
        grid.setRowStretch(3, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def _connect(self) -> None:
        for form in (self.customer_form, self.support_form, self.people_form):
            for name, editor in form.field_editors().items():
                editor.changed.connect(
                    lambda name=name, editor=editor: self._field_edited(name, editor.value())
                )
        for editor in self.window_form.field_editors().values():
            editor.changed.connect(self._window_edited)
        self.context.staff_changed.connect(self._fill_staff)

    def title(self) -> str:
        return self.tr("Overview")

    def retranslate(self) -> None:
        titles = [
            word("Field", "Customer"),
            self.tr("Support"),
            word("Section", "Service window"),
            self.tr("People and review"),
        ]
        for box, title in zip(self._boxes, titles, strict=True):
            box.setTitle(title)
        self.window_hint.setText(
            self.tr(
                "Times as HH:MM; cover ending at {midnight} (or {zero}) lasts until midnight."
            ).format(
                midnight=isolate_ltr(fmt().digits("24:00")), zero=isolate_ltr(fmt().digits("00:00"))
            )
        )
        self.window_form.editor("window_days", DaysEditor).retranslate()
        self._show_rights()

    # ------------------------------------------------------------ showing the file

    def refresh(self) -> None:
        self.setEnabled(self.session is not None)
        if self.session is None:
            return
        self._loading = True
        f = self.session.file
        self.customer_form.load(f)
        self.support_form.load(f)
        self.people_form.load(f)
        self._load_window(f.window)
        self._loading = False
        self._show_rights()

    def _show_rights(self) -> None:
        """Fields the person signed in may not change are disabled and say why."""
        for form in self.forms():
            for name, editor in form.field_editors().items():
                reason = read_only_reason(self.session, name)
                assert isinstance(editor, QWidget)
                editor.setEnabled(not reason)
                if reason or editor.property("rights_tip"):
                    editor.setToolTip(reason)
                    editor.setProperty("rights_tip", bool(reason))

    def _load_window(self, window: ServiceWindow) -> None:
        form = self.window_form
        form.editor("window_days", DaysEditor).set_value(window.days_mask)
        form.editor("window_start", ClockEdit).set_value(window.start_minute)
        form.editor("window_end", ClockEdit).set_value(window.end_minute)
        form.editor("timezone", TimeZoneCombo).set_value(window.timezone)

    def _fill_staff(self) -> None:
        names = self.context.staff_names()
        self._loading = True
        for field in STAFF_FIELDS:
            self.people_form.editor(field, NameCombo).set_names(names)
        self._loading = False

    def set_session(self, session: FileSession | None) -> None:
        self._fill_staff()
        super().set_session(session)
        self.clear_problems()

    # ------------------------------------------------------------ editing

    def _field_edited(self, name: str, value: Any) -> None:
        if self._loading or self.session is None:
            return
        text = self.tr("Edit {field}").format(field=field_label(name))
        self.session.set_field(name, value, text)

    def _window_edited(self) -> None:
        if self._loading or self.session is None:
            return
        values = self.window_form.values()
        try:
            window = ServiceWindow(
                values["window_days"],
                values["window_start"],
                values["window_end"],
                values["timezone"],
            )
        except (ValueError, TypeError):
            self._show_window_problem(values)
            return
        for field in ("window_days", "window_start", "window_end"):
            self._clear_field_problem(self.window_form, field)
        self.session.set_field(
            "window", window, self.tr("Edit {field}").format(field=self.tr("service window"))
        )

    def _show_window_problem(self, values: dict[str, Any]) -> None:
        """Shown at once: such a window cannot even be put into the file."""
        if not values["window_days"]:
            problem = _problem("window_days", m.NO_DAYS)
        elif values["window_start"] is None:
            problem = _problem("window_start", m.BAD_TIME)
        elif values["window_end"] is None:
            problem = _problem("window_end", m.BAD_TIME)
        else:
            problem = _problem("window_end", m.WINDOW_ORDER)
        self.window_form.clear_problems()
        self.window_form.show_problem(problem)

    @staticmethod
    def _clear_field_problem(form: FieldForm, field: str) -> None:
        if not form.errors[field].isHidden():
            form.clear_problems()

    # ------------------------------------------------------------ problems from saving

    def show_problems(self, problems: list[FieldProblem]) -> None:
        dispatch_problems(self.forms(), [p for p in problems if not p.section], self.general_error)

    def clear_problems(self) -> None:
        dispatch_problems(self.forms(), [], self.general_error)

    def shown_problems(self) -> dict[str, str]:
        shown: dict[str, str] = {}
        for form in self.forms():
            shown.update(form.visible_problems())
        return shown
