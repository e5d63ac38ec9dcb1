"""A Solar Hijri date typed in the Persian window is stored as the ordinary date it names,
and shown as typed when the customer is opened again. The calendar and Persian digits are
the user's choices, kept in the settings and switched from the Language menu."""

from __future__ import annotations

import datetime as dt
import sqlite3

import jdatetime
import pytest
from i18n_screens import (  # noqa: F401 - fixtures
    active_modal,
    compiled_translations,
    db,
    make_window,
    settings,
    show_tab,
    template_db,
    wait_idle,
)
from PySide6.QtCore import Qt
from test_localized_input import key_in
from ui_helpers import open_customer, press_ok

from accountdesk.services import service_files as sf
from accountdesk.ui.formatting import plain

TYPED = "۱۴۰۵/۰۹/۰۲"
GREGORIAN = dt.date(2026, 11, 23)


def test_the_date_is_the_one_jdatetime_gives():
    """The expected date checked with the Jalali library the project uses."""
    assert jdatetime.date(1405, 9, 2).togregorian() == GREGORIAN


def shown(date_edit) -> str:
    return plain(date_edit.lineEdit().text()).strip()


def reopen(qtbot, window) -> None:
    """Another customer, then this one again: everything read back from the database."""
    open_customer(qtbot, window, "מרפאות השרון")
    open_customer(qtbot, window, "Acme Logistics")


def test_a_jalali_date_typed_round_trips_through_the_database(qtbot, make_window, db):
    window = make_window("fa")
    meetings = show_tab(qtbot, window, "meetings")
    meetings.table.add_button.click()
    dialog = active_modal(qtbot)
    held_on = dialog.form.editors["held_on"]
    key_in(qtbot, held_on, TYPED)
    qtbot.keyClick(held_on, Qt.Key.Key_Tab)  # Tab: the date is taken when the field is left
    assert held_on.value() == GREGORIAN
    press_ok(dialog)
    overview = show_tab(qtbot, window, "overview")
    review = overview.people_form.editors["next_review"]
    review.enabled.setChecked(True)
    key_in(qtbot, review.date, TYPED)
    qtbot.keyClick(review.date, Qt.Key.Key_Tab)
    window.actions_["save"].trigger()
    wait_idle(qtbot)
    assert not window.context.session.dirty, window.statusBar().currentMessage()

    customer_id = window.context.session.file.id
    with sqlite3.connect(db.path) as raw:  # what is on disk is an ordinary date
        days = {
            row[0]
            for row in raw.execute(
                "SELECT held_on FROM meetings WHERE customer_id = ?", (customer_id,)
            )
        }
    assert str(GREGORIAN) in {str(day)[:10] for day in days}
    stored = sf.load_file(db, customer_id)
    assert [m.held_on for m in stored.meetings] == [GREGORIAN]
    assert stored.next_review == GREGORIAN

    reopen(qtbot, window)
    meetings = show_tab(qtbot, window, "meetings")
    meetings.table.select_row(0)
    meetings.table.edit_button.click()
    dialog = active_modal(qtbot)
    assert shown(dialog.form.editors["held_on"]) == TYPED
    dialog.reject()
    overview = show_tab(qtbot, window, "overview")
    review = overview.people_form.editors["next_review"]
    assert shown(review.date) == TYPED


def test_the_calendar_and_digits_are_settings_switched_from_the_language_menu(
    qtbot, make_window, settings
):
    window = make_window("fa")
    options = window.actions_.language_options
    assert all(action.isVisible() and action.isChecked() for action in options.values())
    overview = show_tab(qtbot, window, "overview")
    review = overview.people_form.editors["next_review"]
    review.set_value(GREGORIAN)
    assert shown(review.date) == TYPED

    options["jalali"].trigger()
    wait_idle(qtbot)
    assert settings.jalali() is False
    assert "۲۰۲۶" in shown(review.date)  # the Gregorian year, in Persian digits
    assert review.value() == GREGORIAN

    options["native_digits"].trigger()
    wait_idle(qtbot)
    assert settings.native_digits() is False
    assert "2026" in shown(review.date) and not any("۰" <= c <= "۹" for c in shown(review.date))
    assert review.value() == GREGORIAN

    for action in options.values():
        action.trigger()
    wait_idle(qtbot)
    assert settings.jalali() and settings.native_digits()
    assert shown(review.date) == TYPED


@pytest.mark.parametrize("lang", ["en", "he"])
def test_the_persian_options_show_only_in_persian(qtbot, make_window, lang):
    window = make_window(lang, customer=None)
    assert not any(action.isVisible() for action in window.actions_.language_options.values())


def test_arabic_offers_its_digits_and_no_other_calendar(qtbot, make_window, settings):
    window = make_window("ar")
    options = window.actions_.language_options
    digits = options["native_digits"]
    assert digits.isVisible() and digits.isChecked() and not options["jalali"].isVisible()
    assert digits.text().replace("&", "") == "الأرقام المشرقية (١٢٣)"
    overview = show_tab(qtbot, window, "overview")
    review = overview.people_form.editors["next_review"]
    review.set_value(GREGORIAN)
    assert "٢٠٢٦" in shown(review.date), "a Gregorian date in Arabic-Indic digits"
    digits.trigger()
    wait_idle(qtbot)
    assert settings.native_digits() is False
    assert "2026" in shown(review.date) and not any("٠" <= c <= "٩" for c in shown(review.date))
    assert review.value() == GREGORIAN
