"""`accountdesk demo`: a database with the demo customers, for trying things out."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from accountdesk.cli.common import add_db_option, open_database

if TYPE_CHECKING:
    from accountdesk.cli.common import Subparsers


def add_parser(subparsers: Subparsers) -> None:
    parser = subparsers.add_parser(
        "demo",
        help="create a database with demo data",
        description="Fill a database with thirteen demo customers (Hebrew, Persian, Arabic and "
        "English). A database that already has customers is refused.",
    )
    add_db_option(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from accountdesk.services.demo import create_demo  # kept out of every other command's start

    with open_database(args, create=True) as db:
        ids = create_demo(db)
        print(f"created {len(ids)} demo customers in {db.location}")
    return 0
