"""Is a summary still what was issued and signed? Checks on stored versions and on files.

A stored version is checked against the hashes stored beside it: the snapshot, the
issued PDF, the signed PDF (which must begin with the issued bytes), the document after
each drawn or digital signature (a prefix of the signed bytes), each scan; and every
digital signature in the signed PDF is validated. Any failure is a `Problem`: the user
interface shows it as a loud warning, never silently.

A file (the `verify` command) is checked for its digital signatures and, given a
database, looked up by hash: the exact bytes of a version, or a copy that begins with
them (a version signed elsewhere by incremental update).

Both checks then compare what the database records about the version with what the PDF
carries (`carried_problems`): every drawn or digital signature recorded must be in it
(the document right after that signature is a prefix of the PDF, and a digital one's
field is signed), so a copy with its signatures stripped is not taken for the signed
version. A file is also missing the signatures recorded on paper; a signature the PDF
carries that the database does not record is named too.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from sqlalchemy import or_, select

from accountdesk.domain.enums import Side, SignatureMethod
from accountdesk.services.signing.hashing import sha256
from accountdesk.services.signing.signatures import field_name
from accountdesk.services.signing.versions import VersionInfo, version_info, version_row
from accountdesk.storage import tables as t
from accountdesk.storage.database import Database

if TYPE_CHECKING:  # pyHanko is loaded only when something is checked
    from cryptography import x509

    from accountdesk.documents.signatures.checks import SignatureCheck


class ProblemKind(StrEnum):
    SNAPSHOT_CHANGED = "snapshot_changed"
    PDF_CHANGED = "pdf_changed"
    SIGNED_PDF_CHANGED = "signed_pdf_changed"
    SIGNED_PDF_NOT_FROM_ISSUED = "signed_pdf_not_from_issued"
    SIGNATURE_STATE_CHANGED = "signature_state_changed"
    SCAN_CHANGED = "scan_changed"
    SIGNATURE_INVALID = "signature_invalid"
    SIGNATURE_MISSING = "signature_missing"
    DRAWN_SIGNATURE_MISSING = "drawn_signature_missing"
    PAPER_SIGNATURE_NOT_IN_PDF = "paper_signature_not_in_pdf"
    SIGNATURE_NOT_RECORDED = "signature_not_recorded"
    UNREADABLE = "unreadable"


# English templates (the UI translates them in the catalogue context "Signature").
PROBLEM_TEXTS = {
    ProblemKind.SNAPSHOT_CHANGED: "the stored service-file snapshot no longer matches its hash",
    ProblemKind.PDF_CHANGED: "the stored issued PDF no longer matches its hash",
    ProblemKind.SIGNED_PDF_CHANGED: "the stored signed PDF no longer matches its hash",
    ProblemKind.SIGNED_PDF_NOT_FROM_ISSUED: "the signed PDF does not begin with the issued PDF",
    ProblemKind.SIGNATURE_STATE_CHANGED: "the document after {subject}'s signature no longer matches its hash",
    ProblemKind.SCAN_CHANGED: "the scan of {subject}'s signature no longer matches its hash",
    ProblemKind.SIGNATURE_INVALID: "the digital signature of {subject} is not valid: {detail}",
    ProblemKind.SIGNATURE_MISSING: "the database records a digital signature by {subject}; the PDF does not carry it",
    ProblemKind.DRAWN_SIGNATURE_MISSING: "the database records a signature drawn by {subject}; the PDF does not carry it",
    ProblemKind.PAPER_SIGNATURE_NOT_IN_PDF: "the database records a signature by {subject} on paper; the PDF does not carry it",
    ProblemKind.SIGNATURE_NOT_RECORDED: "the PDF carries a digital signature by {subject} that the database does not record",
    ProblemKind.UNREADABLE: "the PDF cannot be read: {detail}",
}


@dataclass(frozen=True)
class Problem:
    kind: ProblemKind
    subject: str = ""
    detail: str = ""

    def text(self) -> str:
        return PROBLEM_TEXTS[self.kind].format(subject=self.subject, detail=self.detail)


@dataclass(frozen=True)
class VersionCheck:
    version: VersionInfo
    signatures: tuple[SignatureCheck, ...]
    problems: tuple[Problem, ...]

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class VersionMatch:
    """A file found in the database: which version, and which state of it."""

    version: VersionInfo
    state: str  # "issued", "signed", or "after the SIDE signature"
    exact: bool  # the whole file; False: the file begins with these bytes


@dataclass(frozen=True)
class FileReport:
    signatures: tuple[SignatureCheck, ...] = ()
    unreadable: str = ""  # why the file could not be read as a PDF
    match: VersionMatch | None = None
    stored: VersionCheck | None = None  # the matched version's own check
    require_trust: bool = False
    # What the database records about the matched version and this file does not carry.
    missing: tuple[Problem, ...] = ()
    # Signatures this file carries that the database does not record (signed elsewhere).
    unrecorded: tuple[Problem, ...] = ()

    @property
    def ok(self) -> bool:
        if self.unreadable or not (self.signatures or (self.match and self.match.exact)):
            return False
        if self.missing or (self.stored is not None and not self.stored.ok):
            return False
        return all(s.valid and (s.trusted or not self.require_trust) for s in self.signatures)


# ---------------------------------------------------------------- stored versions


def check_version(
    db: Database, version_id: int, trust_roots: Iterable[x509.Certificate] = ()
) -> VersionCheck:
    with db.session() as session:
        row = version_row(session, version_id)
        info = version_info(row)
        problems = _hash_problems(row)
        signatures: tuple[SignatureCheck, ...] = ()
        if row.signed_pdf:
            signatures, found = _signature_problems(row, list(trust_roots))
            problems += found
        already = {p.subject for p in problems if p.kind == ProblemKind.SIGNATURE_STATE_CHANGED}
        missing, unrecorded = carried_problems(
            row, row.signed_pdf or row.pdf, signatures, on_paper_too=False
        )
        problems += [p for p in missing if p.subject not in already] + unrecorded
        return VersionCheck(info, signatures, tuple(problems))


def _hash_problems(row: t.SummaryVersion) -> list[Problem]:
    problems = []
    if sha256(row.snapshot_json) != row.snapshot_sha256:
        problems.append(Problem(ProblemKind.SNAPSHOT_CHANGED))
    if sha256(row.pdf) != row.pdf_sha256:
        problems.append(Problem(ProblemKind.PDF_CHANGED))
    if row.signed_pdf is not None or row.signed_pdf_sha256:
        signed = row.signed_pdf or b""
        if sha256(signed) != row.signed_pdf_sha256:
            problems.append(Problem(ProblemKind.SIGNED_PDF_CHANGED))
        if not signed.startswith(row.pdf):
            problems.append(Problem(ProblemKind.SIGNED_PDF_NOT_FROM_ISSUED))
    for signatory in row.signatories:
        problems += _signatory_problems(row, signatory)
    return problems


def _signatory_problems(row: t.SummaryVersion, signatory: t.Signatory) -> list[Problem]:
    problems = []
    if signatory.scan is not None and sha256(signatory.scan) != signatory.scan_sha256:
        problems.append(Problem(ProblemKind.SCAN_CHANGED, signatory.name))
    if signatory.pdf_length:
        state = (row.signed_pdf or b"")[: signatory.pdf_length]
        if len(state) != signatory.pdf_length or sha256(state) != signatory.pdf_sha256:
            problems.append(Problem(ProblemKind.SIGNATURE_STATE_CHANGED, signatory.name))
    return problems


def _signature_problems(
    row: t.SummaryVersion, trust_roots: list[x509.Certificate]
) -> tuple[tuple[SignatureCheck, ...], list[Problem]]:
    from accountdesk.documents.signatures.checks import UnreadablePdf, check_signatures

    try:
        checks = tuple(check_signatures(row.signed_pdf or b"", trust_roots))
    except UnreadablePdf as exc:
        return (), [Problem(ProblemKind.UNREADABLE, detail=str(exc))]
    problems = [
        Problem(ProblemKind.SIGNATURE_INVALID, c.signer or c.field_name, describe_failure(c))
        for c in checks
        if not c.valid
    ]
    return checks, problems


def carried_problems(
    row: t.SummaryVersion, data: bytes, checks: Sequence[SignatureCheck], *, on_paper_too: bool
) -> tuple[list[Problem], list[Problem]]:
    """(signatures the database records for the version that `data` does not carry,
    digital signatures `data` carries that the database does not record).

    A drawn or digital signature is carried when the document right after it, as
    recorded (length and hash), is a prefix of `data`; a digital one also needs its
    signature field among `checks`. Paper signatures are never in a PDF: they count as
    missing only `on_paper_too` (a file offered as the signed version).
    """
    fields = {c.field_name for c in checks}
    missing = []
    for signatory in row.signatories:
        method = SignatureMethod(signatory.method)
        if method == SignatureMethod.PAPER:
            if on_paper_too:
                missing.append(Problem(ProblemKind.PAPER_SIGNATURE_NOT_IN_PDF, signatory.name))
            continue
        length = signatory.pdf_length or 0
        carried = (
            length > 0 and len(data) >= length and sha256(data[:length]) == signatory.pdf_sha256
        )
        if method == SignatureMethod.DIGITAL:
            carried = carried and field_name(Side(signatory.side)) in fields
            kind = ProblemKind.SIGNATURE_MISSING
        else:
            kind = ProblemKind.DRAWN_SIGNATURE_MISSING
        if not carried:
            missing.append(Problem(kind, signatory.name))
    recorded = {
        field_name(Side(s.side)) for s in row.signatories if s.method == SignatureMethod.DIGITAL
    }
    unrecorded = [
        Problem(ProblemKind.SIGNATURE_NOT_RECORDED, c.signer or c.field_name)
        for c in checks
        if c.field_name not in recorded
    ]
    return missing, unrecorded


def describe_failure(check: SignatureCheck) -> str:
    """Why a signature is not valid, in a few English words."""
    if check.problem:
        return check.problem
    if not check.intact:
        return "the signed bytes were changed"
    if not check.cryptographically_valid:
        return "the signature does not match the certificate"
    return "the document was changed after signing in a way a signature does not allow"


# ---------------------------------------------------------------- files


def verify_file(
    data: bytes,
    db: Database | None = None,
    trust_roots: Sequence[x509.Certificate] = (),
    require_trust: bool = False,
) -> FileReport:
    """The signatures in `data` and, with a database, which version it is."""
    from accountdesk.documents.signatures.checks import UnreadablePdf, check_signatures

    try:
        signatures = tuple(check_signatures(data, trust_roots))
    except UnreadablePdf as exc:
        return FileReport(unreadable=str(exc), require_trust=require_trust)
    match = find_version(db, data) if db is not None else None
    if match is None or db is None:
        return FileReport(signatures, "", match, None, require_trust)
    stored = check_version(db, match.version.id, trust_roots)
    with db.session() as session:
        row = version_row(session, match.version.id)
        missing, unrecorded = carried_problems(row, data, signatures, on_paper_too=True)
    return FileReport(
        signatures, "", match, stored, require_trust, tuple(missing), tuple(unrecorded)
    )


def find_version(db: Database, data: bytes) -> VersionMatch | None:
    """The version these bytes are (exactly), else the one whose bytes they begin with."""
    from accountdesk.documents.signatures.checks import revision_ends

    exact = _by_hash(db, sha256(data))
    if exact is not None:
        return VersionMatch(exact[0], exact[1], True)
    for end in reversed(revision_ends(data)[:-1]):  # the latest earlier revision first
        found = _by_hash(db, sha256(data[:end]))
        if found is not None:
            return VersionMatch(found[0], found[1], False)
    return None


def _by_hash(db: Database, digest: str) -> tuple[VersionInfo, str] | None:
    with db.session() as session:
        row = session.scalars(
            select(t.SummaryVersion).where(
                or_(
                    t.SummaryVersion.pdf_sha256 == digest,
                    t.SummaryVersion.signed_pdf_sha256 == digest,
                )
            )
        ).first()
        if row is not None:
            state = "signed" if row.signed_pdf_sha256 == digest else "issued"
            return version_info(row), state
        signatory = session.scalars(
            select(t.Signatory).where(t.Signatory.pdf_sha256 == digest)
        ).first()
        if signatory is not None:
            return version_info(signatory.version), f"after the {signatory.side.value} signature"
    return None


def moment(value: dt.datetime | None) -> str:
    """'2026-11-23 09:44:42 UTC' for reports."""
    return value.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M:%S UTC") if value else "unknown time"
