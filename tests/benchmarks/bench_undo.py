"""Editing a large service file in the real window: keystrokes, undo and redo.

    python tests/benchmarks/bench_undo.py [--systems 500] [--keys 200]

A customer with 500 systems (and 50 contacts, 8 expectations) is saved into a new database
and opened in the main window (offscreen unless QT_QPA_PLATFORM is set). Each keystroke is
a key event sent to the Overview's Industry field and timed until the file holds the new
text and the window has repainted what changed (the event loop run until idle). Undo and
redo are timed the same way, through the window's actions, for the typing (one merged step)
and for list edits in the 500-row Systems tab (delete, move). Each figure is printed beside
its target.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

KEYSTROKE_TARGET_MS = 16.0  # one frame at 60 Hz


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def report(what: str, value: float, target: float | None = None, note: str = "") -> bool:
    ok = target is None or value <= target
    goal = f"(target ≤ {target:g} ms)" if target is not None else ""
    mark = "" if target is None else ("ok" if ok else "OVER")
    print(f"  {what:44} {value:8.2f} ms {goal:20} {mark:4} {note}")
    return ok


def big_file(systems: int):
    from accountdesk.domain.service_file import (
        ContactData,
        ExpectationData,
        ServiceFile,
        SystemData,
    )

    contacts = [
        ContactData(name=f"Contact {i}", phone=f"03-555-{1000 + i}", email=f"c{i}@acme.example")
        for i in range(50)
    ]
    return ServiceFile(
        name="Acme Logistics",
        industry="Logistics",
        contacts=contacts,
        systems=[
            SystemData(
                name=f"srv-{i:04d}",
                host=f"srv-{i:04d}.acme.local",
                address=f"10.0.{i // 250}.{i % 250}",
                serial=f"SN-{i:06d}",
                business_function="Order processing and invoicing for the northern region",
                owner_key=contacts[i % 50].key,
            )
            for i in range(systems)
        ],
        expectations=[ExpectationData(customer_words=f"Expectation {i}") for i in range(8)],
    )


def settle(app) -> None:
    """Run the event loop until nothing is pending: the edit handled and painted."""
    from PySide6.QtCore import QCoreApplication

    app.processEvents()
    QCoreApplication.sendPostedEvents()
    app.processEvents()


def timed(app, action) -> float:
    started = time.perf_counter()
    action()
    settle(app)
    return (time.perf_counter() - started) * 1000


def run(systems: int, keys: int) -> bool:
    from PySide6.QtCore import QSettings
    from PySide6.QtTest import QTest

    from accountdesk.services import service_files as sf
    from accountdesk.storage.database import Database
    from accountdesk.ui.app import make_application
    from accountdesk.ui.language import LanguageManager
    from accountdesk.ui.settings import Settings
    from accountdesk.ui.window.main_window import MainWindow

    ok = True
    with tempfile.TemporaryDirectory() as folder:
        db = Database(Path(folder) / "undo.sqlite3", create=True)
        saved = sf.save_file(db, big_file(systems))
        assert saved.id is not None
        app = make_application()
        LanguageManager(app).apply("en")
        settings = Settings(
            QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
        )
        window = MainWindow(db, settings, LanguageManager(app))
        window.resize(1440, 900)
        window.show()
        settle(app)
        window.controller.open_customer(saved.id)
        settle(app)
        session = window.context.session
        assert session is not None and len(session.file.systems) == systems

        overview = window.file_view.show_tab("overview")
        field = overview.customer_form.editors["industry"]
        field.setFocus()
        field.end(False)
        settle(app)
        letters = "freight and warehousing "
        times = []
        for i in range(keys):
            char = letters[i % len(letters)]
            times.append(timed(app, lambda c=char: QTest.keyClick(field, c)))
        typed = "".join(letters[i % len(letters)] for i in range(keys))
        assert session.file.industry == "Logistics" + typed, session.file.industry
        print(f"{keys} keystrokes into Industry, {systems} systems in the file")
        ok &= report(
            "keystroke → file updated and painted: p50",
            statistics.median(times),
            KEYSTROKE_TARGET_MS,
        )
        ok &= report(
            "keystroke → file updated and painted: p95",
            percentile(times, 0.95),
            KEYSTROKE_TARGET_MS,
            f"worst {max(times):.1f} ms",
        )
        assert session.undo_stack.count() == 1  # one merged step

        undo, redo = window.actions_.undo, window.actions_.redo
        undos, redos = [], []
        for _ in range(20):
            undos.append(timed(app, undo.trigger))
            assert field.text() == "Logistics"
            redos.append(timed(app, redo.trigger))
            assert field.text() == "Logistics" + typed
        print("undo and redo of the typing (one merged step), 20 times each")
        ok &= report(
            "undo: p95",
            percentile(undos, 0.95),
            KEYSTROKE_TARGET_MS,
            f"median {statistics.median(undos):.2f} ms",
        )
        ok &= report(
            "redo: p95",
            percentile(redos, 0.95),
            KEYSTROKE_TARGET_MS,
            f"median {statistics.median(redos):.2f} ms",
        )

        tab = window.file_view.show_tab("systems")
        settle(app)
        edits, undos, redos = [], [], []
        for i in range(20):
            edits.append(
                timed(app, lambda i=i: session.delete_row("systems", i * 7, "Delete system"))
            )
            undos.append(timed(app, undo.trigger))
            redos.append(timed(app, redo.trigger))
            undos.append(timed(app, undo.trigger))
        for i in range(20):
            edits.append(
                timed(app, lambda i=i: session.move_row("systems", i * 11, 1, "Reorder system"))
            )
            undos.append(timed(app, undo.trigger))
            redos.append(timed(app, redo.trigger))
        assert tab.model.rowCount() == systems
        print(f"list edits in the Systems tab ({systems} rows shown): 20 deletes, 20 moves")
        ok &= report("delete or move a row: p95", percentile(edits, 0.95), KEYSTROKE_TARGET_MS)
        ok &= report(
            "undo: p95",
            percentile(undos, 0.95),
            KEYSTROKE_TARGET_MS,
            f"median {statistics.median(undos):.2f} ms",
        )
        ok &= report(
            "redo: p95",
            percentile(redos, 0.95),
            KEYSTROKE_TARGET_MS,
            f"median {statistics.median(redos):.2f} ms",
        )
        window._may_close = True
        window.close()
        db.close()
    print("all within targets" if ok else "SOME FIGURES ARE OVER TARGET")
    return ok


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--systems", type=int, default=500)
    parser.add_argument("--keys", type=int, default=200)
    args = parser.parse_args(argv)
    return 0 if run(args.systems, args.keys) else 1


if __name__ == "__main__":
    sys.exit(main())
