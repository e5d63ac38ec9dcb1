"""Summary versions: issue one (freeze it), list them, read their bytes and snapshots.

Issuing takes a snapshot of the saved service file, renders the summary from that
snapshot (so the PDF and the data stored beside it say the same thing), and stores both
with their SHA-256 in one transaction. An issued version is never rewritten: signing
adds to it (see `signatures`), a later change to the file makes a new version.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import overload

from sqlalchemy import select
from sqlalchemy.orm import Session

from accountdesk.documents.summary import SignatureBox, SummaryOptions, SummaryPdf, build_summary
from accountdesk.domain import messages as m
from accountdesk.domain.achievement import Period
from accountdesk.domain.digits import to_native_digits
from accountdesk.domain.enums import DocumentKind, Language, Side, SignatureMethod, SummaryStatus
from accountdesk.domain.errors import NotFoundError
from accountdesk.domain.languages import CODES, language_info
from accountdesk.domain.words import N_
from accountdesk.services.signing.changes import Change, changes_between
from accountdesk.services.signing.errors import SigningError
from accountdesk.services.signing.hashing import sha256
from accountdesk.services.signing.snapshots import Snapshot, read_snapshot, take_snapshot
from accountdesk.storage import tables as t
from accountdesk.storage.base import utcnow
from accountdesk.storage.database import Database


@dataclass(frozen=True)
class SignatoryInfo:
    id: int
    side: Side
    name: str
    role: str
    method: SignatureMethod
    signed_on: dt.date | None
    signed_at: dt.datetime | None
    scan_name: str
    scan_sha256: str
    pdf_sha256: str  # drawn / digital: the document right after this signature

    @property
    def has_scan(self) -> bool:
        return bool(self.scan_sha256)


@dataclass(frozen=True)
class VersionInfo:
    id: int
    customer_id: int
    customer_name: str
    number: int
    status: SummaryStatus
    language: Language
    issued_by: str
    issued_at: dt.datetime | None
    created_at: dt.datetime
    snapshot_sha256: str
    pdf_sha256: str
    signed_pdf_sha256: str  # '' until a drawn or digital signature is added
    signed_at: dt.datetime | None  # when both sides had signed
    signatories: tuple[SignatoryInfo, ...]
    kind: DocumentKind = DocumentKind.SUMMARY
    period: Period | None = None  # a service report's

    def signatory(self, side: Side) -> SignatoryInfo | None:
        return next((s for s in self.signatories if s.side == side), None)


# ---------------------------------------------------------------- issuing


def issue_version(
    db: Database,
    customer_id: int,
    *,
    language: Language | str | None = None,
    native_digits: bool = True,
    issued_by: str = "",
    include_changes: bool = True,
    today: dt.date | None = None,
) -> VersionInfo:
    """Freeze the customer's saved file as the next version of its summary.

    With `include_changes`, what changed since the latest signed version is listed in the
    document (in its language) before the signatures.
    """
    snapshot = take_snapshot(db, customer_id)
    language = _language(language, snapshot)
    with db.transaction() as session:
        rows = _versions(session, customer_id)
        draft = next((r for r in rows if r.status == SummaryStatus.DRAFT), None)
        number = draft.number if draft else max((r.number for r in rows), default=0) + 1
        since = latest_signed_row(rows) if include_changes else None
        summary = _render(snapshot, language, native_digits, number, since, today)
        row = draft or t.SummaryVersion(customer_id=customer_id, number=number, created_at=utcnow())
        store_version(row, snapshot, summary, language)
        row.status, row.issued_by, row.issued_at = SummaryStatus.ISSUED, issued_by.strip(), utcnow()
        session.add(row)
        session.flush()
        return version_info(row)


def save_draft(
    db: Database,
    customer_id: int,
    *,
    language: Language | str | None = None,
    native_digits: bool = True,
    today: dt.date | None = None,
) -> VersionInfo:
    """Store (or regenerate) the customer's one draft; issuing it later freezes it."""
    snapshot = take_snapshot(db, customer_id)
    language = _language(language, snapshot)
    with db.transaction() as session:
        rows = _versions(session, customer_id)
        row = next((r for r in rows if r.status == SummaryStatus.DRAFT), None)
        if row is None:
            number = max((r.number for r in rows), default=0) + 1
            row = t.SummaryVersion(
                customer_id=customer_id,
                number=number,
                created_at=utcnow(),
                status=SummaryStatus.DRAFT,
            )
        summary = _render(snapshot, language, native_digits, None, None, today)
        store_version(row, snapshot, summary, language)
        session.add(row)
        session.flush()
        return version_info(row)


