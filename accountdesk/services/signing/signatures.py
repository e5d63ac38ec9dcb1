"""Recording signatures on an issued version: on paper, drawn in the app, or digital.

Paper: who signed for each side, when, and optionally the scan (PDF or image) with its
hash. Drawn and digital signatures change the document, so each one appends an
incremental update to the version's signed bytes (which start with the issued bytes,
untouched); the signatory row keeps the length and hash of the document right after its
signature. Once both sides have signed, the version is signed and frozen, and the
versions before it are superseded.

A digital signature only allows form filling and further signatures after it, so drawn
signatures must come before the first digital one.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from accountdesk.documents.signatures.drawing import Drawing
from accountdesk.documents.summary import SignatureBox
from accountdesk.domain.enums import Side, SignatureMethod, SummaryStatus
from accountdesk.domain.words import N_
from accountdesk.services.signing.errors import SigningError
from accountdesk.services.signing.hashing import sha256
from accountdesk.services.signing.versions import (
    VersionInfo,
    boxes_from_json,
    version_info,
    version_row,
)
from accountdesk.storage import tables as t
from accountdesk.storage.base import utcnow
from accountdesk.storage.database import Database

MEGABYTE = 1024 * 1024
MAX_SCAN_BYTES = 25 * MEGABYTE
# What a scan may be: a PDF or a common image format, recognised by its first bytes.
SCAN_SIGNATURES = (b"%PDF-", b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"II*\x00", b"MM\x00*", b"GIF8")


@dataclass(frozen=True)
class PaperSignature:
    side: Side
    name: str
    role: str = ""
    signed_on: dt.date | None = None
    scan: bytes | None = None
    scan_name: str = ""


# ---------------------------------------------------------------- paper


def record_paper_signatures(
    db: Database, version_id: int, signatures: Sequence[PaperSignature]
) -> VersionInfo:
    """Record wet-ink signatures (one per side at most), all or none."""
    if not signatures:
        raise SigningError(N_("Signature", "no signature to record"))
    with db.transaction() as session:
        row = _signable(session, version_id)
        for paper in signatures:
            _check_side_free(row, paper.side, [p.side for p in signatures])
            row.signatories.append(_paper_row(paper))
        _update_status(session, row)
        session.flush()
        return version_info(row)


def _paper_row(paper: PaperSignature) -> t.Signatory:
    name = paper.name.strip()
    if not name:
        raise SigningError(
            N_("Signature", "the name of the {side} signatory is missing"), side=paper.side.value
        )
    scan = paper.scan or None
    if scan is not None:
        _check_scan(scan, paper.scan_name)
    return t.Signatory(
        side=paper.side,
        name=name,
        role=paper.role.strip(),
        signed_on=paper.signed_on,
        method=SignatureMethod.PAPER,
        scan=scan,
        scan_name=paper.scan_name if scan else "",
        scan_sha256=sha256(scan) if scan else "",
    )


def _check_scan(scan: bytes, name: str) -> None:
    if len(scan) > MAX_SCAN_BYTES:
        raise SigningError(
            N_("Signature", "the scan {name} is larger than {megabytes} MB"),
            name=name,
            megabytes=MAX_SCAN_BYTES // MEGABYTE,
        )
    if not scan.startswith(SCAN_SIGNATURES):
        raise SigningError(
            N_("Signature", "the scan {name} is not a PDF or an image (PNG, JPEG, TIFF, GIF)"),
            name=name,
        )


# ---------------------------------------------------------------- drawn


def add_drawn_signature(
    db: Database,
    version_id: int,
    side: Side,
    name: str,
    drawing: Drawing,
    role: str = "",
    when: dt.datetime | None = None,
) -> VersionInfo:
    """Put a signature drawn on the pad into `side`'s block."""
    from accountdesk.documents.signatures.drawn import stamp_drawing

    when, side = when or utcnow(), Side(side)
    if drawing.is_empty():
        raise SigningError(N_("Signature", "the signature pad is empty: draw the signature first"))
    with db.transaction() as session:
        row = _signable(session, version_id)
        _check_side_free(row, side)
        if any(s.method == SignatureMethod.DIGITAL for s in row.signatories):
            raise SigningError(
                N_(
                    "Signature",
                    "a drawn signature cannot be added after a digital one: "
                    "it would break the digital signature",
                )
            )
        data = stamp_drawing(
            _current_bytes(row), _box(row, side), drawing, name.strip(), when, row.language.value
        )
        _append(
            row,
            data,
            t.Signatory(
                side=side,
                name=_required(name, side),
                role=role.strip(),
                method=SignatureMethod.DRAWN,
                strokes_json=drawing_to_json(drawing),
                signed_on=when.astimezone().date(),
                signed_at=when,
            ),
        )
        _update_status(session, row)
        session.flush()
        return version_info(row)


