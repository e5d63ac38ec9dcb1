"""Every wrapped label of the window keeps its right-to-left lines inside its box: none is
a plain word-wrapping QLabel, which would run a line's last word past its left edge."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QLabel, QWidget
from ui_helpers import ink_columns, open_customer

import accountdesk.ui
from accountdesk.ui.widgets.wrapped_label import WrappedLabel

HEBREW_CUSTOMER = "מרפאות השרון"
NOTICE = "הקובץ פגום: הבדיקה המהירה מצאה שגיאות, ואין לכתוב אליו עד שישוחזר מגיבוי שנבדק."


def plain_wrapped_labels(root: QWidget) -> list[str]:
    return [
        f"{type(label.parent()).__name__}.{label.objectName() or label.text()[:30]!r}"
        for label in root.findChildren(QLabel)
        if label.wordWrap() and not isinstance(label, WrappedLabel)
    ]


def test_no_wrapped_label_of_the_hebrew_window_is_a_plain_one(qtbot, tabbed_window):
    window = tabbed_window
    window.set_language("he")
    window.home.show_notice(NOTICE)
    open_customer(qtbot, window, HEBREW_CUSTOMER)
    tabs = window.file_view.tabs
    for index in range(tabs.count()):  # a tab builds its widgets when first shown
        tabs.setCurrentIndex(index)
        qtbot.wait(10)
    window.actions_["card"].trigger()
    qtbot.waitUntil(lambda: window.card is not None and window.card.isVisible())
    windows = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert window in windows and window.card in windows
    wrapped = [label for w in windows for label in w.findChildren(WrappedLabel)]
    assert len(wrapped) > 10  # the walk did reach the tabs and the card
    assert [name for w in windows for name in plain_wrapped_labels(w)] == []


def test_the_home_notice_stays_inside_its_box_at_any_width(qtbot, window):
    window.set_language("he")
    window.home.show_notice(NOTICE)
    notice = window.home.notice
    assert isinstance(notice, WrappedLabel)
    for width in range(140, 400, 7):
        notice.resize(width, notice.heightForWidth(width))
        left, right = ink_columns(notice)
        assert left >= 0 and right < width, (width, left, right)


def test_the_cards_hebrew_paragraphs_stay_inside_their_boxes(qtbot, window):
    window.set_language("he")
    open_customer(qtbot, window, HEBREW_CUSTOMER)
    window.actions_["card"].trigger()
    qtbot.waitUntil(lambda: window.card is not None and window.card.isVisible())
    labels = [
        label
        for label in window.card.findChildren(WrappedLabel)
        if label.isVisible() and len(label.text()) > 20
    ]
    assert labels
    for label in labels:
        for width in range(140, 400, 11):
            label.resize(width, label.heightForWidth(width))
            left, right = ink_columns(label)
            assert left >= 0 and right < width, (label.text()[:20], width, left, right)


def test_no_dialog_wraps_a_plain_label():
    """Dialogs the walk above does not open: none sets a QLabel wrapping itself."""
    ui = Path(accountdesk.ui.__file__).parent
    not_labels = {"wrapped_label.py", "figures_view.py"}  # the fix itself; a tree's rows
    wrapping = [
        f"{path.relative_to(ui)}:{number}"
        for path in ui.rglob("*.py")
        if path.name not in not_labels
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if "setWordWrap(True)" in line
    ]
    assert wrapping == []
