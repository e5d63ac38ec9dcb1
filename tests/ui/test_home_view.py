"""The home view: what falls due, one click from its record; notifications once a day."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QSettings, Qt

from accountdesk.domain.agenda import FOLLOW_UP, RISK, AgendaItem, AgendaKind, falls_due
from accountdesk.domain.bidi import LRI, PDI, RLI
from accountdesk.domain.service_file import (
    ActionItemData,
    FeedbackData,
    MeetingData,
    ServiceFile,
)
from accountdesk.i18n.agenda import AgendaWords
from accountdesk.services import service_files as sf
from accountdesk.services.home import AgendaQuery, agenda
from accountdesk.ui.formatting import fmt, isolate_in_line, ui_isolate
from accountdesk.ui.home.notifier import Notifier
from accountdesk.ui.home.view import CUSTOMER, DUE, WHAT
from accountdesk.ui.labels import ui_words
from accountdesk.ui.settings import Settings

TODAY = dt.date.today()


@pytest.fixture(autouse=True)
def _today(monkeypatch):
    """The date as each test begins, not as the module was read: a run may cross midnight."""
    monkeypatch.setitem(globals(), "TODAY", dt.date.today())


@pytest.fixture
def home_db(db):
    """A customer of Dana's with a follow-up overdue and an action item due today."""
    sf.save_file(
        db,
        ServiceFile(
            name="Northwind Clinics",
            supporter="Dana Levi",
            next_review=TODAY + dt.timedelta(days=3),
            feedback=[
                FeedbackData(
                    received_on=TODAY - dt.timedelta(days=10),
                    follow_up="Call the IT manager back",
                    follow_up_due=TODAY - dt.timedelta(days=2),
                )
            ],
            meetings=[
                MeetingData(
                    held_on=TODAY - dt.timedelta(days=20),
                    action_items=[ActionItemData(text="Send the minutes", due=TODAY)],
                )
            ],
        ),
    )
    return db


def rows(window) -> dict[str, list[tuple[str, str, str]]]:
    """Each section's title and its rows as the user reads them."""
    tree = window.home.tree
    found = {}
    for s in range(tree.topLevelItemCount()):
        section = tree.topLevelItem(s)
        found[section.text(CUSTOMER)] = [
            (
                section.child(r).text(CUSTOMER),
                section.child(r).text(WHAT),
                section.child(r).text(DUE),
            )
            for r in range(section.childCount())
        ]
    return found


def shown(qtbot, window) -> None:
    qtbot.waitUntil(lambda: window.home.agenda is not None, timeout=5000)


def plain(text: str) -> str:
    return "".join(ch for ch in text if ch not in "\u2066\u2067\u2068\u2069\u200e\u200f")


def test_the_home_view_is_first_and_lists_what_falls_due(qtbot, home_db, window):
    shown(qtbot, window)
    assert window.right_stack.currentWidget() is window.home
    sections = {plain(k): [tuple(plain(x) for x in r) for r in v] for k, v in rows(window).items()}
    assert sections["Feedback follow-ups (1)"] == [
        (
            "Northwind Clinics",
            f"Follow up on feedback of {fmt().date(TODAY - dt.timedelta(days=10))}: "
            "Call the IT manager back",
            "overdue by 2 days",
        )
    ]
    assert sections["Open action items (1)"] == [
        ("Northwind Clinics", "Action item: Send the minutes", "due today")
    ]
    reviews = next(v for k, v in sections.items() if k.startswith("Reviews overdue or due soon"))
    assert ("Northwind Clinics", "Review the service file", "due in 3 days") in reviews


def test_a_click_opens_the_customer_at_the_record(qtbot, home_db, window):
    shown(qtbot, window)
    tree = window.home.tree
    section = next(
        tree.topLevelItem(i)
        for i in range(tree.topLevelItemCount())
        if plain(tree.topLevelItem(i).text(CUSTOMER)).startswith("Feedback follow-ups")
    )
    row = section.child(0)
    rect = tree.visualItemRect(row)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: window.context.session is not None, timeout=5000)
    assert window.context.session.file.name == "Northwind Clinics"
    assert window.right_stack.currentWidget() is window.file_view
    assert window.file_view.current_key() == "feedback"
    tab = window.file_view.tab("feedback")
    feedback_id = window.context.session.file.feedback[0].id
    assert tab.model.record(tab.table.current_row()).id == feedback_id
    window.actions_["home"].trigger()
    assert window.right_stack.currentWidget() is window.home


def test_enter_on_a_row_opens_it_too(qtbot, home_db, window):
    shown(qtbot, window)
    tree = window.home.tree
    section = next(
        tree.topLevelItem(i)
        for i in range(tree.topLevelItemCount())
        if plain(tree.topLevelItem(i).text(CUSTOMER)).startswith("Open action items")
    )
    tree.setCurrentItem(section.child(0))
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.context.session is not None, timeout=5000)
    assert window.file_view.current_key() == "meetings"


