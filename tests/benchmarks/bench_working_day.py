"""A working day in the app: memory must level off, not grow with every action.

    python tests/benchmarks/bench_working_day.py [--actions 2000] [--warm-up 200]
                                                 [--language-every 25] [--summary-every 40]
                                                 [--tracemalloc] [--db EXISTING.db]

A scripted session on the demo database (offscreen unless QT_QPA_PLATFORM is set), as a
supporter and an account manager use the app through a day, cycling:

    search (typed into the real field) → open a result → the supporter's card →
    edit a field and save → undo and save → … → another language every N actions,
    a summary preview (generated, shown in the Summaries tab) every M actions.

Printed: resident memory (RSS) after the warm-up and at the end, every 100 actions on the
way, with live widgets, QObjects under the main window, Python objects by type that grew,
and, with --tracemalloc, the lines whose allocations grew most since the warm-up.
Target: the session ends within 20 MiB of where it stood after the warm-up.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))

GROWTH_TARGET_MIB = 20.0
LANGUAGES = ("he", "fa", "en")


def rss_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def wait(ms: int) -> None:
    """Run the event loop for `ms` (QTest.qWait would keep the worker threads waiting)."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_until(condition: Callable[[], bool], timeout_s: float = 20.0) -> bool:
    deadline = time.perf_counter() + timeout_s
    while not condition():
        if time.perf_counter() > deadline:
            return False
        wait(5)
    return True


# ---------------------------------------------------------------- the session


class WorkingDay:
    def __init__(self, app: Any, window: Any, queries: list[str]) -> None:
        self.app = app
        self.window = window
        self.queries = queries
        self.done = 0
        self.language = 0
        self.result: Any = None
        self.failures: Counter[str] = Counter()

    # Each step is one user action.

    def search(self) -> None:
        box = self.window.search
        query = self.queries[self.done % len(self.queries)]
        shown: list[str] = []
        box.results_shown.connect(shown.append)
        box.field.clear()
        box.field.insert(query)
        ok = wait_until(lambda: query.strip() in shown, 10)
        box.results_shown.disconnect(shown.append)
        rows = box.model.rowCount()
        self.result = box.model.result_at(box.model.first_result_row()) if ok and rows else None
        if self.result is None:
            self.failures["search found nothing"] += 1

    def open_result(self) -> None:
        if self.result is None:
            return
        self.window.open_result(self.result)
        wanted = self.result.customer_id
        if not wait_until(
            lambda: (
                self.window.context.session is not None
                and self.window.context.session.file.id == wanted
            ),
            10,
        ):
            self.failures["open"] += 1

    def card(self) -> None:
        if self.result is None:
            return
        self.window.card_for_result(self.result)
        self.app.processEvents()

    def edit_and_save(self) -> None:
        session = self.window.context.session
        if session is None:
            return
        overview = self.window.file_view.tab("overview")
        industry = session.file.industry.split(" #")[0]
        overview.customer_form.editors["industry"].set_value(f"{industry} #{self.done}")
        self.app.processEvents()
        if not self.window.controller.save():
            self.failures["save"] += 1

    def undo_and_save(self) -> None:
        if self.window.context.session is None:
            return
        self.window.undo_group.undo()
        self.app.processEvents()
        if self.window.context.session.dirty and not self.window.controller.save():
            self.failures["save after undo"] += 1

    def switch_language(self) -> None:
        self.language = (self.language + 1) % len(LANGUAGES)
        self.window.set_language(LANGUAGES[self.language])
        self.app.processEvents()

    def preview_summary(self) -> None:
        if self.window.context.session is None:
            return
        tab = self.window.file_view.show_tab("summaries")
        self.app.processEvents()
        real = getattr(tab, "real", tab)
        real.generate()
        if not wait_until(lambda: not real._busy, 60):
            self.failures["summary"] += 1
        self.app.processEvents()
        self.window.file_view.show_tab("overview")

    def run(self, count: int, language_every: int, summary_every: int) -> None:
        cycle = (self.search, self.open_result, self.card, self.edit_and_save, self.undo_and_save)
        step = 0
        target = self.done + count
        while self.done < target:
            self.done += 1
            if language_every and self.done % language_every == 0:
                self.switch_language()
            elif summary_every and self.done % summary_every == 0:
                self.preview_summary()
            else:
                cycle[step % len(cycle)]()
                step += 1
        self.app.processEvents()


# ---------------------------------------------------------------- what is alive


def qt_counts(app: Any) -> dict[str, int]:
    # Not findChildren(QObject): the wrappers it makes for Qt's own children (text
    # documents, layouts) stay with their parent's wrapper and would be counted as growth.
    return {"widgets": len(app.allWidgets()), "top-level": len(app.topLevelWidgets())}


def python_counts() -> Counter[str]:
    gc.collect()
    return Counter(type(o).__name__ for o in gc.get_objects())


