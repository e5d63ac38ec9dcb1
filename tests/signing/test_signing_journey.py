"""The issue's "done when", end to end: a Hebrew summary signed on paper, a second version
with the changes listed, signed digitally and countersigned, verified, and a tampered copy
caught."""

import datetime as dt

import pymupdf

from accountdesk.cli import main as cli_main
from accountdesk.domain.enums import Side, SummaryStatus
from accountdesk.services import signing
from accountdesk.services.service_files import load_file, save_file
from tests.signing.poppler import pdfsig


def test_from_wet_ink_to_a_verified_countersigned_second_version(
    db, hebrew, pki, tmp_path, monkeypatch, capsys
):
    # Version 1, in Hebrew, printed and signed in ink by both sides.
    first = signing.issue_version(db, hebrew, issued_by="אבי מזרחי")
    assert first.language.value == "he"
    signing.record_paper_signatures(
        db,
        first.id,
        [
            signing.PaperSignature(
                Side.CUSTOMER, "יוסי כהן", "סמנכ״ל כספים", dt.date(2026, 11, 23)
            ),
            signing.PaperSignature(Side.PROVIDER, "אבי מזרחי", "מנהל לקוח", dt.date(2026, 11, 23)),
        ],
    )
    # An expectation changes; version 2 lists the change.
    file = load_file(db, hebrew)
    file.expectations[1].agreed_target = "מענה אנושי תוך 10 דקות"
    save_file(db, file)
    second = signing.issue_version(db, hebrew, issued_by="אבי מזרחי")
    with pymupdf.open(stream=signing.version_pdf(db, second.id), filetype="pdf") as document:
        text = " ".join(" ".join(page.get_text() for page in document).split())
    assert "שינויים מאז הגרסה החתומה" in text and "היעד המוסכם של" in text
    # Signed digitally, then countersigned.
    for side, signer in ((Side.PROVIDER, pki.provider), (Side.CUSTOMER, pki.customer)):
        signing.sign_digitally(db, second.id, side, signer.p12.read_bytes(), signer.passphrase)
    assert [v.status for v in signing.list_versions(db, hebrew)] == [
        SummaryStatus.SUPERSEDED,
        SummaryStatus.SIGNED,
    ]
    copy = tmp_path / "summary-v2.pdf"
    copy.write_bytes(signing.version_pdf(db, second.id))
    # `accountdesk verify` and poppler both say the signatures are valid.
    assert (
        cli_main.main(["verify", str(copy), "--trust", str(pki.ca_pem), "--db", str(db.path)]) == 0
    )
    assert "version 2 (signed)" in capsys.readouterr().out
    report = pdfsig(copy)
    assert report.count("Signature is Valid") == 2
    # A tampered copy is caught by both.
    data = bytearray(copy.read_bytes())
    data[len(data) // 4] ^= 0x01
    tampered = tmp_path / "tampered.pdf"
    tampered.write_bytes(bytes(data))
    assert (
        cli_main.main(["verify", str(tampered), "--trust", str(pki.ca_pem), "--db", str(db.path)])
        == 1
    )
    out = capsys.readouterr().out
    assert "NOT VALID" in out and "not the bytes of any stored summary version" in out
    assert "Signature is Valid" not in pdfsig(tampered)
    # The first version is still there, unchanged.
    assert signing.check_version(db, first.id).ok