def test_my_customers_are_the_signed_in_staff_members(qtbot, home_db, window):
    shown(qtbot, window)
    assert not window.home.mine.isEnabled()  # nobody chosen: everyone's agenda
    everyone = sum(len(v) for v in rows(window).values())
    combo = window.customers.supporter
    combo.setCurrentIndex(combo.findData("Dana Levi"))
    qtbot.waitUntil(lambda: window.home.mine.isEnabled(), timeout=5000)
    assert "Dana Levi" in window.home.mine.text()
    mine = {plain(c) for v in rows(window).values() for c, _w, _d in v}
    danas = {
        row.name
        for row in sf.list_customers(home_db)
        if "Dana Levi" in _roles(sf.load_file(home_db, row.id))
    }
    assert "Northwind Clinics" in mine and mine <= danas
    window.home.mine.setChecked(False)
    assert sum(len(v) for v in rows(window).values()) == everyone


def _roles(file: ServiceFile) -> set[str]:
    return {file.account_manager, file.supporter, file.backup_supporter}


def test_the_home_view_mirrors_right_to_left(qtbot, home_db, window, languages):
    shown(qtbot, window)
    languages.apply("he")
    window.home.refresh()
    home = window.home
    assert home.layoutDirection() == Qt.LayoutDirection.RightToLeft
    header = home.tree.header()
    # The customer column stands at the right, where a Hebrew reader starts.
    assert header.sectionViewportPosition(CUSTOMER) > header.sectionViewportPosition(WHAT)
    titles = [plain(t) for t in rows(window)]
    assert any("המשך טיפול במשוב" in t for t in titles)
    # The title starts at the right edge, the filter at the left.
    qtbot.waitUntil(lambda: home.mine.geometry().x() < home.title.geometry().x(), timeout=3000)


def test_a_notification_once_per_item_and_day(tmp_path, home_db):
    settings = Settings(QSettings(str(tmp_path / "n.ini"), QSettings.Format.IniFormat))
    said: list[tuple[str, str]] = []
    notifier = Notifier(settings, lambda title, text: said.append((title, text)))
    items = [
        i
        for i in agenda(home_db, AgendaQuery(today=TODAY)).items
        if i.customer == "Northwind Clinics"
    ]
    first = notifier.check(items, TODAY)
    assert {i.kind for i in first} == {AgendaKind.FOLLOW_UP, AgendaKind.ACTION_ITEM}
    assert said[0][0] == "2 items due today or overdue"
    assert "Call the IT manager back" in said[0][1] and "overdue by 2 days" in said[0][1]
    assert notifier.check(items, TODAY) == [] and len(said) == 1
    tomorrow = TODAY + dt.timedelta(days=1)
    assert len(notifier.check(items, tomorrow)) == 2  # still due the next day: said again
    settings.set_notifications(False)
    assert notifier.check(items, tomorrow + dt.timedelta(days=1)) == []


def test_the_window_notifies_what_falls_due_without_a_tray(qtbot, home_db, window, settings):
    shown(qtbot, window)  # offscreen there is no tray: the notice is in the window
    due = [i for i in window.home.agenda.items if falls_due(i, TODAY)]
    notice = window.home.notice
    assert notice.isVisible() and notice.text().startswith(f"{len(due)} items due today or overdue")
    assert "Call the IT manager back" in notice.text()
    assert settings.notified(TODAY.isoformat()) == {i.key for i in due}
    notice.clear()
    window.home.refresh()
    assert notice.text() == ""  # said once today


def _follow_up(n: int) -> AgendaItem:
    return AgendaItem(
        AgendaKind.FOLLOW_UP,
        n,
        f"Customer {n}",
        "feedback",
        n,
        TODAY - dt.timedelta(days=1),
        FOLLOW_UP,
        {"text": f"Call back {n}"},
        {"received": TODAY - dt.timedelta(days=5)},
    )


def test_the_notice_above_the_list_counts_its_items_and_points_below(qapp):
    items = [_follow_up(n) for n in range(1, 6)]
    title, text = Notifier.message(items, TODAY, in_view=True)
    assert title == "5 items due today or overdue"
    lines = text.splitlines()
    assert len(lines) == 4 and plain(lines[-1]) == "and 2 more, listed below"
    assert "home view" not in text
    _title, elsewhere = Notifier.message(items, TODAY)  # a tray's balloon
    assert plain(elsewhere.splitlines()[-1]) == "and 2 more on the home view"


@pytest.mark.parametrize(
    "code, opening, closing, isolate, mark",
    [("en", "“", "”", LRI, "\u200e"), ("fa", "«", "»", RLI, "\u200f")],
)
def test_a_quoted_excerpt_keeps_its_marks_on_the_readers_sides(
    qapp, languages, code, opening, closing, isolate, mark
):
    languages.apply(code)
    say = AgendaWords(ui_words(), fmt(), isolate_in_line, ui_isolate)
    # A Persian excerpt cut short, and an English one, each in the other's UI.
    for words in ("VPN شعبه‌ها هر روز صبح قطع می‌شود و کسی…", "A till that stops on a Saturday…"):
        risk = AgendaItem(AgendaKind.RISK, 1, "X", "expectations", 1, None, RISK, {"cause": words})
        said = say.what(risk)
        # The marks and the excerpt (its own ellipsis inside) are one isolate of the
        # UI's direction; the excerpt within is isolated in its own.
        assert f"{isolate}{opening}\u2068{words}\u2069" in said
        assert f"\u2069{mark}{closing}{PDI}" in said
