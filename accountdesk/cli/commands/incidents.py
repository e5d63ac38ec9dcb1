"""`accountdesk incidents import`: a helpdesk's ticket export (CSV or .xlsx) into the
customers' incidents. All or nothing: one bad row imports nothing."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from accountdesk.cli.common import CliError, add_db_option, open_database, read_input

if TYPE_CHECKING:
    from accountdesk.cli.common import Subparsers
from accountdesk.domain.errors import ImportFormatError


def add_parser(subparsers: Subparsers) -> None:
    parser = subparsers.add_parser(
        "incidents",
        help="import incidents from a helpdesk's ticket export",
        description="Incidents and outages, from the helpdesk the provider runs.",
    )
    commands = parser.add_subparsers(title="commands", metavar="COMMAND", required=True)
    importing = commands.add_parser(
        "import",
        help="import a ticket export (CSV or Excel .xlsx)",
        description="Read a helpdesk's ticket export and add or update each ticket's "
        "incident. Tickets already imported and unchanged are left alone; rows whose "
        "customer matches no customer's name or alias are listed and left out. Nothing is "
        "imported if any row is bad.",
    )
    importing.add_argument("file", metavar="FILE", type=Path, help="the export: CSV or .xlsx")
    importing.add_argument(
        "--mapping",
        default="generic",
        metavar="zammad|glpi|jira|odoo|generic|MAPPING.json",
        help="how the export's columns map onto incidents: a ready mapping or a saved "
        "mapping file (default: generic, the format in the README)",
    )
    add_db_option(importing)
    importing.set_defaults(run=run_import)


def run_import(args: argparse.Namespace) -> int:
    from accountdesk.services.incidents.importer import import_incidents
    from accountdesk.services.incidents.mappings import load_mapping

    data = read_input(args.file)
    try:
        mapping = load_mapping(args.mapping)
    except FileNotFoundError as exc:
        raise CliError(f"--mapping: {args.mapping}: no such ready mapping or file") from exc
    try:
        with open_database(args, create=False) as db:
            result = import_incidents(db, data, mapping)
    except ImportFormatError as exc:
        problems = exc.lines
        if len(problems) == 1:
            raise CliError(f"{args.file}: {problems[0]}; nothing was imported") from exc
        raise CliError(
            f"{args.file}: {len(problems)} problems; nothing was imported", problems
        ) from exc
    print(
        f"{args.file}: {result.added} added, {result.updated} updated, "
        f"{result.unchanged} unchanged, {len(result.unmatched)} unmatched"
    )
    for row in result.unmatched:
        print(f"  unmatched: line {row.line}: ticket {row.ticket}: customer '{row.customer}'")
    return 0
