"""Language in one place: switching at run time re-translates and mirrors the whole window."""

from __future__ import annotations

import subprocess

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication
from ui_helpers import open_customer

from accountdesk._build import qt_tool
from accountdesk.domain import messages as m
from accountdesk.domain.errors import FieldProblem
from accountdesk.domain.languages import CODES
from accountdesk.ui import language
from accountdesk.ui.labels import problem_text
from accountdesk.ui.widgets.editors import TextLine

HEBREW_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="he_IL">
<context><name>OverviewTab</name>
 <message><source>Overview</source><translation>סקירה</translation></message></context>
<context><name>Actions</name>
 <message><source>&amp;File</source><translation>&amp;קובץ</translation></message></context>
</TS>
"""


@pytest.fixture
def hebrew_translations(tmp_path, monkeypatch):
    lrelease = qt_tool("lrelease")
    source = tmp_path / "accountdesk_he.ts"
    source.write_text(HEBREW_TS, encoding="utf-8")
    subprocess.run(
        [*lrelease, str(source), "-qm", str(tmp_path / "accountdesk_he.qm")],
        check=True,
        capture_output=True,
    )
    monkeypatch.setattr(language, "translation_dirs", lambda: [tmp_path])
    return tmp_path


def test_hebrew_mirrors_the_window_and_sets_the_locale(qtbot, window, settings):
    window.set_language("he")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert (
        window.isRightToLeft()
        and window.file_view.isRightToLeft()
        and window.customers.view.isRightToLeft()
    )
    assert QLocale().name() == "he_IL"
    assert window.actions_.languages["he"].isChecked()
    assert settings.language() == "he"
    window.set_language("en")
    assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_persian_is_right_to_left_too(qtbot, window):
    window.set_language("fa")
    assert window.isRightToLeft()
    assert QLocale().name() == "fa_IR"


def test_switching_language_retranslates_without_a_restart(qtbot, window, hebrew_translations):
    open_customer(qtbot, window, "Acme Logistics")  # the file's tabs are built when one opens
    assert window.file_view.tabs.tabText(0) == "Overview"
    window.set_language("he")
    qtbot.waitUntil(lambda: window.file_view.tabs.tabText(0) == "סקירה")
    assert window.actions_.menus["file"].title() == "&קובץ"
    # A word of the catalogues follows the switch too.
    problem = FieldProblem("name", m.REQUIRED, {"field": m.FIELD_LABELS["name"]})
    assert problem_text(problem) == "שם: שדה חובה"
    window.set_language("en")
    qtbot.waitUntil(lambda: window.file_view.tabs.tabText(0) == "Overview")
    assert window.actions_.menus["file"].title() == "&File"
    assert problem_text(problem) == "Name is required"


def test_qt_own_buttons_follow_the_language(qtbot, window):
    window.set_language("he")
    from PySide6.QtWidgets import QDialogButtonBox

    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "ביטול"


def test_a_field_holding_hebrew_reads_right_to_left_in_an_english_window(qtbot, languages):
    field = TextLine()
    qtbot.addWidget(field)
    field.set_value("מרפאות השרון")
    assert field.layoutDirection() == Qt.LayoutDirection.RightToLeft
    field.set_value("mail01.acme.example")
    assert field.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_an_email_stays_left_to_right_in_a_persian_window(qtbot, window):
    window.set_language("fa")
    field = TextLine()
    qtbot.addWidget(field)
    assert field.layoutDirection() == Qt.LayoutDirection.RightToLeft  # empty: as the UI
    field.set_value("maryam@pars.example")
    assert field.layoutDirection() == Qt.LayoutDirection.LeftToRight


@pytest.mark.parametrize("code", CODES)
def test_every_next_review_date_fits_its_column_in_each_language(qtbot, window, code):
    from accountdesk.ui.customers.model import NEXT_REVIEW

    window.set_language(code)
    view = window.customers.view
    model = view.model()
    assert model.rowCount() > 0
    metrics = view.fontMetrics()
    mark = view.style().pixelMetric(view.style().PixelMetric.PM_SmallIconSize)
    texts = [model.index(row, NEXT_REVIEW).data() for row in range(model.rowCount())]
    assert any(texts)
    for text in texts:
        assert metrics.horizontalAdvance(text) + mark < view.columnWidth(NEXT_REVIEW), text


@pytest.mark.parametrize("code", CODES)
def test_the_customer_lists_titles_are_not_cut(qtbot, window, code):
    from accountdesk.ui.customers.model import INDUSTRY, NEXT_REVIEW, SUPPORTER

    window.set_language(code)
    view = window.customers.view
    metrics = view.horizontalHeader().fontMetrics()
    for column in (INDUSTRY, SUPPORTER, NEXT_REVIEW):
        title = view.model().headerData(column, Qt.Orientation.Horizontal)
        assert metrics.horizontalAdvance(title) < view.columnWidth(column), title
