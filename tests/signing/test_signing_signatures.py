"""Signatures on paper, drawn on a pad, and digital (PAdES), with tamper evidence."""

import datetime as dt
import math
import subprocess

import pymupdf
import pytest
from sqlalchemy import select

from accountdesk.documents.signatures.checks import check_signatures, revision_ends
from accountdesk.documents.signatures.drawn import Drawing, ink_area
from accountdesk.domain.enums import Side, SignatureMethod, SummaryStatus
from accountdesk.services import signing
from accountdesk.services.signing.hashing import sha256
from accountdesk.services.signing.versions import boxes_from_json
from accountdesk.storage import tables as t
from tests.signing.poppler import pdfsig

TODAY = dt.date(2026, 11, 23)
WHEN = dt.datetime(2026, 11, 23, 9, 30, tzinfo=dt.UTC)
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def wave(width=400.0, height=100.0) -> Drawing:
    points = tuple((20 + i * 6, height / 2 + 30 * math.sin(i / 5)) for i in range(60))
    return Drawing(width, height, (points, ((300, 20), (340, 80))))


def boxes(db, version_id):
    with db.session() as session:
        return boxes_from_json(session.get(t.SummaryVersion, version_id).signature_boxes_json)


def sign(db, version_id, side, signer, name=""):
    return signing.sign_digitally(
        db, version_id, side, signer.p12.read_bytes(), signer.passphrase, name
    )


def flip_byte(data: bytes, at: int) -> bytes:
    changed = bytearray(data)
    changed[at] ^= 0x01
    return bytes(changed)


# ---------------------------------------------------------------- paper


def test_wet_ink_signatures_with_a_scan(db, hebrew):
    version = signing.issue_version(db, hebrew, today=TODAY)
    signed = signing.record_paper_signatures(
        db,
        version.id,
        [
            signing.PaperSignature(Side.CUSTOMER, "יוסי כהן", "סמנכ״ל כספים", TODAY),
            signing.PaperSignature(Side.PROVIDER, "אבי מזרחי", "מנהל לקוח", TODAY, PNG, "scan.png"),
        ],
    )
    assert signed.status == SummaryStatus.SIGNED and signed.signed_at is not None
    customer, provider = signed.signatory(Side.CUSTOMER), signed.signatory(Side.PROVIDER)
    assert (customer.method, customer.signed_on, customer.has_scan) == (
        SignatureMethod.PAPER,
        TODAY,
        False,
    )
    assert provider.scan_sha256 == sha256(PNG)
    assert signing.signatory_scan(db, provider.id) == ("scan.png", PNG)
    assert signed.signed_pdf_sha256 == "" and signing.version_pdf(
        db, version.id
    ) == signing.version_pdf(db, version.id, signed=False)
    assert signing.check_version(db, version.id).ok


def test_paper_signatures_that_cannot_be_recorded(db, hebrew):
    version = signing.issue_version(db, hebrew, today=TODAY)
    with pytest.raises(signing.SigningError, match="not a PDF or an image"):
        signing.record_paper_signatures(
            db,
            version.id,
            [
                signing.PaperSignature(
                    Side.CUSTOMER, "יוסי כהן", scan=b"hello", scan_name="notes.txt"
                )
            ],
        )
    with pytest.raises(signing.SigningError, match="name"):
        signing.record_paper_signatures(
            db, version.id, [signing.PaperSignature(Side.CUSTOMER, "  ")]
        )
    with pytest.raises(signing.SigningError, match="already signed"):
        signing.record_paper_signatures(
            db,
            version.id,
            [
                signing.PaperSignature(Side.CUSTOMER, "a"),
                signing.PaperSignature(Side.CUSTOMER, "b"),
            ],
        )
    assert signing.get_version(db, version.id).signatories == ()  # all or nothing


def test_a_changed_scan_is_detected(db, hebrew):
    version = signing.issue_version(db, hebrew, today=TODAY)
    signing.record_paper_signatures(
        db,
        version.id,
        [signing.PaperSignature(Side.CUSTOMER, "יוסי כהן", scan=PNG, scan_name="scan.png")],
    )
    with db.transaction() as session:
        row = session.get(t.Signatory, signing.get_version(db, version.id).signatories[0].id)
        row.scan = flip_byte(row.scan, 20)
    [problem] = signing.check_version(db, version.id).problems
    assert problem.kind == signing.ProblemKind.SCAN_CHANGED and problem.subject == "יוסי כהן"


# ---------------------------------------------------------------- drawn


def ink_in(data: bytes, page_index: int, rect, zoom=2.0) -> int:
    """Dark blue pixels (the pen's colour) inside `rect` (PDF points) of the rendered page."""
    with pymupdf.open(stream=data, filetype="pdf") as document:
        page = document[page_index]
        height = page.rect.height
        x0, y0, x1, y1 = rect
        clip = pymupdf.Rect(x0, height - y1, x1, height - y0)
        pixmap = page.get_pixmap(matrix=pymupdf.Matrix(zoom, zoom), clip=clip)
    samples, n = pixmap.samples, pixmap.n
    return sum(
        1
        for i in range(0, len(samples), n)
        if samples[i + 2] > 90 and samples[i] < 80 and samples[i + 2] - samples[i] > 50
    )


