"""F4 / Ctrl+K opens the card of the customer the supporter has found, not the one open."""

from __future__ import annotations

from PySide6.QtCore import Qt
from ui_helpers import open_customer


def find(qtbot, window, text: str) -> None:
    with qtbot.waitSignal(window.search.results_shown, timeout=5000):
        window.search.field.setText(text)  # as typed (QTest types Latin keys only)


def test_the_card_shortcut_opens_the_highlighted_results_customer(qtbot, window):
    open_customer(qtbot, window, "Acme Logistics")
    find(qtbot, window, "רונית")
    result = window.search.model.result_at(window.search.current_row())
    assert result.kind == "contact"
    window.actions_["card"].trigger()
    card = window.card
    assert card.isVisible() and card.file.name == "מרפאות השרון"
    assert card.focus == ("contact", result.ref_id)
    assert card.highlighted is not None
    assert window.context.session.file.name == "Acme Logistics"  # the open file stays


def test_the_shortcut_follows_the_highlight_as_it_moves(qtbot, window):
    open_customer(qtbot, window, "מרפאות השרון")
    find(qtbot, window, "example")
    box = window.search
    rows = [r for r in range(box.model.rowCount()) if box.model.result_at(r) is not None]
    names = {box.model.result_at(r).customer_id for r in rows}
    assert len(names) > 1
    box.select_row(rows[-1])
    window.actions_["card"].trigger()
    assert window.card.file.id == box.model.result_at(rows[-1]).customer_id


def test_the_shortcut_before_the_results_arrive_opens_the_first_result(qtbot, window):
    open_customer(qtbot, window, "Acme Logistics")
    window.search.field.setText("مریم")
    window.actions_["card"].trigger()
    qtbot.waitUntil(lambda: window.card is not None and window.card.isVisible(), timeout=5000)
    assert window.card.file.name == "داده‌پردازان پارس"


def test_without_results_the_shortcut_opens_the_open_customers_card(qtbot, window):
    open_customer(qtbot, window, "Acme Logistics")
    find(qtbot, window, "רונית")
    qtbot.keyClick(window.search.field, Qt.Key.Key_Escape)
    window.actions_["card"].trigger()
    assert window.card.file.name == "Acme Logistics" and window.card.focus is None