def _language(language: Language | str | None, snapshot: Snapshot) -> Language:
    try:
        return (
            Language(language)
            if language is not None
            else Language(snapshot.file.document_language)
        )
    except ValueError:
        raise SigningError(
            N_("Signature", "unknown document language '{language}': use one of {choices}"),
            language=language,
            choices=", ".join(CODES),
        ) from None


def _render(
    snapshot: Snapshot,
    language: Language,
    native_digits: bool,
    number: int | None,
    since: t.SummaryVersion | None,
    today: dt.date | None,
) -> SummaryPdf:
    options = SummaryOptions(
        language=language,
        native_digits=native_digits,
        version_label=version_label(number, language, native_digits),
        issued_on=today,
        staff=snapshot.staff,
    )
    if since is None:
        return build_summary(snapshot.file, options, today)
    changes = changes_between(read_snapshot(since.snapshot_json).file, snapshot.file)
    if not changes:
        return build_summary(snapshot.file, options, today)
    from accountdesk.documents.signatures.changes_section import build_summary_with_changes

    since_label = version_label(since.number, language, native_digits)
    return build_summary_with_changes(snapshot.file, options, changes, since_label, today)


@overload
def version_label(number: int, language: Language, native_digits: bool) -> str: ...
@overload
def version_label(number: int | None, language: Language, native_digits: bool) -> str | None: ...
def version_label(number: int | None, language: Language, native_digits: bool) -> str | None:
    """'3', or '۳' in a Persian document with Persian digits (a language's own digits);
    None for a draft."""
    if number is None:
        return None
    return to_native_digits(str(number), language_info(language).digits if native_digits else "")


def store_version(
    row: t.SummaryVersion, snapshot: Snapshot, summary: SummaryPdf, language: Language
) -> None:
    """The frozen data and PDF of a version, each with its SHA-256."""
    row.language = language
    row.snapshot_json, row.snapshot_sha256 = snapshot.text, snapshot.sha256
    row.pdf, row.pdf_sha256 = summary.data, sha256(summary.data)
    row.signature_boxes_json = boxes_to_json(summary.signature_boxes)


# ---------------------------------------------------------------- reading


def list_versions(
    db: Database, customer_id: int, kind: DocumentKind = DocumentKind.SUMMARY
) -> list[VersionInfo]:
    """The customer's versions of the summary (or of its service reports), oldest first."""
    with db.session() as session:
        return [version_info(row) for row in versions_of(session, customer_id, kind)]


def get_version(db: Database, version_id: int) -> VersionInfo:
    with db.session() as session:
        return version_info(version_row(session, version_id))


def version_pdf(db: Database, version_id: int, *, signed: bool = True) -> bytes:
    """The version's PDF: its signed state when it has one (and `signed`), else as issued."""
    with db.session() as session:
        row = version_row(session, version_id)
        return row.signed_pdf if signed and row.signed_pdf else row.pdf


def version_snapshot(db: Database, version_id: int) -> Snapshot:
    with db.session() as session:
        return read_snapshot(version_row(session, version_id).snapshot_json)


def signatory_scan(db: Database, signatory_id: int) -> tuple[str, bytes]:
    """The scan attached to a paper signature: (file name, bytes)."""
    with db.session() as session:
        row = session.get(t.Signatory, signatory_id)
        if row is None or row.scan is None:
            raise NotFoundError(m.SCAN_MISSING, id=signatory_id)
        return row.scan_name, row.scan


