"""The customer's country on the overview, a contact's own, and what a refused number says."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from ui_helpers import modal, open_customer, press_ok

from accountdesk.ui import language
from accountdesk.ui.file.record_dialog import RecordDialog
from accountdesk.ui.formatting import plain

PERSIAN_CUSTOMER = "داده‌پردازان پارس"


def _country_combo(window):
    return window.file_view.show_tab("overview").customer_form.editors["country"]


def test_the_country_is_found_by_part_of_its_name_and_chosen_by_typing_it(qtbot, window):
    open_customer(qtbot, window, PERSIAN_CUSTOMER)
    combo = _country_combo(window)
    assert combo.currentText() == "Israel"  # saved before it had a country of its own

    completer = combo.completer()
    completer.setCompletionPrefix("ingd")  # any part of the name, in any case
    found = [
        completer.completionModel().index(i, 0).data() for i in range(completer.completionCount())
    ]
    assert found == ["United Kingdom"]

    combo.lineEdit().setText("iran")
    qtbot.keyClick(combo.lineEdit(), Qt.Key.Key_Return)
    assert (combo.currentText(), combo.value()) == ("Iran", "IR")
    assert window.context.session.file.country == "IR"
    assert window.isWindowModified()

    combo.lineEdit().setText("Irn")  # no such country: the choice stays
    combo.lineEdit().editingFinished.emit()
    assert (combo.currentText(), window.context.session.file.country) == ("Iran", "IR")


def test_country_names_follow_the_ui_language(qtbot, window, languages):
    open_customer(qtbot, window, PERSIAN_CUSTOMER)
    combo = _country_combo(window)
    combo.set_value("IR")
    languages.apply("fa")
    qtbot.waitUntil(lambda: combo.currentText() == "ایران")
    assert combo.value() == "IR"


def test_a_refused_number_says_where_and_gives_an_example_of_the_country(qtbot, window):
    open_customer(qtbot, window, PERSIAN_CUSTOMER)
    _country_combo(window).set_value("IR")
    contacts = window.file_view.show_tab("contacts")
    contacts.table.add_button.click()
    dialog = modal(qtbot, RecordDialog)
    assert dialog.form.editors["country"].currentText() == "Same as the customer"
    dialog.form.editors["name"].set_value("Negar Tavakoli")
    dialog.form.editors["phone"].set_value("5551234")
    press_ok(dialog)
    assert dialog.isVisible()
    assert {k: plain(v) for k, v in dialog.shown_problems().items()} == {
        "phone": "Phone is not a valid phone number in Iran; write it as 021 2345 6789 "
        "or, with the country code, +98 21 2345 6789"
    }
    dialog.form.editors["phone"].set_value("۰۲۱-۸۸۷۷۶۶۵۵")
    press_ok(dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    window.actions_["save"].trigger()
    qtbot.waitUntil(lambda: not window.isWindowModified())
    added = window.context.session.file.contacts[-1]
    assert (added.phone, added.country) == ("+982188776655", None)
    # On an English (en_US) screen an Iranian number is a foreign one: international.
    row = contacts.model.rowCount() - 1
    shown = contacts.model.index(row, 4).data()
    assert plain(shown) == "+98 21 8877 6655"
    # One isolate, left to right (an FSI around digits alone resolves left to right).
    assert shown[0] in "\u2066\u2068" and shown.endswith("\u2069")


def test_a_contact_in_another_country_has_its_numbers_read_there(qtbot, window):
    open_customer(qtbot, window, PERSIAN_CUSTOMER)
    _country_combo(window).set_value("IR")
    window.file_view.show_tab("contacts").table.add_button.click()
    dialog = modal(qtbot, RecordDialog)
    dialog.form.editors["name"].set_value("Dana Levi")
    dialog.form.editors["country"].set_value("IL")
    dialog.form.editors["mobile"].set_value("0912 345 6789")  # Iranian, not Israeli
    press_ok(dialog)
    assert plain(dialog.shown_problems()["mobile"]) == (
        "Mobile is not a valid phone number in Israel; write it as 050-234-5678 "
        "or, with the country code, +972 50-234-5678"
    )
    dialog.form.editors["mobile"].set_value("052-555-1234")
    press_ok(dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    window.actions_["save"].trigger()
    qtbot.waitUntil(lambda: not window.isWindowModified())
    added = window.context.session.file.contacts[-1]
    assert (added.mobile, added.country) == ("+972525551234", "IL")


def test_a_new_customer_takes_the_country_of_the_ui_locale(qtbot, window, monkeypatch):
    monkeypatch.setattr(language.QLocale, "system", staticmethod(lambda: QLocale("en_GB")))
    window.actions_["new_customer"].trigger()
    assert _country_combo(window).value() == "GB"
    assert window.context.session.file.country == "GB"


def test_the_ui_locale_country_falls_back_to_the_ui_languages(languages, monkeypatch):
    monkeypatch.setattr(language.QLocale, "system", staticmethod(lambda: QLocale("fr_FR")))
    assert language.locale_country() == "US"  # the English UI's own locale, en_US
    languages.apply("fa")
    assert language.locale_country() == "IR"
    monkeypatch.setattr(language.QLocale, "system", staticmethod(lambda: QLocale("fa_AF")))
    assert language.locale_country() == "AF"  # the system speaks Persian in Afghanistan
