"""The Feedback tab: the customer's words over every channel, a score on its scale, and
the follow-up; added through its dialog, shown in the table, undone like any edit."""

from __future__ import annotations

import datetime as dt

from ui_helpers import fill, modal, open_customer, press_ok

from accountdesk.domain.enums import FeedbackScale
from accountdesk.ui.file.record_dialog import RecordDialog
from accountdesk.ui.formatting import plain
from accountdesk.ui.labels import label


def shown_rows(tab) -> list[list[str]]:
    model = tab.table.view.model()
    return [
        [plain(model.data(model.index(row, column))) for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


def test_feedback_is_added_with_its_scale_and_follow_up_and_undone(qtbot, window):
    open_customer(qtbot, window, "Acme Logistics")
    tab = window.file_view.show_tab("feedback")
    before = shown_rows(tab)
    tab.table.add_button.click()
    dialog = modal(qtbot, RecordDialog)
    fill(
        dialog.form,
        received_on=dt.date(2026, 11, 3),
        channel="complaint",
        given_by="Tom Hart",
        customer_words="The night shift could not reach anyone for an hour",
        scale="csat",
        score=6,
        follow_up="Call Tom with the on-call rota",
        follow_up_due=dt.date(2026, 11, 10),
    )
    press_ok(dialog)
    assert dialog.shown_problems() == {"score": "Score must be between 1 and 5 on the CSAT scale"}
    fill(dialog.form, score=2)
    press_ok(dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    added = [row for row in shown_rows(tab) if row not in before]
    assert added == [
        [
            "3 Nov 2026",
            "Complaint",
            "2 (CSAT)",
            "Tom Hart",
            "The night shift could not reach anyone for an hour",
            "",
            "10 Nov 2026",
            "Open",
        ]
    ]
    assert window.isWindowModified()
    window.actions_.undo.trigger()
    assert shown_rows(tab) == before


def test_the_last_twelve_months_figures_follow_the_feedback(qtbot, window):
    open_customer(qtbot, window, "Acme Logistics")
    tab = window.file_view.show_tab("feedback")
    session = window.context.session
    today = dt.date.today()
    for score in (10, 9, 3):
        tab.table.add_button.click()
        dialog = modal(qtbot, RecordDialog)
        fill(dialog.form, received_on=today, channel="survey", scale="nps", score=score)
        press_ok(dialog)
        qtbot.waitUntil(dialog.isHidden)
    back = today.year * 12 + today.month - 1 - 11  # the month eleven months back
    start = dt.date(back // 12, back % 12 + 1, 1)
    answers = [f for f in session.file.feedback if f.scale == "nps" and f.received_on >= start]
    assert f"({len(answers)} answers)" in tab.figures.text()
    assert len(tab.chart.months) == 12 and tab.chart.months[-1].nps is not None


def test_the_months_and_the_scales_follow_the_digits_setting(qtbot, window):
    # The number of months is a figure like the others: Arabic or Persian digits, or 0-9.
    open_customer(qtbot, window, "Acme Logistics")
    tab = window.file_view.show_tab("feedback")
    window.set_language("ar")
    qtbot.waitUntil(lambda: tab.figures.text().startswith("آخر ١٢ شهرًا: NPS"))
    assert tab.portfolio.text().startswith("جميع العملاء، آخر ١٢ شهرًا: NPS")
    assert label(FeedbackScale.CSAT) == "CSAT (الرضا، ١ إلى ٥)"
    window.set_language("fa")
    qtbot.waitUntil(lambda: tab.figures.text().startswith("۱۲ ماه گذشته: NPS"))
    assert label(FeedbackScale.NPS) == "NPS (تمایل به توصیه، ۰ تا ۱۰)"
    window.set_language_option("native_digits", False)
    qtbot.waitUntil(lambda: tab.figures.text().startswith("12 ماه گذشته: NPS"))
    assert label(FeedbackScale.CES) == "CES (سختی کار برای مشتری، 1 تا 7)"
    window.set_language_option("native_digits", True)
    window.set_language("en")
    qtbot.waitUntil(lambda: tab.figures.text().startswith("Last 12 months: NPS"))
    assert label(FeedbackScale.CSAT) == "CSAT (satisfaction, 1–5)"
