"""`accountdesk import`: service files from a JSON document, or systems and contacts
from a CSV file into one customer. All or nothing: one bad entry imports nothing."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from accountdesk.cli.common import (
    CliError,
    add_db_option,
    check_input,
    open_database,
    progress_bar,
    read_input,
)

if TYPE_CHECKING:
    from accountdesk.cli.common import Subparsers
from accountdesk.domain.errors import ImportFormatError
from accountdesk.domain.phones import clean_country, is_country
from accountdesk.services.csv_format import Target


def add_parser(subparsers: Subparsers) -> None:
    parser = subparsers.add_parser(
        "import",
        help="import service files (JSON), or systems or contacts (CSV)",
        description="Import the customers in an AccountDesk JSON document (customers whose "
        "names already exist are refused), or, with --csv, add systems or contacts from a "
        "CSV file to one customer. Nothing is imported if anything is wrong.",
    )
    parser.add_argument("file", metavar="FILE", type=Path, help="the JSON document or CSV file")
    parser.add_argument(
        "--csv", choices=[t.value for t in Target], help="the file is CSV with these rows"
    )
    parser.add_argument(
        "--customer", metavar="CUSTOMER", help="with --csv: the customer's id or exact name"
    )
    parser.add_argument(
        "--phone-region",
        metavar="CC",
        help="country (ISO 3166 code such as IL, IR or GB) for phone numbers written "
        "without +country code: for CSV, of contacts without a country cell (default: the "
        "customer's country); for JSON, of staff numbers (contacts' are read in the "
        "contact's or customer's country)",
    )
    add_db_option(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if args.csv and not args.customer:
        raise CliError("--csv needs --customer CUSTOMER (an id or an exact name)")
    if args.customer and not args.csv:
        raise CliError("--customer goes with --csv; a JSON document names its own customers")
    region = clean_country(args.phone_region)
    if region and not is_country(region):
        raise CliError(f"--phone-region: '{region}' is not a country code (such as IL, IR or GB)")
    args.phone_region = region or None
    try:
        return _import_csv(args, read_input(args.file)) if args.csv else _import_json(args)
    except ImportFormatError as exc:
        raise nothing_imported(args.file, exc.lines) from exc


def _import_json(args: argparse.Namespace) -> int:
    from accountdesk.services import json_format

    check_input(args.file)
    region = args.phone_region
    with (
        open_database(args, create=False) as db,
        progress_bar(f"importing {args.file.name}") as progress,
    ):
        ids = json_format.import_file(db, args.file, region, progress)
    for warning in json_format.direction_control_warnings(args.file):
        print(f"accountdesk: warning: {warning}", file=sys.stderr)
    print(f"imported {len(ids)} customer(s) from {args.file}")
    return 0


def _import_csv(args: argparse.Namespace, data: bytes) -> int:
    from accountdesk.services import csv_import
    from accountdesk.services.service_files import find_customer_id

    region = args.phone_region
    with open_database(args, create=False) as db:
        customer_id = find_customer_id(db, args.customer)
        count = csv_import.import_csv(db, customer_id, data, args.csv, region)
    print(f"imported {count} {args.csv} from {args.file}")
    return 0


def nothing_imported(path: Path, problems: list[str]) -> CliError:
    if len(problems) == 1:
        return CliError(f"{path}: {problems[0]}; nothing was imported")
    return CliError(f"{path}: {len(problems)} problems; nothing was imported", problems)
