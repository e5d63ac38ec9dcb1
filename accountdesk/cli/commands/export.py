"""`accountdesk export`: service files as an AccountDesk JSON document."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from accountdesk.cli.common import CliError, add_db_option, open_database, write_output

if TYPE_CHECKING:
    from accountdesk.cli.common import Subparsers


def add_parser(subparsers: Subparsers) -> None:
    parser = subparsers.add_parser(
        "export",
        help="export service files as JSON",
        description="Write the service files of the named customers (or all, with --all) as "
        "one AccountDesk JSON document, which 'accountdesk import' reads back.",
    )
    parser.add_argument(
        "customers", nargs="*", metavar="CUSTOMER", help="a customer's id or exact name"
    )
    parser.add_argument("--all", action="store_true", help="every customer")
    parser.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        type=Path,
        help="the file to write (default: standard output)",
    )
    add_db_option(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if args.all == bool(args.customers):
        raise CliError("name the customers to export (id or exact name), or give --all")
    from accountdesk.services.json_format import dumps, export_customers
    from accountdesk.services.service_files import customer_ids, find_customer_id

    with open_database(args, create=False) as db:
        ids = customer_ids(db) if args.all else [find_customer_id(db, c) for c in args.customers]
        text = dumps(export_customers(db, ids))
    write_output(args.output, text)
    if args.output is not None and str(args.output) != "-":
        print(f"exported {len(ids)} customer(s) to {args.output}")
    return 0