def test_a_drawn_signature_appears_in_its_block(db, hebrew, tmp_path):
    version = signing.issue_version(db, hebrew, today=TODAY)
    box = boxes(db, version.id)[Side.CUSTOMER]
    issued = signing.version_pdf(db, version.id)
    assert ink_in(issued, box.page_index, box.signature) == 0
    signed = signing.add_drawn_signature(
        db, version.id, Side.CUSTOMER, "יוסי כהן", wave(), "סמנכ״ל כספים", WHEN
    )
    data = signing.version_pdf(db, version.id)
    assert ink_in(data, box.page_index, ink_area(box)) > 200
    other = boxes(db, version.id)[Side.PROVIDER]
    assert ink_in(data, other.page_index, other.signature) == 0  # only in the signer's block
    # The caption: who and when, in the block.
    with pymupdf.open(stream=data, filetype="pdf") as document:
        page = document[box.page_index]
        x0, y0, x1, y1 = box.signature
        words = page.get_text(
            clip=pymupdf.Rect(x0, page.rect.height - y1, x1, page.rect.height - y0)
        )
    assert "יוסי כהן" in words and "2026-11-23" in words
    # For a person to look at: tests/signing leaves the rendered block here.
    subprocess.run(
        [
            "pdftoppm",
            "-f",
            str(box.page_index + 1),
            "-l",
            str(box.page_index + 1),
            "-r",
            "100",
            "-png",
            str(_write(tmp_path / "drawn.pdf", data)),
            str(tmp_path / "drawn"),
        ],
        check=False,
    )
    # The issued bytes are kept, and the signed state begins with them.
    assert signing.version_pdf(db, version.id, signed=False) == issued
    assert data.startswith(issued) and sha256(data) == signed.signed_pdf_sha256
    assert signed.pdf_sha256 == version.pdf_sha256 and signed.status == SummaryStatus.ISSUED
    drawn = signed.signatory(Side.CUSTOMER)
    assert (drawn.method, drawn.signed_at, drawn.pdf_sha256) == (
        SignatureMethod.DRAWN,
        WHEN,
        sha256(data),
    )
    assert signing.check_version(db, version.id).ok


def _write(path, data):
    path.write_bytes(data)
    return path


def test_strokes_are_kept_as_data(db, hebrew):
    version = signing.issue_version(db, hebrew, today=TODAY)
    signing.add_drawn_signature(db, version.id, Side.PROVIDER, "אבי מזרחי", wave(), when=WHEN)
    with db.session() as session:
        stored = session.scalars(select(t.Signatory)).one()
    drawing = signing.drawing_from_json(stored.strokes_json)
    assert drawing.width == 400 and len(drawing.strokes) == 2 and len(drawing.strokes[0]) == 60


def test_both_sides_drawn_make_the_version_signed(db, hebrew):
    version = signing.issue_version(db, hebrew, today=TODAY)
    first = signing.add_drawn_signature(
        db, version.id, Side.CUSTOMER, "יוסי כהן", wave(), when=WHEN
    )
    second = signing.add_drawn_signature(
        db, version.id, Side.PROVIDER, "אבי מזרחי", wave(), when=WHEN
    )
    assert second.status == SummaryStatus.SIGNED
    data = signing.version_pdf(db, version.id)
    after_first = first.signatory(Side.CUSTOMER)
    assert sha256(data[: len(data) - 1]) != after_first.pdf_sha256
    assert len(revision_ends(data)) == 3  # issued + two updates
    assert signing.check_version(db, version.id).ok


def test_an_empty_pad_and_drawing_after_a_digital_signature_are_refused(db, hebrew, pki):
    version = signing.issue_version(db, hebrew, today=TODAY)
    with pytest.raises(signing.SigningError, match="empty"):
        signing.add_drawn_signature(
            db, version.id, Side.CUSTOMER, "יוסי כהן", Drawing(400, 100, ())
        )
    sign(db, version.id, Side.PROVIDER, pki.provider)
    with pytest.raises(signing.SigningError, match="after a digital one"):
        signing.add_drawn_signature(db, version.id, Side.CUSTOMER, "יוסי כהן", wave())


# ---------------------------------------------------------------- digital


