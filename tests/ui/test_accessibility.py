"""Every input and button has an accessible name (or a visible text that serves as one)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QWidget,
)
from ui_helpers import modal, open_customer

from accountdesk.ui.file.escalation_dialog import EscalationDialog
from accountdesk.ui.file.expectation_dialog import ExpectationDialog
from accountdesk.ui.file.meeting_dialog import MeetingDialog

INPUTS = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QPlainTextEdit,
    QAbstractItemView,
)


def _internal(widget: QWidget) -> bool:
    """Parts of composite Qt widgets (a spin box's line edit, a tab bar's scroll arrows)."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, (QAbstractSpinBox, QComboBox, QTabBar, QScrollBar, QHeaderView)):
            return True
        parent = parent.parentWidget()
    return isinstance(widget, QHeaderView) or widget.objectName().startswith("qt_")


def unnamed(root: QWidget) -> list[str]:
    found = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INPUTS) or _internal(widget):
            continue
        text = widget.text() if isinstance(widget, QAbstractButton) else ""
        if not (widget.accessibleName().strip() or text.replace("&", "").strip()):
            found.append(
                f"{type(widget).__name__} {widget.objectName()!r} in {type(widget.parentWidget()).__name__}"
            )
    return found


def test_the_main_window_names_every_input_and_button(qtbot, window):
    open_customer(qtbot, window, "Acme Logistics")
    missing = unnamed(window)
    assert missing == [], "\n".join(missing)


def test_the_big_editors_name_every_input_and_button(qtbot, window):
    open_customer(qtbot, window, "Acme Logistics")
    for key, kind in (
        ("expectations", ExpectationDialog),
        ("escalation", EscalationDialog),
        ("meetings", MeetingDialog),
    ):
        tab = window.file_view.show_tab(key)
        tab.add()
        dialog = modal(qtbot, kind)
        assert unnamed(dialog) == [], key
        dialog.reject()
        qtbot.waitUntil(lambda d=dialog: not d.isVisible())


def test_the_card_names_every_button(qtbot, window):
    open_customer(qtbot, window, "Acme Logistics")
    window.show_card()
    assert unnamed(window.card) == []
