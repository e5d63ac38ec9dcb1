"""Forms whose fields show their validation problems right under themselves.

A `FieldForm` is built from `FieldSpec`s: the record attribute (also the name the service
layer's validation uses), an editor factory and a label. `load`/`apply` move a record in
and out; `show_problems` puts each problem, translated, in red under its field.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from html import escape
from typing import Any, Protocol, TypeVar, cast

from PySide6.QtCore import QCoreApplication, Qt, SignalInstance
from PySide6.QtWidgets import QFormLayout, QLabel, QSizePolicy, QWidget

from accountdesk.domain.bidi import has_bidi_controls, neutralise_bidi_controls
from accountdesk.domain.errors import FieldProblem
from accountdesk.ui.labels import field_label, problem_text, word
from accountdesk.ui.widgets.editors import TextArea, TextLine, set_accessible
from accountdesk.ui.widgets.retranslate import Retranslating
from accountdesk.ui.widgets.wrapped_label import WrappedLabel

ERROR_STYLE = "color: #b00020;"
WARNING_STYLE = "color: #8a5a00;"
REMOVE_LINK = "remove"

EditorT = TypeVar("EditorT", bound=QWidget)


class FieldEditor(Protocol):
    """What every editor a FieldSpec makes offers besides being a QWidget."""

    @property
    def changed(self) -> SignalInstance: ...

    def value(self) -> Any: ...

    def set_value(self, value: Any, /) -> None: ...


@dataclass(frozen=True)
class FieldSpec:
    name: str
    make: Callable[[], QWidget]
    # The field's name on this form, marked N_("Field", ...) (a word of the catalogues);
    # None: the field's name as validation messages use it.
    label: str | None = None


def spec_label(spec: FieldSpec) -> str:
    if spec.label is None:
        return field_label(spec.name)
    return word("Field", spec.label)


def error_label(parent: QWidget) -> QLabel:
    """A problem in red: every line of it, wrapped, never cut (an example of the expected
    form often follows on a second line)."""
    label = WrappedLabel(parent)
    label.setStyleSheet(ERROR_STYLE)
    label.setTextFormat(Qt.TextFormat.PlainText)
    policy = label.sizePolicy()
    policy.setVerticalPolicy(QSizePolicy.Policy.Minimum)
    policy.setHeightForWidth(True)
    label.setSizePolicy(policy)
    label.setVisible(False)
    return label


class FieldForm(Retranslating, QWidget):
    def __init__(self, specs: Iterable[FieldSpec], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.specs = list(specs)
        self.layout_ = QFormLayout(self)
        self.layout_.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.editors: dict[str, QWidget] = {}
        self.labels: dict[str, QLabel] = {}
        self.errors: dict[str, QLabel] = {}
        self._error_rows: dict[str, int] = {}
        # Under each text field: a warning, which does not stop saving, when the text
        # carries direction-control characters (they can show a name reversed).
        self.control_warnings: dict[str, QLabel] = {}
        self._warning_rows: dict[str, int] = {}
        # Problems about one field shown under another (a level's "who" spans three fields).
        self.aliases: dict[str, str] = {}
        # Checks the edited record again when a field with a problem changes; without it a
        # change hides that field's problem (it is checked again on OK or Save).
        self.recheck: Callable[[], list[FieldProblem]] | None = None
        for spec in self.specs:
            self._add(spec)
        self.retranslate()

    def _add(self, spec: FieldSpec) -> None:
        editor = spec.make()
        label = QLabel(self)
        label.setBuddy(editor)
        self.layout_.addRow(label, editor)
        error = error_label(self)
        row = self.layout_.rowCount()
        self.layout_.setWidget(row, QFormLayout.ItemRole.FieldRole, error)
        self.layout_.setRowVisible(row, False)
        self.editors[spec.name] = editor
        self.labels[spec.name] = label
        self.errors[spec.name] = error
        self._error_rows[spec.name] = row
        cast(FieldEditor, editor).changed.connect(functools.partial(self._edited, spec.name))
        if isinstance(editor, (TextLine, TextArea)):
            self._add_control_warning(spec.name, editor)

    def _edited(self, name: str) -> None:
        """A problem disappears as soon as the field is fixed, not only on the next OK."""
        if self.errors[name].isHidden():
            return
        still = []
        if self.recheck is not None:
            still = [p for p in self.recheck() if self.field_for(p.field) == name]
        self._hide_problem(name)
        for problem in still:
            self.show_problem(problem)

    def _hide_problem(self, name: str) -> None:
        self.errors[name].clear()
        self.errors[name].setVisible(False)
        self.layout_.setRowVisible(self._error_rows[name], False)

    def _add_control_warning(self, name: str, editor: TextLine | TextArea) -> None:
        warning = WrappedLabel(self)
        warning.setStyleSheet(WARNING_STYLE)
        warning.setTextFormat(Qt.TextFormat.RichText)
        warning.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByKeyboard
            | Qt.TextInteractionFlag.LinksAccessibleByMouse
        )
        warning.linkActivated.connect(lambda _link: self.remove_controls(name))
        row = self.layout_.rowCount()
        self.layout_.setWidget(row, QFormLayout.ItemRole.FieldRole, warning)
        self.layout_.setRowVisible(row, False)
        self.control_warnings[name] = warning
        self._warning_rows[name] = row
        editor.changed.connect(lambda: self._update_control_warning(name))

    def _update_control_warning(self, name: str) -> None:
        editor = self.field_editors()[name]
        found = has_bidi_controls(editor.value() or "")
        warning = self.control_warnings[name]
        if found:
            text = QCoreApplication.translate(
                "Form",
                "{field} contains invisible direction-control characters, which can show it "
                "reversed.",
            ).format(field=spec_label(self._spec(name)))
            action = QCoreApplication.translate("Form", "Remove them")
            warning.setText(f'{escape(text)} <a href="{REMOVE_LINK}">{escape(action)}</a>')
            warning.setAccessibleName(text)
        self.layout_.setRowVisible(self._warning_rows[name], found)

    def remove_controls(self, name: str) -> None:
        """The warning's action: the field's text without its direction-control characters."""
        editor = self.field_editors()[name]
        editor.set_value(neutralise_bidi_controls(editor.value() or ""))

    def _spec(self, name: str) -> FieldSpec:
        return next(spec for spec in self.specs if spec.name == name)

    def retranslate(self) -> None:
        for spec in self.specs:
            text = spec_label(spec)
            self.labels[spec.name].setText(text)
            set_accessible(self.editors[spec.name], text)
            if spec.name in self.control_warnings:
                self._update_control_warning(spec.name)

    def editor(self, name: str, kind: type[EditorT]) -> EditorT:
        """The editor of field `name`, which is a `kind`."""
        editor = self.editors[name]
        if not isinstance(editor, kind):
            raise TypeError(
                f"{name!r} is edited by a {type(editor).__name__}, not a {kind.__name__}"
            )
        return editor

    def field_editors(self) -> dict[str, FieldEditor]:
        """The editors by field name, as their values and changes are read."""
        # Every editor a FieldSpec makes is a FieldEditor; the type system cannot say "a
        # QWidget that is also a FieldEditor".
        return cast(dict[str, FieldEditor], self.editors)

    # ------------------------------------------------------------ records

    def load(self, record: Any) -> None:
        for name, editor in self.field_editors().items():
            editor.set_value(getattr(record, name))

    def values(self) -> dict[str, Any]:
        return {name: editor.value() for name, editor in self.field_editors().items()}

    def apply(self, record: Any) -> Any:
        return dataclasses.replace(record, **self.values())

    # ------------------------------------------------------------ problems

    def field_for(self, name: str) -> str:
        return self.aliases.get(name, name)

    def has_field(self, name: str) -> bool:
        return self.field_for(name) in self.errors

    def show_problem(self, problem: FieldProblem) -> None:
        field = self.field_for(problem.field)
        label = self.errors[field]
        text = problem_text(problem)
        label.setText(
            f"{label.text()}\n{text}" if label.isVisibleTo(self) and label.text() else text
        )
        label.setVisible(True)
        self.layout_.setRowVisible(self._error_rows[field], True)
        label.setAccessibleName(text)

    def clear_problems(self) -> None:
        for name in self.errors:
            self._hide_problem(name)

    def visible_problems(self) -> dict[str, str]:
        """Field -> the problem text shown under it (what the user sees)."""
        return {n: lbl.text() for n, lbl in self.errors.items() if not lbl.isHidden()}


def dispatch_problems(
    forms: Iterable[FieldForm], problems: Iterable[FieldProblem], general: QLabel
) -> None:
    """Show each problem under its field in the first form that has it, else in `general`."""
    forms = list(forms)
    for form in forms:
        form.clear_problems()
    leftover = []
    for problem in problems:
        owner = next((f for f in forms if f.has_field(problem.field)), None)
        if owner is None:
            leftover.append(problem_text(problem))
        else:
            owner.show_problem(problem)
    general.setText("\n".join(leftover))
    general.setVisible(bool(leftover))


def align_labels(forms: Iterable[FieldForm]) -> None:
    """Give the labels of several forms one width, so their fields line up."""
    forms = list(forms)
    labels = [label for form in forms for label in form.labels.values()]
    if labels:
        width = max(label.sizeHint().width() for label in labels)
        for label in labels:
            label.setMinimumWidth(width)
