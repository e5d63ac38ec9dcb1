"""Starting the desktop app, the command's default. Qt is imported only here, and only then."""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable
from pathlib import Path

from accountdesk.cli.common import CliError
from accountdesk.storage.locations import demo_database_path


def run(args: argparse.Namespace) -> int:
    if args.demo and args.db:
        raise CliError(
            "--demo uses a demo database of its own; leave out --db "
            "(to put demo data in a file of your choice: accountdesk demo --db PATH)"
        )
    app = desktop_app()
    # Without --db the app opens the database it used last (or the default one).
    path = fresh_demo_database() if args.demo else args.db
    # A database the app cannot use is the app's to explain: it offers to open or create
    # another, which a person who started it from a desktop icon can act on.
    return app(path, args.demo, args.lang)


def desktop_app() -> Callable[[Path | None, bool, str | None], int]:
    """The UI's entry point, once it is clear that Qt can open a window here.

    Qt aborts with a paragraph of its own when its platform plugin cannot load: this says
    it in one line (exit 2) before Qt is imported.
    """
    from accountdesk.ui.platform_check import platform_problem

    problem = platform_problem()
    if problem is not None:
        raise CliError(problem)
    from accountdesk.ui.app import run as run_app

    return run_app


def fresh_demo_database() -> Path:
    """A new demo database in the cache folder, replacing the last one."""
    path = demo_database_path()
    try:
        _remove_database(path)
    except OSError:
        # Another instance still has the old demo open (Windows locks it): use a new name.
        path = path.with_name(f"demo-{os.getpid()}.sqlite3")
        _remove_database(path)
    from accountdesk.services.demo import create_demo  # only when the demo is asked for
    from accountdesk.storage.database import Database

    db = Database(path, create=True)
    try:
        create_demo(db)
    finally:
        db.close()
    return path


def _remove_database(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
