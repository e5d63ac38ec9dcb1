"""The collector runs less often while the app starts, and as before once it is up."""

from __future__ import annotations

import gc
import subprocess
import sys

from accountdesk.ui import collection

SCRIPT = """
import gc
before = gc.get_threshold()
import accountdesk.ui
print(before[0], gc.get_threshold()[0])
"""


def test_loading_the_ui_holds_the_collector_back():
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr[-500:]
    before, during = map(int, done.stdout.split())
    assert during == collection.STARTING_THRESHOLD > before


def test_release_gives_back_the_thresholds_held_and_holding_again_works():
    collection.release()  # whatever the session's imports left
    usual = gc.get_threshold()
    try:
        collection.hold()
        assert gc.get_threshold() == (collection.STARTING_THRESHOLD, *usual[1:])
        collection.release()
        assert gc.get_threshold() == usual
        collection.release()  # a second release changes nothing
        assert gc.get_threshold() == usual
    finally:
        gc.set_threshold(*usual)


def test_the_main_window_first_shown_ends_the_hold(qtbot, db, settings, languages):
    from accountdesk.ui.window.main_window import MainWindow

    collection.release()
    usual = gc.get_threshold()
    collection.hold()
    main = MainWindow(db, settings, languages)
    qtbot.addWidget(main)
    assert gc.get_threshold()[0] == collection.STARTING_THRESHOLD  # built while held
    main.show()
    assert gc.get_threshold() == usual
    main._may_close = True
