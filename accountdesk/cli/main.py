"""`accountdesk`: with no command it starts the desktop app; commands script the data.

Bad input gets one line on standard error (`accountdesk: error: ...`) and exit status 2,
never a traceback; the database is left as it was.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import sqlite3
import sys
import warnings
from collections.abc import Callable, Sequence
from pathlib import Path

from accountdesk import __version__
from accountdesk.cli import launch, process
from accountdesk.cli.commands import (
    backup,
    copy,
    demo,
    export,
    feedback,
    home,
    import_,
    incidents,
    init,
    lifecycle,
    list_,
    report_,
    restore,
    schema,
    search,
    summary,
    team,
    verify,
)
from accountdesk.cli.common import CliError, add_db_option, database_path, describe_os_error
from accountdesk.domain.errors import AccountDeskError, DamagedDatabaseError
from accountdesk.domain.languages import CODES

PROG = "accountdesk"
USAGE_ERROR = 2

# Each command is a module with add_parser(subparsers) and run(args) -> int.
COMMANDS = [
    init,
    demo,
    import_,
    feedback,
    export,
    schema,
    list_,
    search,
    lifecycle,
    incidents,
    report_,
    home,
    summary,
    verify,
    backup,
    restore,
    copy,
    team,
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Service files for IT service providers. Without a command, starts the desktop app.",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    add_db_option(parser, top_level=True)
    parser.add_argument(
        "--demo",
        action="store_true",
        help="start the app on a fresh demo database of its own (never your database)",
    )
    parser.add_argument("--lang", choices=CODES, help="the app's language (default: the system's)")
    parser.set_defaults(run=launch.run)
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")
    for command in COMMANDS:
        command.add_parser(commands)
    return parser


def program() -> int:
    """The `accountdesk` program: the console script and `python -m accountdesk`."""
    hide_library_deprecation_warnings()
    process.started_as_program()
    return main()


def hide_library_deprecation_warnings() -> None:
    """Deprecation notices from libraries (cryptography's about DSA, when pyHanko loads) are
    for their developers; on a user's terminal they read like a problem with the file.

    Only filters are set here, before any command imports a library; the libraries load
    later (cryptography on `verify` and `summary --sign`), so start-up stays quick.
    AccountDesk's own deprecations are left to Python's usual rules.
    """
    not_ours = r"(?!accountdesk)"  # the module a warning is attributed to
    warnings.filterwarnings("ignore", message=".*deprecat", module=not_ours)
    warnings.filterwarnings("ignore", category=DeprecationWarning, module=not_ours)
    warnings.filterwarnings("ignore", category=PendingDeprecationWarning, module=not_ours)


def main(argv: Sequence[str] | None = None) -> int:
    use_utf8_output()
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.run is not launch.run and (args.demo or args.lang):
        parser.error("--demo and --lang are for starting the desktop app, not for a command")
    process.imports_done()
    try:
        run: Callable[[argparse.Namespace], int] = args.run
        return run(args)
    except CliError as exc:
        return report(str(exc), exc.details)
    except DamagedDatabaseError as exc:
        if exc.backup is None:
            return report(str(exc))
        return report(f"{exc} (accountdesk restore {exc.backup} --db {exc.path})")
    except AccountDeskError as exc:
        return report(str(exc))
    except BrokenPipeError:
        return stop_writing()
    except OSError as exc:
        return report(describe_os_error(exc))
    except database_errors() as exc:
        # A database that opened but fails later (locked, damaged pages, disk errors): one line.
        return report(database_failure(database_path(args), exc))
    except KeyboardInterrupt:
        return 130


def database_failure(path: Path | str, exc: Exception) -> str:
    from accountdesk.domain.errors import DatabaseLockedError
    from accountdesk.storage.database import is_locked

    if is_locked(exc):
        return str(DatabaseLockedError(str(path)))
    return f"{path}: {getattr(exc, 'orig', None) or exc}"


def database_errors() -> tuple[type[Exception], ...]:
    """sqlite3's errors, and SQLAlchemy's once it is loaded: a command that never imported
    it (`summary` reads without the ORM) cannot meet one, and need not import it to say so."""
    sqlalchemy_errors = sys.modules.get("sqlalchemy.exc")
    if sqlalchemy_errors is None:
        return (sqlite3.Error,)
    return (sqlalchemy_errors.SQLAlchemyError, sqlite3.Error)


def report(message: str, details: Sequence[str] = ()) -> int:
    # A message quotes what the user gave (a file's keys and values): a line break or a
    # control character in it is written visibly, so each problem stays on its own line.
    from accountdesk.domain.bidi import escape_invisible

    print(f"{PROG}: error: {escape_invisible(message)}", file=sys.stderr)
    for line in details:
        print(f"  {escape_invisible(line)}", file=sys.stderr)
    return USAGE_ERROR


def stop_writing() -> int:
    """The reader went away (`accountdesk list | head`): stop quietly, as other tools do."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    return 1


def use_utf8_output() -> None:
    """Hebrew and Persian must print even where the terminal's encoding is not UTF-8."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            # A stream that cannot change encoding now prints what it can.
            with contextlib.suppress(ValueError, io.UnsupportedOperation):
                reconfigure(encoding="utf-8", errors="replace")
