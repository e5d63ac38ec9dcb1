"""Persian (۰-۹) and Arabic-Indic (٠-٩) digits typed into every numeric, time, date and
phone field, in a Hebrew and in a Persian window.

Fields are found on the real screens, not listed by hand: every spin box, time of day,
date and phone field of the overview, the record dialogs and the dialogs inside them is
typed into key by key, and its value read back. Then one of each kind is saved through
the window and read back from the database.
"""

from __future__ import annotations

import datetime as dt

import pytest
from i18n_screens import (  # noqa: F401 - fixtures
    RTL_LANGUAGES,
    active_modal,
    compiled_translations,
    db,
    make_window,
    settings,
    show_tab,
    template_db,
    wait_idle,
)
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QDateTimeEdit, QWidget
from ui_helpers import press_ok

from accountdesk.domain.phones import normalise_phone
from accountdesk.services import service_files as sf
from accountdesk.ui.widgets.editors import ClockEdit, DateEdit, IntSpin, NumberSpin, TextLine
from accountdesk.ui.widgets.forms import FieldForm

DIGITS = {
    "persian": str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"),
    "arabic-indic": str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"),
}
PHONE_FIELDS = {"phone", "mobile"}
# Every field of these kinds on the screens below; a new one is found (and typed into)
# by itself, and one of these no longer found fails the test.
EXPECTED = {
    "overview": {"window_start", "window_end", "next_review"},
    "contact": {"phone", "mobile"},
    "escalation path": {"raised_day", "raised_time"},
    "escalation level": {"after_minutes"},
    "expectation": {
        "failures_per_year",
        "hours_per_failure",
        "availability_percent",
        *(
            f"{measure}_{severity}_minutes"
            for measure in ("response", "resolution")
            for severity in ("critical", "high", "medium", "low")
        ),
        "share_percent",
        "review_date",
    },
    "risk": {"recovery_minutes"},
    "meeting": {"held_on"},
    "action item": {"due"},
}


def local(text: str, digits: str) -> str:
    return text.translate(DIGITS[digits])


def key_in(qtbot, widget: QWidget, text: str) -> None:
    """Replace the field's text by typing `text`, one key press per character (QTest
    types Latin-1 only: other characters go as key events carrying their text)."""
    widget.setFocus()
    (widget.lineEdit() if isinstance(widget, QAbstractSpinBox) else widget).selectAll()
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(
                    widget,
                    QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char),
                )


# ---------------------------------------------------------------- finding the fields


def named_fields(top: QWidget) -> dict[str, QWidget]:
    """Every numeric, time, date and phone input on a screen, by field (or attribute) name."""
    found: dict[str, QWidget] = {}
    for form in top.findChildren(FieldForm):
        if QWidget.window(form) is not top:
            continue
        for name, editor in form.editors.items():
            if (
                (name in PHONE_FIELDS and isinstance(editor, TextLine))
                or isinstance(editor, (IntSpin, NumberSpin, ClockEdit, DateEdit))
                or (hasattr(editor, "date") and isinstance(editor.date, DateEdit))
            ):
                found[name] = editor
    known = set(found.values()) | {getattr(w, "date", None) for w in found.values()}
    for widget in top.findChildren(QWidget):
        if (
            QWidget.window(widget) is top
            and isinstance(widget, (IntSpin, NumberSpin, ClockEdit, DateEdit))
            and widget not in known
        ):
            found[_attribute_name(top, widget)] = widget
    return found


def _attribute_name(top: QWidget, widget: QWidget) -> str:
    return next(
        (name for name, value in vars(top).items() if value is widget), type(widget).__name__
    )


def screens(qtbot, window):
    """(screen, top-level widget) for each screen with such fields, opened as a user does."""
    yield "overview", window
    for key, screen in (
        ("contacts", "contact"),
        ("escalation", "escalation path"),
        ("expectations", "expectation"),
        ("meetings", "meeting"),
    ):
        tab = show_tab(qtbot, window, key)
        tab.table.add_button.click()
        dialog = active_modal(qtbot)
        yield screen, dialog
        for sub_list, inner in (
            ("levels", "escalation level"),
            ("risks", "risk"),
            ("action_items", "action item"),
        ):
            rows = getattr(dialog, sub_list, None)
            if rows is None or not hasattr(rows, "table"):
                continue
            rows.table.add_button.click()
            qtbot.waitUntil(lambda rows=rows: rows.dialog is not None and rows.dialog.isVisible())
            yield inner, rows.dialog
            rows.dialog.reject()
        dialog.reject()


# ---------------------------------------------------------------- typing into them


def type_and_read(qtbot, widget: QWidget, name: str, lang: str, digits: str):
    """Type a value of the field's kind in the digits; return (what it holds, what it should)."""
    if name in PHONE_FIELDS:
        key_in(qtbot, widget, local("03-555-1234", digits))
        return normalise_phone(widget.value(), "IL"), "+97235551234"
    if isinstance(widget, ClockEdit):
        key_in(qtbot, widget, local("09:30", digits))
        return widget.value(), 9 * 60 + 30
    if isinstance(widget, IntSpin):
        key_in(qtbot, widget, local("45", digits))
        return widget.value(), 45
    if isinstance(widget, NumberSpin):
        point = "٫" if lang == "fa" else "."
        key_in(qtbot, widget, local(f"2{point}5", digits))
        return widget.value(), 2.5
    date = widget if isinstance(widget, DateEdit) else widget.date
    if date is not widget:
        widget.enabled.setChecked(True)
    if "MMM" in date.displayFormat():  # a month by name: its day is typed into the day part
        date.setFocus()
        select_day_of_month(date)
        for char in local("12", digits):
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(
                    date, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
                )
        return date.date().day(date.calendar()), 12
    typed = "1405/09/02" if lang == "fa" else "23/11/2026"  # the Solar Hijri date in Persian
    key_in(qtbot, date, local(typed, digits))
    qtbot.keyClick(date, Qt.Key.Key_Tab)  # the date is taken when the field is left
    return widget.value(), dt.date(2026, 11, 23)


