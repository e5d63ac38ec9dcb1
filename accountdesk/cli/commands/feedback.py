"""`accountdesk feedback import FILE`: survey results (CSV) into the feedback of the
customers each row names. All or nothing: one bad row imports nothing."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from accountdesk.cli.commands.import_ import nothing_imported
from accountdesk.cli.common import add_db_option, open_database, read_input
from accountdesk.domain.errors import ImportFormatError

if TYPE_CHECKING:
    from accountdesk.cli.common import Subparsers


def add_parser(subparsers: Subparsers) -> None:
    parser = subparsers.add_parser(
        "feedback",
        help="the customers' feedback: import survey results (CSV)",
        description="Work with the feedback of the customers.",
    )
    actions = parser.add_subparsers(title="actions", metavar="ACTION", required=True)
    survey = actions.add_parser(
        "import",
        help="add survey results from a CSV file",
        description="Add each row of a CSV file as feedback of the customer it names. The "
        "header names the columns: customer (exact name) and received_on (YYYY-MM-DD) are "
        "required; channel, scale (csat, nps, ces), score, given_by, customer_words, "
        "follow_up, follow_up_owner, follow_up_due, follow_up_done and follow_up_outcome "
        "may follow. Nothing is imported if any row is wrong.",
    )
    survey.add_argument("file", metavar="FILE", type=Path, help="the CSV file")
    add_db_option(survey)
    survey.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from accountdesk.services.survey_import import import_survey

    data = read_input(args.file)
    try:
        with open_database(args, create=False) as db:
            count = import_survey(db, data)
    except ImportFormatError as exc:
        raise nothing_imported(args.file, exc.lines) from exc
    print(f"imported {count} feedback row(s) from {args.file}")
    return 0
