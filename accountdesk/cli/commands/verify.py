"""`accountdesk verify FILE.pdf [--db PATH] [--trust CERT]...`: is this summary (or service
report) authentic?

Prints each digital signature (signer, time, valid or not, how much of the file it
covers) and, with --db, whether the file is the exact bytes of a version of which
customer (or begins with them: a copy signed elsewhere), and which of the signatures the
database records for that version the file does not carry. Exit status 0 only when all is
valid; 1 when something is not (a changed byte, an invalid signature, a recorded
signature missing from the file, nothing to vouch for the file); 2 for bad input.

This module also holds the issuing and signing options of `accountdesk summary` and
`accountdesk report` (`add_signing_options`, `wants_signing`, `run_signing`), for those
commands to call.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import TYPE_CHECKING

from accountdesk.cli.common import CliError, add_db_option, read_input

if TYPE_CHECKING:
    from contextlib import AbstractContextManager

    from cryptography import x509

    from accountdesk.cli.common import Subparsers
    from accountdesk.documents.signatures.checks import SignatureCheck
    from accountdesk.domain.achievement import Period
    from accountdesk.services.signing import FileReport, VersionInfo
    from accountdesk.storage.database import Database

PASSPHRASE_ENV = "ACCOUNTDESK_P12_PASSPHRASE"
VALID, NOT_VALID = 0, 1


def add_parser(subparsers: Subparsers) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        "verify",
        help="check the signatures of a summary or service report PDF and find it in the database",
        description="Check every digital signature in a summary or service report PDF and, with "
        "--db, whether the file is exactly a version stored in the database. Exit status 0 only "
        "when all is valid.",
    )
    parser.add_argument("file", metavar="FILE.pdf", type=Path, help="the PDF to check")
    parser.add_argument(
        "--trust",
        metavar="CERT",
        type=Path,
        action="append",
        default=[],
        help="also trust this CA certificate (PEM or DER); given, every signer must chain to a trusted root",
    )
    add_db_option(parser)
    parser.set_defaults(run=run)
    return parser


def run(args: argparse.Namespace) -> int:
    from accountdesk.services.signing.verification import verify_file

    data = read_input(args.file)
    if not data.lstrip()[:5] == b"%PDF-":
        raise CliError(f"{args.file}: not a PDF file")
    roots = _trust_roots(args.trust)
    db_path = getattr(args, "db", None)
    if db_path is None:
        report = verify_file(data, None, roots, require_trust=bool(roots))
    else:
        with _database(db_path) as db:
            report = verify_file(data, db, roots, require_trust=bool(roots))
    for line in report_lines(args.file, report, bool(roots), db_path is not None):
        print(line)
    return VALID if report.ok else NOT_VALID


def _trust_roots(paths: list[Path]) -> list[x509.Certificate]:
    from accountdesk.documents.signatures.checks import load_trust_roots

    try:
        return load_trust_roots(read_input(path) for path in paths)
    except ValueError as exc:
        raise CliError(f"--trust: {exc}") from exc


def _database(path: Path) -> AbstractContextManager[Database]:
    from accountdesk.cli.common import open_database

    return open_database(argparse.Namespace(db=path), create=False)


def report_lines(path: Path, report: FileReport, trust_given: bool, with_db: bool) -> list[str]:
    from accountdesk.services.signing.verification import describe_failure, moment

    if report.unreadable:
        return [f"{path}: NOT VALID: {report.unreadable}"]
    count = len(report.signatures)
    lines = [f"{path}: {count} digital signature{'s' if count != 1 else ''}"]
    for number, check in enumerate(report.signatures, start=1):
        verdict = "valid" if check.valid else f"NOT VALID ({describe_failure(check)})"
        lines.append(
            f"  {number}. {check.signer or check.field_name}; signed {moment(check.signed_at)}; "
            f"{verdict}; {_coverage(check)}; {_trust(check, trust_given)}"
        )
    if with_db:
        lines += _database_lines(report)
    lines.append("result: all valid" if report.ok else "result: NOT VALID")
    return lines


def _coverage(check: SignatureCheck) -> str:
    if check.whole_document:
        return "covers the whole document"
    if check.allowed_changes_only:
        return "covers the revision it signed; only allowed changes after it (form filling, signatures)"
    return "does NOT cover the whole document: changed after signing"


def _trust(check: SignatureCheck, trust_given: bool) -> str:
    if check.trusted:
        return "certificate trusted"
    return (
        "certificate NOT trusted"
        if trust_given
        else "certificate not trusted (give its CA with --trust)"
    )


def _database_lines(report: FileReport) -> list[str]:
    match = report.match
    if match is None:
        return ["database: not the bytes of any stored summary version"]
    version = match.version
    how = "the exact bytes of" if match.exact else "a copy that begins with"
    what = f"version {version.number}"
    if version.period is not None:  # a service report
        period = version.period
        what = f"service report version {version.number} for {period.start} to {period.end}"
    lines = [
        f"database: {how} {what} ({match.state}) of customer "
        f'"{version.customer_name}" (id {version.customer_id}), status {version.status.value}'
    ]
    stored = report.stored
    if stored is not None and stored.problems:
        lines += [f"database: WARNING: {problem.text()}" for problem in stored.problems]
    elif stored is not None:
        lines.append("database: the stored hashes still match the stored bytes")
    lines += [f"database: MISSING: {problem.text()}" for problem in report.missing]
    lines += [f"database: NOTE: {problem.text()}" for problem in report.unrecorded]
    return lines


# ---------------------------------------------------------------- `--issue / --sign`
# One implementation for both kinds of versions: `summary` signs summary versions,
# `report --from --to` the report versions of that period.


def add_signing_options(parser: argparse.ArgumentParser, kind: str = "summary") -> None:
    """The options `accountdesk summary` (kind "summary") and `accountdesk report` (kind
    "report") need to issue and sign versions."""
    group = parser.add_argument_group("issuing and signing versions")
    group.add_argument(
        "--issue",
        action="store_true",
        help="freeze the saved service file as the next version; prints its number and hash"
        if kind == "summary"
        else "freeze the report as the customer's next report version; prints its number and hash",
    )
    group.add_argument(
        "--issued-by", metavar="NAME", default="", help="who issues it (with --issue)"
    )
    if kind == "summary":
        group.add_argument(
            "--no-changes",
            action="store_true",
            help="with --issue: do not list the changes since the signed version",
        )
    group.add_argument(
        "--sign",
        metavar="P12",
        type=Path,
        help="sign the version digitally with this PKCS#12 (.p12/.pfx) certificate",
    )
    group.add_argument(
        "--signer-name",
        metavar="NAME",
        default="",
        help="the signatory's name (default: the certificate's name)",
    )
    group.add_argument("--signer-role", metavar="ROLE", default="", help="the signatory's role")
    group.add_argument(
        "--side",
        choices=("provider", "customer"),
        default="provider",
        help="which side signs (default: provider)",
    )
    group.add_argument(
        "--passphrase-env",
        metavar="VAR",
        default=PASSPHRASE_ENV,
        help=f"the environment variable holding the certificate's passphrase (default: {PASSPHRASE_ENV})",
    )
    group.add_argument(
        "--number",
        metavar="N",
        type=int,
        default=None,
        help="with --sign: the version to sign (default: the latest issued one, or the one just issued)"
        if kind == "summary"
        else "with --sign: the report version to sign (default: the period's latest issued "
        "one, or the one just issued)",
    )


def wants_signing(args: argparse.Namespace) -> bool:
    return bool(getattr(args, "issue", False) or getattr(args, "sign", None))


def run_signing(args: argparse.Namespace, period: Period | None = None) -> int:
    """`CUSTOMER --issue` and/or `--sign P12`; -o FILE writes the resulting PDF. Without a
    period, summary versions; with one, the report versions of that period."""
    from accountdesk.cli.common import open_database
    from accountdesk.domain.errors import AccountDeskError
    from accountdesk.services.service_files import find_customer_id

    _check_output(getattr(args, "output", None))  # before anything is issued or signed
    signing = _signing_inputs(args) if args.sign else None
    try:
        with open_database(args, create=False) as db:
            customer_id = find_customer_id(db, args.customer)
            number = _issue(db, customer_id, args, period) if args.issue else args.number
            if signing is not None:
                _sign(db, customer_id, number, period, args, *signing)
    except AccountDeskError as exc:
        raise CliError(str(exc)) from exc
    return 0


def _signing_inputs(args: argparse.Namespace) -> tuple[bytes, str]:
    p12 = read_input(args.sign)
    passphrase = os.environ.get(args.passphrase_env)
    if passphrase is None:
        raise CliError(
            f"the environment variable {args.passphrase_env} is not set "
            f"(it must hold the passphrase of {args.sign})"
        )
    return p12, passphrase


def _issue(db: Database, customer_id: int, args: argparse.Namespace, period: Period | None) -> int:
    from accountdesk.services.service_report import issue_report
    from accountdesk.services.signing import issue_version, version_pdf

    language = getattr(args, "document_language", None)
    native_digits = not getattr(args, "latin_digits", False)
    if period is None:
        version = issue_version(
            db,
            customer_id,
            language=language,
            native_digits=native_digits,
            issued_by=args.issued_by,
            include_changes=not args.no_changes,
        )
    else:
        version = issue_report(
            db,
            customer_id,
            period,
            language=language,
            native_digits=native_digits,
            issued_by=args.issued_by,
        )
    where = f", {period.start} to {period.end}" if period is not None else ""
    print(
        f'issued {_what(period)} {version.number} of "{version.customer_name}" '
        f"({version.language.value}{where}): sha256 {version.pdf_sha256}"
    )
    if not args.sign:
        _write_pdf(args, version_pdf(db, version.id))
    return version.number


def _what(period: Period | None) -> str:
    return "version" if period is None else "report version"


def _sign(
    db: Database,
    customer_id: int,
    number: int | None,
    period: Period | None,
    args: argparse.Namespace,
    p12: bytes,
    passphrase: str,
) -> None:
    from accountdesk.domain.enums import Side
    from accountdesk.services.signing import sign_digitally, version_pdf

    version = _version_to_sign(db, customer_id, number, period)
    signed = sign_digitally(
        db,
        version.id,
        Side(args.side),
        p12,
        passphrase,
        name=args.signer_name,
        role=args.signer_role,
    )
    who = signed.signatory(Side(args.side))
    print(
        f"signed {_what(period)} {signed.number} for the {args.side} side as "
        f'"{who.name if who else ""}" ({signed.status.value}): sha256 {signed.signed_pdf_sha256}'
    )
    _write_pdf(args, version_pdf(db, signed.id))


def _version_to_sign(
    db: Database, customer_id: int, number: int | None, period: Period | None
) -> VersionInfo:
    from accountdesk.domain.enums import DocumentKind, SummaryStatus
    from accountdesk.services.signing import list_versions

    kind = DocumentKind.SUMMARY if period is None else DocumentKind.REPORT
    versions = [v for v in list_versions(db, customer_id, kind) if v.period == period]
    of = "" if period is None else f" for {period.start} to {period.end}"
    if number is not None:
        found = next((v for v in versions if v.number == number), None)
        if found is None:
            raise CliError(f"the customer has no {_kind_name(period)} version {number}{of}")
        return found
    issued = [v for v in versions if v.status == SummaryStatus.ISSUED]
    if not issued:
        raise CliError(
            f"the customer has no issued {_kind_name(period)} version{of} to sign; "
            "issue one with --issue"
        )
    return issued[-1]


def _kind_name(period: Period | None) -> str:
    return "summary" if period is None else "report"


def _check_output(output: Path | None) -> None:
    if output is None:
        return
    if str(output) == "-":
        raise CliError("with --issue or --sign, -o needs a file name (the hash is printed)")
    if output.is_dir() or not output.parent.is_dir():
        raise CliError(f"cannot write {output}: give a file in an existing folder")


def _write_pdf(args: argparse.Namespace, data: bytes) -> None:
    """The whole file or nothing: written beside the target, then moved into place."""
    output = getattr(args, "output", None)
    if output is None:
        return
    temporary = output.with_name(f".{output.name}.{os.getpid()}.tmp")
    try:
        temporary.write_bytes(data)
        os.replace(temporary, output)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise CliError(f"cannot write {output}: {(exc.strerror or str(exc)).lower()}") from exc
    print(f"wrote {output}")
