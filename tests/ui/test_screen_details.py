"""What a new user sees: rows tall enough for their script, problems shown whole and gone
once fixed, flags of a readable size, a new customer that owes nothing to the previous one,
text placed by its own direction, columns sized to their content, the open customer named,
previews of the customer on screen only, save folders, and time zones by name."""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QIcon, QTextLayout
from PySide6.QtWidgets import QFileDialog, QLabel, QStyleOptionViewItem
from ui_helpers import fill, modal, open_customer, press_ok

from accountdesk.domain.enums import Language
from accountdesk.domain.errors import FieldProblem
from accountdesk.services.search import SearchResult
from accountdesk.ui.customers.model import FLAGS
from accountdesk.ui.file.overview import TimeZoneCombo
from accountdesk.ui.file.record_dialog import RecordDialog
from accountdesk.ui.search.model import SearchResultsModel
from accountdesk.ui.window import choosers
from accountdesk.ui.window.controller import system_time_zone

# ---------------------------------------------------------------- search rows


def drawn_height(text: str) -> float:
    """Each line as tall as the tallest font Qt really draws its glyphs with."""
    total = 0.0
    for line in text.split("\n"):
        layout = QTextLayout(line, QGuiApplication.font())
        layout.beginLayout()
        layout.createLine()
        layout.endLayout()
        fonts = [run.rawFont() for run in layout.glyphRuns()]
        total += max(f.ascent() + f.descent() for f in fonts)
    return total


def test_a_persian_result_has_room_for_both_its_lines(qtbot, languages):
    model = SearchResultsModel()
    persian = SearchResult(
        "contact", 1, 2, "داده‌پردازان پارس", "مریم احمدی", "+98 21 8888 7777", 1.0
    )
    latin = SearchResult("contact", 3, 4, "Acme Logistics", "Yossi Cohen", "+972 3-555-1234", 1.0)
    model.set_results("x", [persian, latin])
    rows = {model.result_at(r).title: r for r in range(model.rowCount()) if model.result_at(r)}
    for title in ("مریم احمدی", "Yossi Cohen"):
        index = model.index(rows[title], 0)
        text = model.data(index, Qt.ItemDataRole.DisplayRole)
        assert "\n" in text
        hint = model.data(index, Qt.ItemDataRole.SizeHintRole)
        assert hint.height() >= math.ceil(drawn_height(text)), title


# ---------------------------------------------------------------- problems under fields


def test_a_problem_of_two_lines_is_shown_whole_and_goes_once_fixed(qtbot, window):
    open_customer(qtbot, window, "Acme Logistics")
    contacts = window.file_view.show_tab("contacts")
    contacts.edit(0)
    dialog = modal(qtbot, RecordDialog)
    fill(dialog.form, name="")
    press_ok(dialog)
    label = dialog.form.errors["name"]
    qtbot.waitUntil(label.isVisible)
    assert "name" in label.text().lower()
    fill(dialog.form, name="Yossi Cohen")  # fixed: the problem goes at once
    assert label.isHidden() and "name" not in dialog.shown_problems()

    long = "Phone is not a valid number for Israel.\nFor example: 02-123-4567 or 050-123-4567"
    dialog.form.show_problem(FieldProblem("phone", long))
    phone = dialog.form.errors["phone"]
    qtbot.waitUntil(lambda: phone.isVisible() and phone.height() > 0)
    qtbot.wait(20)
    assert phone.text() == long
    assert phone.height() >= phone.heightForWidth(phone.width())  # nothing cut off
    assert phone.height() >= 2 * phone.fontMetrics().lineSpacing()
    fill(dialog.form, phone="03-555-1234")
    assert phone.isHidden()


# ---------------------------------------------------------------- the customer list


def test_attention_flags_are_as_tall_as_a_line_of_the_list(qtbot, window):
    view = window.customers.view
    model = window.list_model
    row = next(r for r in range(model.rowCount()) if model.data(model.index(r, FLAGS), 1))
    decoration = model.data(model.index(row, FLAGS), Qt.ItemDataRole.DecorationRole)
    assert isinstance(decoration, QIcon)
    size = decoration.availableSizes()[0]
    line = view.fontMetrics().height()
    assert size.height() == line >= 12 and size.width() > 2 * line
    assert view.iconSize().height() == line
    assert view.horizontalHeader().sectionSize(FLAGS) >= size.width()
    assert view.rowHeight(row) >= line + 4


# ---------------------------------------------------------------- a new customer


