"""`accountdesk schema`: the JSON Schema of the service-file format, as published."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING

from accountdesk.cli.common import write_output

if TYPE_CHECKING:
    from accountdesk.cli.common import Subparsers


def add_parser(subparsers: Subparsers) -> None:
    parser = subparsers.add_parser(
        "schema",
        help="print the JSON Schema of the service-file format",
        description="Write the JSON Schema (draft 2020-12) of the documents 'accountdesk "
        "export' writes and 'accountdesk import' reads.",
    )
    parser.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        type=Path,
        help="the file to write (default: standard output)",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from accountdesk.services.json_schema import service_file_schema

    text = json.dumps(service_file_schema(), ensure_ascii=False, indent=2) + "\n"
    write_output(args.output, text)
    return 0
