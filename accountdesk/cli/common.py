"""What every command shares: where the database is, reading and writing files, and
turning problems into one line for the person at the terminal."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from accountdesk.storage.locations import default_database_path
from accountdesk.storage.server_urls import is_server_url

if TYPE_CHECKING:
    from typing import TypeAlias

    from accountdesk.storage.database import Database

    # What `ArgumentParser.add_subparsers()` returns: each command adds its parser to it.
    Subparsers: TypeAlias = argparse._SubParsersAction[argparse.ArgumentParser]


class CliError(Exception):
    """Bad input: one line for the user (plus optional detail lines), exit status 2."""

    def __init__(self, message: str, details: list[str] | None = None) -> None:
        super().__init__(message)
        self.details = details or []


def add_db_option(parser: argparse.ArgumentParser, *, top_level: bool = False) -> None:
    # A command's --db must not hide one given before the command (`accountdesk --db X list`),
    # so only the top level has a default.
    parser.add_argument(
        "--db",
        metavar="PATH|URL",
        type=database_target,
        default=None if top_level else argparse.SUPPRESS,
        help=f"the database file (default: {default_database_path()}), or a team database "
        "on a PostgreSQL server: postgresql://host/dbname",
    )


def database_target(text: str) -> Path | str:
    """A file's path, or a server's URL kept as written (a path would fold its '//')."""
    return text if is_server_url(text) else Path(text)


def database_path(args: argparse.Namespace) -> Path | str:
    return getattr(args, "db", None) or default_database_path()


def existing_database_path(args: argparse.Namespace) -> Path | str:
    """The database for a command that does not create one, and how to create it if missing."""
    path = database_path(args)
    if isinstance(path, str):
        return path  # the server says whether it is there, when connecting
    if not path.exists():
        raise CliError(
            f"{path} does not exist; create it first with "
            f"'accountdesk init --db {path}' (or 'accountdesk demo --db {path}' for demo data)"
        )
    return path


def database_file_path(args: argparse.Namespace, *, existing: bool = True) -> Path:
    """The database for a command that works on its file (backups): not a team database,
    whose backups are its server's."""
    path = existing_database_path(args) if existing else database_path(args)
    if isinstance(path, str):
        raise CliError(
            f"{path} is a team database on a server: its backups are the server's "
            "(pg_dump), not AccountDesk's"
        )
    return path


@contextmanager
def open_database(args: argparse.Namespace, *, create: bool) -> Iterator[Database]:
    """The command's database. Only creating commands pass `create=True`; for every other
    a missing, empty or foreign file is refused and left as it was."""
    from accountdesk.storage.database import Database  # the ORM: only for commands that use it

    path = database_path(args) if create else existing_database_path(args)
    db = Database(path, create=create)
    try:
        yield db
    except BaseException:
        db.close()  # the error is the one line to say
        raise
    db.close()
    for problem in db.problems:  # worth knowing, but the command itself succeeded
        print(f"accountdesk: warning: no backup was made: {problem}", file=sys.stderr)


def read_input(path: Path) -> bytes:
    check_input(path)
    try:
        return path.read_bytes()
    except FileNotFoundError as exc:
        raise CliError(f"{path}: no such file") from exc


def check_input(path: Path) -> None:
    """The file can be read, for a command that reads it as it goes."""
    if path.is_dir():
        raise CliError(f"{path} is a folder, not a file")
    if not path.exists():
        raise CliError(f"{path}: no such file")


@contextmanager
def progress_bar(label: str) -> Iterator[Callable[[int, int], None] | None]:
    """A progress bar on standard error while the block runs, when that is a terminal;
    what it yields is told (done, total) as the work goes on (None: nothing to tell)."""
    stream = sys.stderr
    if not stream.isatty():
        yield None
        return
    shown = [-1]

    def show(done: int, total: int) -> None:
        percent = 100 * done // total if total else 100
        if percent != shown[0]:
            shown[0] = percent
            filled = BAR_WIDTH * percent // 100
            bar = "#" * filled + "-" * (BAR_WIDTH - filled)
            stream.write(f"\r{label} [{bar}] {percent:3d}%")
            stream.flush()

    try:
        yield show
    finally:
        if shown[0] >= 0:
            stream.write("\r\x1b[K")  # the bar goes; what follows starts a clean line
            stream.flush()


BAR_WIDTH = 30


def write_output(path: Path | None, text: str) -> None:
    """Write to the file whole or not at all; no path (or '-') means standard output."""
    if path is None or str(path) == "-":
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    if path.is_dir():
        raise CliError(f"{path} is a folder, not a file")
    if not path.parent.is_dir():
        raise CliError(f"cannot write {path}: the folder {path.parent} does not exist")
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        temporary.write_bytes(text.encode("utf-8"))
        os.replace(temporary, path)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise CliError(f"cannot write {path}: {_reason(exc)}") from exc


def describe_os_error(exc: OSError) -> str:
    return f"{exc.filename}: {_reason(exc)}" if exc.filename else _reason(exc)


def _reason(exc: OSError) -> str:
    return (exc.strerror or str(exc)).lower()


def one_line(value: object) -> str:
    """A value for tab-separated output: no tabs or line breaks inside it, and invisible or
    control characters written visibly (`<U+202E>`), so none can reverse or hide what the
    terminal shows."""
    from accountdesk.domain.bidi import escape_invisible

    return escape_invisible(" ".join(str(value).split()))