@pytest.mark.parametrize("code, language", [("en", Language.ENGLISH), ("fa", Language.PERSIAN)])
def test_a_new_customer_follows_the_ui_and_the_computer(qtbot, window, code, language):
    window.set_language(code)
    open_customer(qtbot, window, "Acme Logistics")  # reviewed 2020-01-01, Asia/Jerusalem
    window.actions_["new_customer"].trigger()
    file = window.context.session.file
    assert file.document_language == language
    assert file.window.timezone == system_time_zone()
    overview = window.file_view.show_tab("overview")
    review = overview.people_form.editors["next_review"]
    assert review.value() is None
    assert review.date.date().toPython() != dt.date(2020, 1, 1)
    assert overview.customer_form.editors["document_language"].value() == language
    window.set_language("en")


# ---------------------------------------------------------------- direction of cells and labels


def option_for(view, index) -> QStyleOptionViewItem:
    option = QStyleOptionViewItem()
    option.initFrom(view)
    view.itemDelegate().initStyleOption(option, index)
    return option


def ink_columns(view, index) -> tuple[int, int]:
    """The leftmost and rightmost columns of the cell where text is drawn, and its width
    (dark on light, or light on the selection's colour)."""
    view.scrollTo(index)
    rect = view.visualRect(index).intersected(view.viewport().rect())
    image = view.viewport().grab(rect).toImage()
    shades = [
        [image.pixelColor(x, y).lightness() for y in range(image.height())]
        for x in range(image.width())
    ]
    background = Counter(v for column in shades for v in column).most_common(1)[0][0]
    xs = [x for x, column in enumerate(shades) if any(abs(v - background) > 80 for v in column)]
    return min(xs), max(xs), image.width()


def test_hebrew_cells_start_at_the_right_in_an_english_window(qtbot, window):
    window.resize(1400, 800)  # room for a 300-pixel column beside the list
    open_customer(qtbot, window, "מרפאות השרון")
    systems = window.file_view.show_tab("systems")
    view = systems.table.view
    qtbot.waitUntil(
        lambda: view.isVisible() and view.visualRect(view.model().index(0, 0)).width() > 0
    )
    view.horizontalHeader().resizeSection(0, 300)  # wider than the text: where does it sit?
    view.horizontalHeader().resizeSection(2, 400)
    hebrew, host = view.model().index(0, 0), view.model().index(0, 2)
    left, right, width = ink_columns(view, hebrew)
    assert left > width / 2  # the name hugs the right edge of its cell
    left, right, width = ink_columns(view, host)
    assert right < width * 0.9 and left < 12  # the host name stays at the left
    option = option_for(view, hebrew)
    assert option.direction == Qt.LayoutDirection.RightToLeft  # cut at its end, on the left
    assert option_for(view, host).direction == Qt.LayoutDirection.LeftToRight


def test_an_english_host_stays_at_the_left_in_a_persian_window(qtbot, window):
    window.set_language("fa")
    open_customer(qtbot, window, "Acme Logistics")
    systems = window.file_view.show_tab("systems")
    view = systems.table.view
    host = view.model().index(0, 2)
    assert option_for(view, host).direction == Qt.LayoutDirection.LeftToRight
    window.set_language("en")


def test_the_cards_hebrew_boundaries_align_right_in_english(qtbot, window):
    open_customer(qtbot, window, "מרפאות השרון")
    session = window.context.session
    session.set_field("support_in_scope", "תחנות עבודה\nמדפסות ורשת", "edit")
    window.show_card()
    labels = [lbl for lbl in window.card.findChildren(QLabel) if "מדפסות" in lbl.text()]
    assert labels
    assert labels[0].alignment() & Qt.AlignmentFlag.AlignRight
    assert labels[0].layoutDirection() == Qt.LayoutDirection.RightToLeft


# ---------------------------------------------------------------- columns


def test_columns_fit_their_content_and_free_text_takes_the_rest(qtbot, window):
    open_customer(qtbot, window, "Acme Logistics")
    systems = window.file_view.show_tab("systems")
    view = systems.table.view
    header = view.horizontalHeader()
    host_width = view.fontMetrics().horizontalAdvance("erp-prod.acme.example")
    assert header.sectionSize(2) >= host_width
    char = view.fontMetrics().averageCharWidth()
    function = 7  # "Business function": free text
    assert header.sectionSize(function) >= 25 * char
    expectations = window.file_view.show_tab("expectations")
    words = expectations.table.view
    wanted = words.fontMetrics().horizontalAdvance("Mail must not go down")
    assert words.horizontalHeader().sectionSize(0) >= min(wanted, 25 * char)