def select_day_of_month(date: QDateTimeEdit) -> None:
    """Select the day written as a number (not the weekday, also a day section)."""
    for index in range(date.sectionCount()):
        if date.sectionAt(index) == QDateTimeEdit.Section.DaySection:
            date.setCurrentSectionIndex(index)
            date.setSelectedSection(QDateTimeEdit.Section.DaySection)
            if any(char.isdigit() for char in date.lineEdit().selectedText()):
                return
    raise AssertionError(f"no day number in {date.displayFormat()!r}")


@pytest.mark.parametrize("digits", list(DIGITS))
@pytest.mark.parametrize("lang", RTL_LANGUAGES)
def test_every_numeric_time_date_and_phone_field_takes_the_digits(qtbot, make_window, lang, digits):
    window = make_window(lang)
    found: dict[str, set[str]] = {}
    wrong = []
    for screen, top in screens(qtbot, window):
        fields = named_fields(top)
        found[screen] = set(fields)
        for name, widget in fields.items():
            got, wanted = type_and_read(qtbot, widget, name, lang, digits)
            if got != wanted:
                wrong.append(
                    f"{screen} / {name}: typed {digits} digits, holds {got!r}, not {wanted!r}"
                )
    assert not wrong, "\n".join(wrong)
    assert found == EXPECTED


# ---------------------------------------------------------------- saved through the window


def edit_row(qtbot, tab, row: int):
    tab.table.select_row(row)
    tab.table.edit_button.click()
    return active_modal(qtbot)


def save(qtbot, window):
    window.actions_["save"].trigger()
    wait_idle(qtbot)
    assert not window.context.session.dirty, window.statusBar().currentMessage()
    return sf.load_file(window.context.db, window.context.session.file.id)


@pytest.mark.parametrize(
    ("lang", "digits"), [("fa", "persian"), ("he", "arabic-indic"), ("fa", "arabic-indic")]
)
def test_numbers_typed_in_local_digits_are_saved(qtbot, make_window, lang, digits):
    window = make_window(lang)
    point = "٫" if lang == "fa" else "."
    overview = show_tab(qtbot, window, "overview")
    key_in(qtbot, overview.window_form.editors["window_start"], local("07:15", digits))
    key_in(qtbot, overview.window_form.editors["window_end"], local("19:45", digits))

    contact = (show_tab(qtbot, window, "contacts"), None)[0]
    contact.table.add_button.click()
    dialog = active_modal(qtbot)
    dialog.form.editors["name"].set_value("رضا")
    key_in(qtbot, dialog.form.editors["phone"], local("03-555-1234", digits))
    key_in(qtbot, dialog.form.editors["mobile"], local("052-555-1234", digits))
    press_ok(dialog)

    path = edit_row(qtbot, show_tab(qtbot, window, "escalation"), 0)
    path.levels.table.select_row(1)
    path.levels.table.edit_button.click()
    qtbot.waitUntil(lambda: path.levels.dialog is not None and path.levels.dialog.isVisible())
    key_in(qtbot, path.levels.dialog.form.editors["after_minutes"], local("45", digits))
    press_ok(path.levels.dialog)
    press_ok(path)

    expectation = edit_row(qtbot, show_tab(qtbot, window, "expectations"), 0)
    key_in(qtbot, expectation.plain_form.editors["failures_per_year"], local("6", digits))
    key_in(qtbot, expectation.plain_form.editors["hours_per_failure"], local(f"2{point}5", digits))
    expectation.risks.table.add_button.click()
    qtbot.waitUntil(
        lambda: expectation.risks.dialog is not None and expectation.risks.dialog.isVisible()
    )
    risk = expectation.risks.dialog
    risk.form.editors["cause"].set_value("قطع برق")
    key_in(qtbot, risk.form.editors["recovery_minutes"], local("120", digits))
    press_ok(risk)
    press_ok(expectation)

    stored = save(qtbot, window)
    assert (stored.window.start_minute, stored.window.end_minute) == (7 * 60 + 15, 19 * 60 + 45)
    added = next(c for c in stored.contacts if c.name == "رضا")
    assert (added.phone, added.mobile) == (
        normalise_phone("03-555-1234", "IL"),
        normalise_phone("052-555-1234", "IL"),
    )
    assert stored.escalation_paths[0].levels[1].after_minutes == 45
    assert (stored.expectations[0].failures_per_year, stored.expectations[0].hours_per_failure) == (
        6,
        2.5,
    )
    assert stored.expectations[0].risks[-1].recovery_minutes == 120


def test_a_field_with_no_digits_typed_is_not_taken_for_one(qtbot, make_window):
    """The other side: letters in a number field are refused, whatever the language."""
    window = make_window("fa")
    path = edit_row(qtbot, show_tab(qtbot, window, "escalation"), 0)
    path.levels.table.select_row(1)
    path.levels.table.edit_button.click()
    qtbot.waitUntil(lambda: path.levels.dialog is not None and path.levels.dialog.isVisible())
    after = path.levels.dialog.form.editors["after_minutes"]
    key_in(qtbot, after, "ab۴x۵")
    assert after.value() == 45
    assert isinstance(after, QAbstractSpinBox)
