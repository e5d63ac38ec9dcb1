"""`accountdesk init`: a new, empty database. With `demo`, the only commands that create one."""

from __future__ import annotations

import argparse
from pathlib import Path

from accountdesk.cli.common import CliError, add_db_option, database_path, open_database


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "init",
        help="create a new, empty database",
        description="Create a new, empty AccountDesk database. An existing database is "
        "left as it is.",
    )
    add_db_option(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    path = database_path(args)
    if isinstance(path, Path) and path.exists() and path.stat().st_size > 0:
        raise CliError(f"{path} already exists; nothing was changed")
    with open_database(args, create=True) as db:
        print(f"created an empty database in {db.location}")
    return 0
