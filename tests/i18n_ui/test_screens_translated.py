"""Every screen and dialog, opened in Hebrew and in Persian: right to left, and no English left.

Each screen below is opened as a user opens it, on the real window with a customer open;
every string a user can read or hear on it is collected (see i18n_screens). A string that
still holds Latin letters once the test data and the few words every language shares are
taken out was not translated. A screen added to the app is covered by adding one opener to
SCREENS.
"""

from __future__ import annotations

import getpass
from collections.abc import Callable, Iterator

import pytest
from i18n_screens import (  # noqa: F401 - fixtures
    RTL_LANGUAGES,
    SAMPLE_FILES,
    SCREENS,
    Judge,
    compiled_translations,
    data_strings,
    db,
    make_window,
    menu_texts,
    settings,
    show_tab,
    template_db,
    visible_texts,
    wait_idle,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMainWindow, QWidget

from accountdesk.services import service_files as sf

Opener = Callable[..., Iterator[QWidget]]
RTL = Qt.LayoutDirection.RightToLeft


@pytest.fixture
def judge(db):
    staff = [s.name for s in sf.list_staff(db)]
    # The History tab names who saved: the staff, or the computer's user when none was chosen.
    people = [*staff, getpass.getuser()]
    return Judge(data_strings(*(make() for make in SAMPLE_FILES), people))


def check(top: QWidget, judge: Judge) -> list[str]:
    """What is wrong with one window or dialog: its direction, and words left in English."""
    name = f"{type(top).__name__} “{top.windowTitle()}”"
    problems = []
    if top.layoutDirection() != RTL:
        problems.append(f"{name}: laid out left to right")
    seen = visible_texts(top)
    if isinstance(top, QMainWindow):
        for action in top.menuBar().actions():
            if not action.menu().isRightToLeft():
                problems.append(f"{name}: menu “{action.menu().title()}” laid out left to right")
            seen += menu_texts(action.menu())
    problems += [f"{name}: {line}" for line in judge.english(seen)]
    return problems


@pytest.mark.parametrize("screen", list(SCREENS))
@pytest.mark.parametrize("lang", RTL_LANGUAGES)
def test_screen_is_right_to_left_and_has_no_english(
    qtbot, make_window, judge, tmp_path, lang, screen
):
    window = make_window(lang)
    problems = []
    shown = 0
    for top in SCREENS[screen](qtbot, window, judge, tmp_path):
        shown += 1
        problems += check(top, judge)
    assert shown
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("lang", RTL_LANGUAGES)
def test_switching_language_at_run_time_leaves_no_english(qtbot, make_window, judge, lang):
    """Started in English, switched from the Language menu: every tab, the menus and an
    open supporter's card re-translate."""
    window = make_window("en")
    for key in ("summaries", "signing"):
        show_tab(qtbot, window, key)
    window.actions_["card"].trigger()
    qtbot.waitUntil(lambda: window.card is not None and window.card.isVisible())
    window.actions_.languages[lang].trigger()
    wait_idle(qtbot)  # the language change reaches the windows as posted events
    window.statusBar().clearMessage()  # a message said before the switch stays as it was said
    problems = check(window.card, judge)
    for tab in window.file_view.all_tabs():
        show_tab(qtbot, window, tab.key)
        problems += check(window, judge)
    assert not problems, "\n".join(sorted(set(problems)))


def test_an_untranslated_label_is_found(qtbot, make_window, judge):
    """The check itself: a label written without tr() in a Hebrew window is reported."""
    window = make_window("he")
    overview = show_tab(qtbot, window, "overview")
    planted = QLabel("Hello", overview)
    planted.show()
    problems = check(window, judge)
    assert any("'Hello'" in line and "not marked for translation" in line for line in problems), (
        problems
    )