def drawing_to_json(drawing: Drawing) -> str:
    return json.dumps(
        {
            "width": drawing.width,
            "height": drawing.height,
            "pen": drawing.pen_width,
            "strokes": [
                [[round(x, 2), round(y, 2)] for x, y in stroke] for stroke in drawing.strokes
            ],
        }
    )


def drawing_from_json(text: str) -> Drawing:
    data = json.loads(text)
    strokes = tuple(tuple((float(x), float(y)) for x, y in stroke) for stroke in data["strokes"])
    return Drawing(
        float(data["width"]), float(data["height"]), strokes, float(data.get("pen", 2.0))
    )


# ---------------------------------------------------------------- digital


def sign_digitally(
    db: Database,
    version_id: int,
    side: Side,
    p12: bytes,
    passphrase: str | None,
    name: str = "",
    role: str = "",
    when: dt.datetime | None = None,
) -> VersionInfo:
    """Sign the version with a PKCS#12 certificate (PAdES), visibly in `side`'s block.

    The passphrase opens the certificate file and is not kept. An empty `name` takes the
    certificate's common name.
    """
    from accountdesk.documents.signatures.pades import (
        CredentialsError,
        certificate_name,
        load_credentials,
        sign_pdf,
    )

    when, side = when or utcnow(), Side(side)
    try:
        credentials = load_credentials(p12, passphrase)
    except CredentialsError:
        raise SigningError(
            N_(
                "Signature",
                "the certificate file cannot be opened: wrong passphrase, or not a PKCS#12 file",
            )
        ) from None
    signer_name = name.strip() or certificate_name(credentials)
    with db.transaction() as session:
        row = _signable(session, version_id)
        _check_side_free(row, side)
        data = sign_pdf(
            _current_bytes(row),
            credentials,
            _box(row, side),
            field_name(side),
            signer_name,
            row.language.value,
            when,
        )
        _append(
            row,
            data,
            t.Signatory(
                side=side,
                name=signer_name,
                role=role.strip(),
                method=SignatureMethod.DIGITAL,
                signed_on=when.astimezone().date(),
                signed_at=when,
            ),
        )
        _update_status(session, row)
        session.flush()
        return version_info(row)


def field_name(side: Side) -> str:
    """The signature field each side signs in."""
    return f"AccountDesk-{Side(side).value}"


# ---------------------------------------------------------------- shared


def _signable(session: Session, version_id: int) -> t.SummaryVersion:
    row = version_row(session, version_id)
    if row.status != SummaryStatus.ISSUED:
        raise SigningError(
            N_("Signature", "version {number} is {status}: only an issued version can be signed"),
            number=row.number,
            status=row.status.value,
        )
    return row


def _check_side_free(row: t.SummaryVersion, side: Side, batch: Sequence[Side] = ()) -> None:
    if any(s.side == side for s in row.signatories) or list(batch).count(side) > 1:
        raise SigningError(
            N_("Signature", "the {side} side has already signed version {number}"),
            side=side.value,
            number=row.number,
        )


def _required(name: str, side: Side) -> str:
    if not name.strip():
        raise SigningError(
            N_("Signature", "the name of the {side} signatory is missing"), side=side.value
        )
    return name.strip()


def _box(row: t.SummaryVersion, side: Side) -> SignatureBox:
    box = boxes_from_json(row.signature_boxes_json).get(side)
    if box is None:
        raise SigningError(
            N_("Signature", "version {number} has no signature block for the {side} side"),
            number=row.number,
            side=side.value,
        )
    return box


def _current_bytes(row: t.SummaryVersion) -> bytes:
    return row.signed_pdf or row.pdf


def _append(row: t.SummaryVersion, data: bytes, signatory: t.Signatory) -> None:
    """The new signed state: it must still begin with everything signed so far."""
    if not data.startswith(_current_bytes(row)):
        raise SigningError(N_("Signature", "signing rewrote the document instead of adding to it"))
    signatory.pdf_length, signatory.pdf_sha256 = len(data), sha256(data)
    row.signed_pdf, row.signed_pdf_sha256 = data, sha256(data)
    row.signatories.append(signatory)


def _update_status(session: Session, row: t.SummaryVersion) -> None:
    """Both sides signed: the version is signed and every earlier one superseded."""
    if {s.side for s in row.signatories} != set(Side):
        return
    row.status, row.signed_at = SummaryStatus.SIGNED, utcnow()
    earlier = select(t.SummaryVersion).where(
        t.SummaryVersion.customer_id == row.customer_id,
        t.SummaryVersion.kind == row.kind,  # a report supersedes only its period's reports
        t.SummaryVersion.period_start.is_(None)
        if row.period_start is None
        else t.SummaryVersion.period_start == row.period_start,
        t.SummaryVersion.period_end.is_(None)
        if row.period_end is None
        else t.SummaryVersion.period_end == row.period_end,
        t.SummaryVersion.number < row.number,
        t.SummaryVersion.status.in_([SummaryStatus.ISSUED, SummaryStatus.SIGNED]),
    )
    for older in session.scalars(earlier):
        older.status = SummaryStatus.SUPERSEDED
