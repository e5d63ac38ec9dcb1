"""`accountdesk report`: achieved against agreed for one customer and period, as figures
(`--json`, for scripts) or as the service report's PDF (`-o FILE.pdf`); `--issue` and
`--sign P12` issue and sign the period's report versions as `summary` does its own."""

from __future__ import annotations

import argparse
import datetime as dt
import json
from pathlib import Path
from typing import TYPE_CHECKING

from accountdesk.cli.commands import verify
from accountdesk.cli.common import (
    CliError,
    add_db_option,
    existing_database_path,
    open_database,
)
from accountdesk.domain.languages import CODES

if TYPE_CHECKING:
    from accountdesk.cli.common import Subparsers


def add_parser(subparsers: Subparsers) -> None:
    parser = subparsers.add_parser(
        "report",
        help="achieved against agreed for a period",
        description="For each agreed expectation with measurable targets, what the period "
        "achieved (counting only the customer's service window) and whether the promise "
        "was kept, missed or is at risk.",
    )
    parser.add_argument("customer", metavar="CUSTOMER", help="a customer's id or exact name")
    parser.add_argument("--from", dest="start", required=True, metavar="DATE", type=_date)
    parser.add_argument("--to", dest="end", required=True, metavar="DATE", type=_date)
    output = parser.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help="print the figures as JSON")
    output.add_argument(
        "-o",
        "--output",
        metavar="FILE.pdf",
        type=Path,
        default=None,
        help="write the service report as a PDF ('-' for standard output)",
    )
    parser.add_argument(
        "--lang",
        dest="document_language",
        choices=CODES,
        help="the sentences' and the document's language (default: the customer's)",
    )
    parser.add_argument(
        "--latin-digits",
        action="store_true",
        help="documents in a language with digits of its own (Persian, Arabic): write 0-9",
    )
    add_db_option(parser)
    verify.add_signing_options(parser, kind="report")
    parser.set_defaults(run=run)


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date (use YYYY-MM-DD)") from exc


def run(args: argparse.Namespace) -> int:
    if args.end < args.start:
        raise CliError("--to must not be before --from")
    if verify.wants_signing(args):
        if args.json:
            raise CliError("--issue and --sign write a PDF: use -o FILE.pdf, not --json")
        from accountdesk.domain.achievement import Period

        return verify.run_signing(args, Period(args.start, args.end))
    if args.issued_by:
        raise CliError("--issued-by goes with --issue")
    if args.output is not None:
        return _write_report(args)  # without the ORM, as a rule: see report_pdf_at
    from accountdesk.domain.achievement import Period
    from accountdesk.services.figures import figures_document, period_figures
    from accountdesk.services.service_files import find_customer_id

    with open_database(args, create=False) as db:
        found = period_figures(
            db, find_customer_id(db, args.customer), Period(args.start, args.end)
        )
    document = figures_document(found, args.document_language)
    if args.json:
        print(json.dumps(document, ensure_ascii=False, indent=2))
        return 0
    print(f"{document['customer']}: {args.start} – {args.end}")
    for item in document["expectations"]:  # type: ignore[attr-defined]
        print(f"- {item['customer_words']}")
        for line in item["sentences"]:
            print(f"    {line}")
    return 0


def _write_report(args: argparse.Namespace) -> int:
    import accountdesk.documents.report.content
    import accountdesk.documents.report.render  # noqa: F401 (loaded before the freeze below)
    from accountdesk.cli import process
    from accountdesk.cli.commands.summary import checked_output, write_pdf
    from accountdesk.domain.achievement import Period
    from accountdesk.domain.errors import AccountDeskError
    from accountdesk.services.service_report import report_pdf_at

    output = checked_output(args.output)
    process.imports_done()
    try:
        report = report_pdf_at(
            existing_database_path(args),
            args.customer,
            Period(args.start, args.end),
            args.document_language,
            native_digits=not args.latin_digits,
        )
    except AccountDeskError as exc:
        raise CliError(str(exc)) from exc
    write_pdf(output, report.data)
    if output is not None:
        print(f"wrote {output} ({report.page_count} pages, content ID {report.fingerprint})")
    return 0
