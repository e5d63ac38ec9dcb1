"""The Feedback tab: the customer's words over every channel, a score on its scale, and
the follow-up; added through its dialog, shown in the table, undone like any edit."""

from __future__ import annotations

import datetime as dt

from ui_helpers import fill, modal, open_customer, press_ok

from accountdesk.ui.file.record_dialog import RecordDialog
from accountdesk.ui.formatting import plain


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