def test_sign_and_countersign_digitally(db, hebrew, pki, trust_roots, tmp_path):
    version = signing.issue_version(db, hebrew, today=TODAY)
    issued = signing.version_pdf(db, version.id)
    first = sign(db, version.id, Side.PROVIDER, pki.provider)
    assert (
        first.status == SummaryStatus.ISSUED
        and first.signatory(Side.PROVIDER).name == "Avi Mizrahi"
    )
    after_first = signing.version_pdf(db, version.id)
    second = sign(db, version.id, Side.CUSTOMER, pki.customer, "יוסי כהן")
    assert second.status == SummaryStatus.SIGNED
    data = signing.version_pdf(db, version.id)
    assert data.startswith(after_first) and after_first.startswith(issued)
    # pyHanko's own validator, trusting the tests' CA.
    provider, customer = check_signatures(data, trust_roots)
    assert (provider.signer, customer.signer) == ("Avi Mizrahi", "יוסי כהן")
    assert all(c.valid and c.intact and c.trusted for c in (provider, customer))
    assert (
        not provider.whole_document and provider.allowed_changes_only
    )  # the countersignature came after
    assert provider.signed_length == len(after_first)
    assert customer.whole_document
    check = signing.check_version(db, version.id, trust_roots)
    assert check.ok and len(check.signatures) == 2
    # poppler: the certificates are not trusted there, but the signatures are valid.
    report = pdfsig(_write(tmp_path / "signed.pdf", data))
    assert report.count("Signature is Valid") == 2
    assert "Total document signed" in report
    assert "Avi Mizrahi" in report and "יוסי כהן" in report


def test_without_the_ca_the_signatures_are_valid_but_not_trusted(db, hebrew, pki):
    version = signing.issue_version(db, hebrew, today=TODAY)
    sign(db, version.id, Side.PROVIDER, pki.provider)
    [check] = check_signatures(signing.version_pdf(db, version.id))
    assert check.valid and not check.trusted


def test_a_drawn_signature_then_a_digital_one(db, hebrew, pki, trust_roots):
    version = signing.issue_version(db, hebrew, today=TODAY)
    signing.add_drawn_signature(db, version.id, Side.CUSTOMER, "יוסי כהן", wave(), when=WHEN)
    signed = sign(db, version.id, Side.PROVIDER, pki.provider)
    assert signed.status == SummaryStatus.SIGNED
    [check] = check_signatures(signing.version_pdf(db, version.id), trust_roots)
    assert check.valid and check.whole_document
    assert signing.check_version(db, version.id).ok


def test_a_wrong_passphrase_is_refused_and_never_stored(db, hebrew, pki):
    version = signing.issue_version(db, hebrew, today=TODAY)
    with pytest.raises(signing.SigningError, match="passphrase"):
        signing.sign_digitally(
            db, version.id, Side.PROVIDER, pki.provider.p12.read_bytes(), "wrong"
        )
    sign(db, version.id, Side.PROVIDER, pki.provider)
    with db.session() as session:
        dump = "\n".join(session.connection().connection.driver_connection.iterdump())
    assert pki.provider.passphrase not in dump


def test_a_changed_byte_in_a_signed_file_is_detected(db, hebrew, pki, trust_roots):
    version = signing.issue_version(db, hebrew, today=TODAY)
    sign(db, version.id, Side.PROVIDER, pki.provider)
    sign(db, version.id, Side.CUSTOMER, pki.customer)
    data = signing.version_pdf(db, version.id)
    assert signing.verify_file(data, db, trust_roots, require_trust=True).ok
    tampered = flip_byte(
        data, len(version_pdf_issued(db, version.id)) // 2
    )  # inside both signed ranges
    report = signing.verify_file(tampered, db, trust_roots)
    assert not report.ok
    assert report.signatures and not any(c.valid for c in report.signatures)
    assert report.match is None  # no stored version has these bytes


def version_pdf_issued(db, version_id):
    return signing.version_pdf(db, version_id, signed=False)


def test_a_changed_byte_in_the_stored_signed_pdf_is_detected(db, hebrew, pki):
    version = signing.issue_version(db, hebrew, today=TODAY)
    sign(db, version.id, Side.PROVIDER, pki.provider)
    with db.transaction() as session:
        row = session.get(t.SummaryVersion, version.id)
        row.signed_pdf = flip_byte(row.signed_pdf, 400)
    check = signing.check_version(db, version.id)
    kinds = {p.kind for p in check.problems}
    assert signing.ProblemKind.SIGNED_PDF_CHANGED in kinds
    assert signing.ProblemKind.SIGNED_PDF_NOT_FROM_ISSUED in kinds
    assert signing.ProblemKind.SIGNATURE_INVALID in kinds


def test_a_copy_signed_elsewhere_is_found_by_its_issued_bytes(db, hebrew, pki):
    from accountdesk.documents.signatures.pades import load_credentials, sign_pdf

    version = signing.issue_version(db, hebrew, today=TODAY)
    issued = signing.version_pdf(db, version.id)
    box = boxes(db, version.id)[Side.CUSTOMER]
    credentials = load_credentials(pki.customer.p12.read_bytes(), pki.customer.passphrase)
    copy = sign_pdf(issued, credentials, box, "Customer", "יוסי כהן", "he", WHEN)
    report = signing.verify_file(copy, db)
    assert report.ok and report.match is not None and not report.match.exact
    assert (report.match.version.number, report.match.state) == (1, "issued")
