"""`accountdesk summary CUSTOMER --lang LANG -o FILE.pdf [--latin-digits]`.

Writes the customer's expectation-alignment summary, the same PDF the app previews.
Imports stay lean (no Qt; the PDF machinery only once the arguments are checked) because
a cold start is most of the time this command takes.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from accountdesk.cli.commands import verify
from accountdesk.cli.common import CliError, add_db_option, database_path
from accountdesk.domain.languages import CODES

if TYPE_CHECKING:
    from accountdesk.cli.common import Subparsers
    from accountdesk.documents.summary import SummaryPdf

LANGUAGES = CODES


def add_parser(subparsers: Subparsers) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        "summary",
        help="write a customer's expectation-alignment summary as a PDF",
        description="Write the expectation-alignment summary of one customer as a PDF, "
        "in the customer's document language unless --lang says otherwise.",
    )
    parser.add_argument("customer", metavar="CUSTOMER", help="the customer's id or exact name")
    # Its own dest: the top level's --lang is the app's language, refused with a command.
    parser.add_argument(
        "--lang",
        metavar="|".join(CODES),
        dest="document_language",
        default=None,
        help="the document's language (default: the customer's)",
    )
    parser.add_argument(
        "-o",
        "--output",
        metavar="FILE.pdf",
        type=Path,
        default=None,
        help="where to write the PDF ('-' for standard output); required "
        "unless issuing or signing a version",
    )
    parser.add_argument(
        "--latin-digits",
        action="store_true",
        help="documents in a language with digits of its own (Persian, Arabic): write 0-9",
    )
    add_db_option(parser)
    verify.add_signing_options(parser)
    parser.set_defaults(run=run)
    return parser


def run(args: argparse.Namespace) -> int:
    if verify.wants_signing(args):
        return verify.run_signing(args)
    if args.output is None:
        raise CliError("summary: -o FILE.pdf is required (or --issue / --sign)")
    language = _checked_language(args.document_language)
    output = checked_output(args.output)
    summary = _render(args, language)
    write_pdf(output, summary.data)
    if output is not None:
        print(f"wrote {output} ({summary.page_count} pages, content ID {summary.fingerprint})")
    return 0


def _checked_language(value: str | None) -> str | None:
    if value is None:
        return None
    language = value.strip().lower()
    if language not in LANGUAGES:
        raise CliError(f"unknown language '{value}': use {', '.join(CODES[:-1])} or {CODES[-1]}")
    return language


def checked_output(path: Path) -> Path | None:
    """The output file, checked before any work is done; None means standard output."""
    if str(path) == "-":
        return None
    if path.is_dir():
        raise CliError(f"{path} is a folder, not a file")
    folder = path.parent
    if not folder.is_dir():
        raise CliError(f"cannot write {path}: the folder {folder} does not exist")
    if not os.access(folder, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        raise CliError(f"cannot write {path}: permission denied")
    return path


def _render(args: argparse.Namespace, language: str | None) -> SummaryPdf:
    import accountdesk.documents.summary.content
    import accountdesk.documents.summary.render  # noqa: F401 (loaded before the freeze below)
    from accountdesk.cli import process
    from accountdesk.domain.errors import AccountDeskError
    from accountdesk.services.summaries import summary_pdf_at

    process.imports_done()

    try:
        return summary_pdf_at(
            database_path(args), args.customer, language, native_digits=not args.latin_digits
        )
    except AccountDeskError as exc:
        raise CliError(str(exc)) from exc


def write_pdf(path: Path | None, data: bytes) -> None:
    """The whole file or nothing: written beside the target, then moved into place."""
    if path is None:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        temporary.write_bytes(data)
        os.replace(temporary, path)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise CliError(f"cannot write {path}: {(exc.strerror or str(exc)).lower()}") from exc
