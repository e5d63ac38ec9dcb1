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
        "(tab-separated). Archived customers are left out unless asked for; with --all they "
        "are marked 'archived' in a fifth column.",
    )
    which = parser.add_mutually_exclusive_group()
    which.add_argument("--archived", action="store_true", help="only the archived customers")
    which.add_argument("--all", action="store_true", help="archived customers too")
    add_db_option(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from accountdesk.services.customer_list import Archived, CustomerFilter
    from accountdesk.services.service_files import list_customers

    archived = Archived.ONLY if args.archived else Archived.INCLUDE if args.all else Archived.HIDE
    with open_database(args, create=False) as db:
        rows = list_customers(db, CustomerFilter(archived=archived))
    for row in rows:
        values: list[object] = [row.id, row.name, row.document_language.value, row.supporter]
        if args.all:
            values.append("archived" if row.archived else "")
        print("\t".join(one_line(v) for v in values))
    return 0
