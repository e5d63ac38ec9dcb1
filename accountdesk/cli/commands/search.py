"""`accountdesk search`: customers, systems and contacts matching a query."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from accountdesk.cli.common import CliError, add_db_option, one_line, open_database

if TYPE_CHECKING:
    from accountdesk.cli.common import Subparsers


def add_parser(subparsers: Subparsers) -> None:
    parser = subparsers.add_parser(
        "search",
        help="find customers, systems and contacts",
        description="Search names, host names, addresses, serial numbers, phones and e-mails. "
        "One line per match: kind, customer, title, detail (tab-separated).",
    )
    parser.add_argument(
        "query", metavar="QUERY", help="words, part of a host name, the last digits of a phone ..."
    )
    add_db_option(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if not args.query.strip():
        raise CliError("give something to search for")
    from accountdesk.services.search import search

    with open_database(args, create=False) as db:
        results = search(db, args.query)
    for r in results:
        print("\t".join(one_line(v) for v in (r.kind, r.customer_name, r.title, r.detail)))
    return 0