def test_the_customer_list_fits_its_pane_whatever_its_width(qtbot, window):
    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)
    view = window.customers.view
    for left in (540, 700, 900):
        window.splitter.setSizes([left, 1200 - left])
        qtbot.wait(10)
        header = view.horizontalHeader()
        assert not view.horizontalScrollBar().isVisible()
        assert header.length() == view.viewport().width()
        name = header.sectionSize(0)
        assert name >= min(header.sectionSize(c) for c in range(1, FLAGS)) and name >= 120


# ---------------------------------------------------------------- header


def test_a_header_names_the_open_customer(qtbot, window):
    header = window.file_view.header
    assert header.isHidden()
    open_customer(qtbot, window, "מרפאות השרון")
    assert header.isVisible() and header.text() == "\u200e\u2068מרפאות השרון\u2069"
    window.context.session.set_field("name", "מרפאות השרון החדשות", "rename")
    assert header.text() == "\u200e\u2068מרפאות השרון החדשות\u2069"
    assert header.font().pointSizeF() > window.font().pointSizeF()
    window.actions_["new_customer"].trigger()  # the edits are answered below
    from ui_helpers import answer

    answer(qtbot, __import__("PySide6.QtWidgets").QtWidgets.QMessageBox.StandardButton.Discard)
    assert header.text() == "\u200e\u2068New customer\u2069"


# ---------------------------------------------------------------- summary preview


def test_the_summary_preview_is_of_the_customer_on_screen(qtbot, window):
    from accountdesk.ui.summaries.tab import SummariesTab

    tab = SummariesTab(window.context, window)
    tab.set_session(window.context.session)
    window.context.session_changed.connect(tab.set_session)
    open_customer(qtbot, window, "Acme Logistics")
    tab.generate()
    qtbot.waitUntil(lambda: tab.summary is not None, timeout=20000)
    open_customer(qtbot, window, "מרפאות השרון")
    assert tab.summary is None and tab.document.pageCount() == 0

    tab.generate()  # and a draft that arrives after the switch is dropped
    open_customer(qtbot, window, "Acme Logistics")
    qtbot.waitUntil(lambda: not tab._busy, timeout=20000)
    assert tab.summary is None and tab.document.pageCount() == 0
    assert "Generate a draft" in tab.status.text()


# ---------------------------------------------------------------- save folders


def test_save_dialogs_start_in_documents_then_in_the_last_folder(
    qtbot, window, tmp_path, monkeypatch
):
    asked = []

    def chooser(parent, title, start, filters):
        asked.append(start)
        return str(tmp_path / "exports" / "acme.json"), ""

    (tmp_path / "exports").mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", chooser)
    monkeypatch.chdir(tmp_path)
    first = choosers.save_path(window, "Export", "JSON (*.json)", "acme.json")
    assert first == tmp_path / "exports" / "acme.json"
    assert not asked[0].startswith(str(tmp_path) + "/acme")  # not the working directory
    assert asked[0].endswith("acme.json") and str(choosers.save_folder()) == str(
        tmp_path / "exports"
    )
    choosers.save_path(window, "Export", "JSON (*.json)", "globex.json")
    assert asked[1] == str(tmp_path / "exports" / "globex.json")
    assert window.settings.save_folder() == tmp_path / "exports"


# ---------------------------------------------------------------- time zones


@pytest.mark.parametrize(
    "code, shown", [("en", "Israel Time — Jerusalem"), ("he", "שעון ישראל — ירושלים")]
)
def test_time_zones_are_shown_by_name_and_kept_as_ids(qtbot, window, code, shown):
    window.set_language(code)
    open_customer(qtbot, window, "Acme Logistics")
    overview = window.file_view.show_tab("overview")
    combo = overview.window_form.editor("timezone", TimeZoneCombo)
    assert combo.currentText() == shown
    assert combo.value() == "Asia/Jerusalem"
    combo.fill()
    row = combo.findData("Asia/Tehran")
    assert combo.itemText(row) != "Asia/Tehran"
    combo.setCurrentIndex(row)
    assert window.context.session.file.window.timezone == "Asia/Tehran"
    window.set_language("en")


def test_a_time_zone_id_typed_as_is_is_kept(qtbot, languages):
    combo = TimeZoneCombo()
    qtbot.addWidget(combo)
    combo.setEditText("Europe/Paris")
    assert combo.value() == "Europe/Paris"
    combo.set_value("Asia/Tehran")
    assert combo.currentText() == "Iran Time — Tehran" and combo.value() == "Asia/Tehran"
