"""What the database records about a version against what a PDF carries.

A copy of a signed version with its signatures stripped (the issued bytes, or an earlier
state) is not the signed version: `verify` names each recorded signature the file lacks
and exits 1, and the stored check (what the app shows) says the same words.
"""

from __future__ import annotations

import datetime as dt
import math

import pytest

from accountdesk.cli import main as cli_main
from accountdesk.documents.signatures.drawing import Drawing
from accountdesk.domain.enums import Side
from accountdesk.services import signing
from accountdesk.storage import tables as t

WHEN = dt.datetime(2026, 11, 23, 9, 30, tzinfo=dt.UTC)


def wave() -> Drawing:
    points = tuple((20 + i * 6, 50 + 30 * math.sin(i / 5)) for i in range(60))
    return Drawing(400.0, 100.0, (points,))


def verify(db, data: bytes, tmp_path, capsys) -> tuple[int, str]:
    path = tmp_path / "copy.pdf"
    path.write_bytes(data)
    status = cli_main.main(["verify", str(path), "--db", str(db.path)])
    return status, capsys.readouterr().out


@pytest.fixture
def signed_digitally(db, hebrew, pki):
    version = signing.issue_version(db, hebrew)
    for side, signer in ((Side.PROVIDER, pki.provider), (Side.CUSTOMER, pki.customer)):
        signing.sign_digitally(db, version.id, side, signer.p12.read_bytes(), signer.passphrase)
    return signing.get_version(db, version.id)


def test_a_copy_with_its_digital_signatures_stripped_is_not_valid(
    db, signed_digitally, tmp_path, capsys
):
    stripped = signing.version_pdf(db, signed_digitally.id, signed=False)
    status, out = verify(db, stripped, tmp_path, capsys)
    assert status == 1
    assert "0 digital signatures" in out and "status signed" in out
    assert (
        "database: MISSING: the database records a digital signature by Avi Mizrahi; "
        "the PDF does not carry it" in out
    )
    assert "a digital signature by יוסי כהן; the PDF does not carry it" in out
    assert out.rstrip().endswith("result: NOT VALID")


def test_a_copy_with_fewer_signatures_names_only_the_one_missing(
    db, signed_digitally, tmp_path, capsys
):
    provider = signed_digitally.signatory(Side.PROVIDER)
    full = signing.version_pdf(db, signed_digitally.id)
    with db.session() as session:
        length = session.get(t.Signatory, provider.id).pdf_length
    status, out = verify(db, full[:length], tmp_path, capsys)
    assert status == 1 and "1 digital signature\n" in out
    assert "MISSING: the database records a digital signature by יוסי כהן" in out
    assert "by Avi Mizrahi; the PDF does not carry it" not in out


def test_the_whole_signed_file_carries_every_signature(db, signed_digitally, tmp_path, capsys):
    status, out = verify(db, signing.version_pdf(db, signed_digitally.id), tmp_path, capsys)
    assert status == 0 and "MISSING" not in out and out.rstrip().endswith("result: all valid")


def test_drawn_signatures_stripped_are_named(db, hebrew, tmp_path, capsys):
    version = signing.issue_version(db, hebrew)
    signing.add_drawn_signature(db, version.id, Side.PROVIDER, "אבי מזרחי", wave(), when=WHEN)
    signing.add_drawn_signature(db, version.id, Side.CUSTOMER, "יוסי כהן", wave(), when=WHEN)
    status, out = verify(db, signing.version_pdf(db, version.id, signed=False), tmp_path, capsys)
    assert status == 1
    assert "MISSING: the database records a signature drawn by אבי מזרחי" in out
    assert "MISSING: the database records a signature drawn by יוסי כהן" in out
    status, out = verify(db, signing.version_pdf(db, version.id), tmp_path, capsys)
    assert status == 0 and "MISSING" not in out


def test_a_version_signed_on_paper_is_not_the_issued_file(db, hebrew, tmp_path, capsys):
    version = signing.issue_version(db, hebrew)
    status, out = verify(db, signing.version_pdf(db, version.id), tmp_path, capsys)
    assert status == 0  # issued, nobody has signed: the file is the whole version
    signing.record_paper_signatures(
        db,
        version.id,
        [
            signing.PaperSignature(Side.PROVIDER, "אבי מזרחי"),
            signing.PaperSignature(Side.CUSTOMER, "יוסי כהן"),
        ],
    )
    status, out = verify(db, signing.version_pdf(db, version.id), tmp_path, capsys)
    assert status == 1 and "status signed" in out
    assert "MISSING: the database records a signature by אבי מזרחי on paper" in out
    assert "MISSING: the database records a signature by יוסי כהן on paper" in out


def test_a_signature_made_elsewhere_is_named_as_not_recorded(db, hebrew, pki, tmp_path, capsys):
    from accountdesk.documents.signatures.pades import load_credentials, sign_pdf
    from accountdesk.services.signing.versions import boxes_from_json

    version = signing.issue_version(db, hebrew)
    with db.session() as session:
        boxes = boxes_from_json(session.get(t.SummaryVersion, version.id).signature_boxes_json)
    credentials = load_credentials(pki.customer.p12.read_bytes(), pki.customer.passphrase)
    copy = sign_pdf(
        signing.version_pdf(db, version.id), credentials, boxes[Side.CUSTOMER], "X", "Y", "he", WHEN
    )
    status, out = verify(db, copy, tmp_path, capsys)
    assert status == 0  # a copy signed elsewhere is still the issued version, signed validly
    assert (
        "database: NOTE: the PDF carries a digital signature by יוסי כהן "
        "that the database does not record" in out
    )


def test_signatures_removed_from_the_stored_version_are_reported(db, signed_digitally):
    """The database still lists the signatories, but the signed bytes are gone."""
    with db.transaction() as session:
        row = session.get(t.SummaryVersion, signed_digitally.id)
        row.signed_pdf, row.signed_pdf_sha256 = None, ""
        for signatory in row.signatories:
            signatory.pdf_length, signatory.pdf_sha256 = None, ""
    check = signing.check_version(db, signed_digitally.id)
    assert not check.ok
    assert [(p.kind, p.subject) for p in check.problems] == [
        (signing.ProblemKind.SIGNATURE_MISSING, "Avi Mizrahi"),
        (signing.ProblemKind.SIGNATURE_MISSING, "יוסי כהן"),
    ]
    assert check.problems[0].text() == (
        "the database records a digital signature by Avi Mizrahi; the PDF does not carry it"
    )