def changes_since_signed(db: Database, version_id: int) -> tuple[VersionInfo | None, list[Change]]:
    """What changed from the latest earlier signed version (else the previous one)."""
    with db.session() as session:
        row = version_row(session, version_id)
        earlier = [r for r in _versions(session, row.customer_id) if r.number < row.number]
        base = latest_signed_row(earlier, signed_once=True) or (earlier[-1] if earlier else None)
        if base is None:
            return None, []
        changes = changes_between(
            read_snapshot(base.snapshot_json).file, read_snapshot(row.snapshot_json).file
        )
        return version_info(base), changes


def changes_between_versions(db: Database, older_id: int, newer_id: int) -> list[Change]:
    with db.session() as session:
        older, newer = version_row(session, older_id), version_row(session, newer_id)
        return changes_between(
            read_snapshot(older.snapshot_json).file, read_snapshot(newer.snapshot_json).file
        )


# ---------------------------------------------------------------- rows


def _versions(session: Session, customer_id: int) -> list[t.SummaryVersion]:
    return versions_of(session, customer_id, DocumentKind.SUMMARY)


def versions_of(session: Session, customer_id: int, kind: DocumentKind) -> list[t.SummaryVersion]:
    if session.get(t.Customer, customer_id) is None:
        raise NotFoundError(m.CUSTOMER_MISSING, id=customer_id)
    statement = (
        select(t.SummaryVersion)
        .where(t.SummaryVersion.customer_id == customer_id, t.SummaryVersion.kind == kind)
        .order_by(t.SummaryVersion.number)
    )
    return list(session.scalars(statement))


def version_row(session: Session, version_id: int) -> t.SummaryVersion:
    row = session.get(t.SummaryVersion, version_id)
    if row is None:
        raise NotFoundError(m.VERSION_MISSING, id=version_id)
    return row


def latest_signed_row(
    rows: list[t.SummaryVersion], signed_once: bool = False
) -> t.SummaryVersion | None:
    """The newest version whose status is signed (or, with `signed_once`, that was signed
    at some point and has since been superseded)."""
    signed = [
        r
        for r in rows
        if r.status == SummaryStatus.SIGNED
        or (signed_once and r.status == SummaryStatus.SUPERSEDED and r.signed_at is not None)
    ]
    return max(signed, key=lambda r: r.number, default=None)


def version_info(row: t.SummaryVersion) -> VersionInfo:
    return VersionInfo(
        id=row.id,
        customer_id=row.customer_id,
        customer_name=row.customer.name,
        number=row.number,
        status=SummaryStatus(row.status),
        language=Language(row.language),
        issued_by=row.issued_by,
        issued_at=row.issued_at,
        created_at=row.created_at,
        snapshot_sha256=row.snapshot_sha256,
        pdf_sha256=row.pdf_sha256,
        signed_pdf_sha256=row.signed_pdf_sha256 or "",
        signed_at=row.signed_at,
        signatories=tuple(_signatory_info(s) for s in row.signatories),
        kind=DocumentKind(row.kind),
        period=Period(row.period_start, row.period_end)
        if row.period_start is not None and row.period_end is not None
        else None,
    )


def _signatory_info(row: t.Signatory) -> SignatoryInfo:
    return SignatoryInfo(
        id=row.id,
        side=Side(row.side),
        name=row.name,
        role=row.role,
        method=SignatureMethod(row.method),
        signed_on=row.signed_on,
        signed_at=row.signed_at,
        scan_name=row.scan_name,
        scan_sha256=row.scan_sha256,
        pdf_sha256=row.pdf_sha256 or "",
    )


# ---------------------------------------------------------------- signature places


def boxes_to_json(boxes: tuple[SignatureBox, ...]) -> str:
    return json.dumps(
        [
            {
                "side": b.side.value,
                "name": b.name,
                "page": b.page_index,
                "block": list(b.block),
                "signature": list(b.signature),
            }
            for b in boxes
        ],
        ensure_ascii=False,
    )


def boxes_from_json(text: str) -> dict[Side, SignatureBox]:
    boxes = {}
    for item in json.loads(text or "[]"):
        side = Side(item["side"])
        boxes[side] = SignatureBox(
            side, item["name"], int(item["page"]), tuple(item["block"]), tuple(item["signature"])
        )
    return boxes
