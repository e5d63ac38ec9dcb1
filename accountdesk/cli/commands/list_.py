"""`accountdesk list`: the customers, one per line, tab-separated."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from accountdesk.cli.common import add_db_option, one_line, open_database

if TYPE_CHECKING:
    from accountdesk.cli.common import Subparsers


def add_parser(subparsers: Subparsers) -> None:
    parser = subparsers.add_parser(
        "list",
        help="list the customers",
        description="One line per customer: id, name, document language, dedicated supporter "
        "(tab-separated).",
    )
    add_db_option(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from accountdesk.services.service_files import list_customers

    with open_database(args, create=False) as db:
        rows = list_customers(db)
    for row in rows:
        print(
            "\t".join(
                one_line(v) for v in (row.id, row.name, row.document_language.value, row.supporter)
            )
        )
    return 0