def settle(app: Any) -> None:
    from PySide6.QtCore import QCoreApplication, QEvent, QThreadPool

    QThreadPool.globalInstance().waitForDone(20000)
    for _ in range(3):
        app.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


def snapshot(label: str, app: Any, day: WorkingDay) -> dict[str, Any]:
    settle(app)
    figures = {"rss": rss_mib(), **qt_counts(app), "python": python_counts()}
    qt = ", ".join(f"{k} {v}" for k, v in figures.items() if k not in ("rss", "python"))
    print(f"  {label:>22}: {day.done:5d} actions  RSS {figures['rss']:7.1f} MiB  {qt}", flush=True)
    return figures


def print_growth(before: dict[str, Any], after: dict[str, Any]) -> None:
    grown = after["python"] - before["python"]
    print("  Python objects that grew since the warm-up (type: +count):")
    for name, count in grown.most_common(12):
        print(f"    {name:32} +{count}")


# ---------------------------------------------------------------- set-up


def make_window(db_path: Path, home: Path) -> tuple[Any, Any]:
    from PySide6.QtCore import QSettings

    from accountdesk.storage.database import Database
    from accountdesk.ui.app import make_application, register_extra_tabs
    from accountdesk.ui.language import LanguageManager
    from accountdesk.ui.settings import Settings
    from accountdesk.ui.window.main_window import MainWindow

    app = make_application()
    register_extra_tabs()
    languages = LanguageManager(app)
    languages.apply("en")
    settings = Settings(QSettings(str(home / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(Database(db_path), settings, languages)
    window.resize(1440, 900)
    window.show()
    app.processEvents()
    return app, window


def demo_queries(db_path: Path) -> list[str]:
    """What a supporter types: parts of customer, system and contact names."""
    from accountdesk.services import service_files as sf
    from accountdesk.storage.database import Database

    db = Database(db_path)
    try:
        queries = []
        for customer_id in sf.customer_ids(db):
            file = sf.load_file(db, customer_id)
            queries.append(file.name.split()[0])
            queries += [s.name for s in file.systems[:2]]
            queries += [c.name.split()[0] for c in file.contacts[:2]]
    finally:
        db.close()
    return [q for q in dict.fromkeys(queries) if len(q) >= 2]


def make_demo(path: Path) -> None:
    from accountdesk.services.demo import create_demo
    from accountdesk.storage.database import Database

    db = Database(path)
    try:
        create_demo(db)
    finally:
        db.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--actions", type=int, default=2000)
    parser.add_argument("--warm-up", type=int, default=200)
    parser.add_argument("--language-every", type=int, default=25)
    parser.add_argument("--summary-every", type=int, default=40)
    parser.add_argument("--tracemalloc", action="store_true", help="also trace Python allocations")
    parser.add_argument("--db", type=Path, help="an existing database (default: a new demo one)")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as folder:
        db_path = args.db
        if db_path is None:
            db_path = Path(folder) / "demo.sqlite3"
            make_demo(db_path)
        queries = demo_queries(db_path)
        app, window = make_window(db_path, Path(folder))
        day = WorkingDay(app, window, queries)
        started = time.perf_counter()
        print(f"a working day: {args.actions} actions ({len(queries)} queries)")
        snapshot("window open", app, day)
        day.run(args.warm_up, args.language_every, args.summary_every)
        warm = snapshot("after warm-up", app, day)
        if args.tracemalloc:
            import tracemalloc

            tracemalloc.start(8)
            traced = tracemalloc.take_snapshot()
        last = warm
        while day.done < args.actions:
            day.run(min(100, args.actions - day.done), args.language_every, args.summary_every)
            last = snapshot(f"{day.done} actions", app, day)
        growth = last["rss"] - warm["rss"]
        after_warm_up = max(1, day.done - args.warm_up)
        print(
            f"  RSS after warm-up {warm['rss']:.1f} MiB, at the end {last['rss']:.1f} MiB: "
            f"{growth:+.1f} MiB ({growth / after_warm_up * 100:+.2f} MiB per 100 actions) "
            f"(target ≤ {GROWTH_TARGET_MIB:g} MiB) {'ok' if growth <= GROWTH_TARGET_MIB else 'OVER'}"
        )
        print(
            f"  {time.perf_counter() - started:.0f} s; failed steps: {dict(day.failures) or 'none'}"
        )
        print_growth(warm, last)
        if args.tracemalloc:
            print("  allocations that grew most since the warm-up:")
            for stat in tracemalloc.take_snapshot().compare_to(traced, "traceback")[:10]:
                print(
                    f"    {stat.size_diff / 1024:+9.1f} KiB {stat.count_diff:+7d}  {stat.traceback[0]}"
                )
                for frame in list(stat.traceback)[1:4]:
                    print(f"        {frame}")
        window._may_close = True
        window.close()
        window.context.db.close()
        return 0 if growth <= GROWTH_TARGET_MIB and not day.failures else 1


if __name__ == "__main__":
    sys.exit(main())
