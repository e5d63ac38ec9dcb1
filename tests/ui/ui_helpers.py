"""Helpers for driving the real window in tests, as a user would."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QLabel

from accountdesk.domain.enums import ExpectationStatus
from accountdesk.services import service_files as sf
from accountdesk.services.incidents.importer import import_incidents
from accountdesk.services.incidents.mappings import GENERIC

INCIDENTS_HEADER = (
    "ticket,customer,system,severity,opened,first_response,resolved,service_down,title\n"
)


def customer_id(db, name: str) -> int:
    return sf.find_customer_id(db, name)


def open_customer(qtbot, window, name: str) -> None:
    wanted = customer_id(window.context.db, name)
    click_row(window.customers.view, window.list_model.row_of(wanted))
    qtbot.waitUntil(
        lambda: window.context.session is not None and window.context.session.file.id == wanted
    )


def modal(qtbot, kind=None):
    """The dialog or question now on screen (waits for it)."""
    found = {}

    def shown() -> bool:
        widget = QApplication.activeModalWidget()
        if widget is not None and (kind is None or isinstance(widget, kind)) and widget.isVisible():
            found["w"] = widget
            return True
        return False

    qtbot.waitUntil(shown)
    return found["w"]


def click_row(view, row: int) -> None:
    """Make `row` current, as a click on it does (QTableView.selectRow finds no cell under
    the leading edge of a right-to-left view in Qt 6.12, so it is not used)."""
    view.setCurrentIndex(view.model().index(row, 0))


def press_ok(dialog) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def answer(qtbot, button) -> None:
    """Click a standard button of the question on screen (Save, Discard, Cancel, Yes…)."""
    from PySide6.QtWidgets import QMessageBox

    box = modal(qtbot, QMessageBox)
    box.button(button).click()
    qtbot.waitUntil(lambda: not box.isVisible())


def fill(form, **values) -> None:
    """Type values into a form's editors by field name."""
    for name, value in values.items():
        form.editors[name].set_value(value)


def promise_critical_response(db, customer: str, incident_rows: list[str]) -> None:
    """The customer's first expectation agreed as "95% of critical incidents answered within
    30 minutes", and these incidents (rows of the generic export format) imported."""
    file = sf.load_file(db, customer_id(db, customer))
    e = file.expectations[0]
    e.status = ExpectationStatus.AGREED
    e.response_critical_minutes = 30
    e.share_percent = 95
    sf.save_file(db, file)
    import_incidents(db, (INCIDENTS_HEADER + "\n".join(incident_rows) + "\n").encode(), GENERIC)


def ink_columns(label: QLabel) -> tuple[int, int]:
    """The leftmost and rightmost columns `label`'s text paints, relative to the label, when
    nothing clips it: a twin with the same text and font lays its lines out at the same
    width, with room either side to show any word that runs past the label's box."""
    room = 40
    twin = QLabel(label.text())
    twin.setWordWrap(True)
    twin.setFont(label.font())
    twin.setLayoutDirection(label.layoutDirection())
    margins = label.contentsMargins()
    twin.setContentsMargins(
        margins.left() + room, margins.top(), margins.right() + room, margins.bottom()
    )
    twin.resize(label.width() + 2 * room, label.height())
    image = twin.grab().toImage()
    background = image.pixel(0, 0)
    columns = [
        x
        for x in range(image.width())
        for y in range(image.height())
        if image.pixel(x, y) != background
    ]
    return min(columns) - room, max(columns) - room
