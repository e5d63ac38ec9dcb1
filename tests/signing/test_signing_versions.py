"""Issuing versions: frozen snapshots and PDFs with their hashes; new versions; superseding."""

import datetime as dt

import pymupdf
import pytest

from accountdesk.domain.enums import Language, Side, SummaryStatus
from accountdesk.services import signing
from accountdesk.services.service_files import load_file, save_file
from accountdesk.services.signing.hashing import sha256
from accountdesk.storage import tables as t

TODAY = dt.date(2026, 11, 23)


def pdf_text(data: bytes) -> str:
    with pymupdf.open(stream=data, filetype="pdf") as document:
        # Lines joined with spaces: a wrapped line must not hide a phrase.
        return " ".join(" ".join(page.get_text() for page in document).split())


def both_on_paper(db, version_id):
    return signing.record_paper_signatures(
        db,
        version_id,
        [
            signing.PaperSignature(Side.CUSTOMER, "יוסי כהן", "סמנכ״ל כספים", TODAY),
            signing.PaperSignature(Side.PROVIDER, "אבי מזרחי", "מנהל לקוח", TODAY),
        ],
    )


def test_issuing_freezes_snapshot_pdf_language_issuer_and_hashes(db, hebrew):
    version = signing.issue_version(db, hebrew, issued_by="אבי מזרחי", today=TODAY)
    assert (version.number, version.status, version.language) == (
        1,
        SummaryStatus.ISSUED,
        Language.HEBREW,
    )
    assert version.issued_by == "אבי מזרחי" and version.issued_at is not None
    data = signing.version_pdf(db, version.id)
    assert data.startswith(b"%PDF-") and sha256(data) == version.pdf_sha256
    snapshot = signing.version_snapshot(db, version.id)
    assert snapshot.sha256 == version.snapshot_sha256
    assert snapshot.file.expectations[0].customer_words == "שהמייל לא ייפול באמצע יום העבודה"
    assert "אבי מזרחי" in snapshot.staff  # how to reach the staff is frozen too
    assert "גרסה" in pdf_text(data) and signing.check_version(db, version.id).ok


def test_a_later_change_does_not_touch_an_issued_version(db, hebrew):
    first = signing.issue_version(db, hebrew, today=TODAY)
    before = signing.version_pdf(db, first.id)
    file = load_file(db, hebrew)
    file.expectations[0].customer_words = "המייל חייב לעבוד תמיד"
    save_file(db, file)
    assert signing.version_pdf(db, first.id) == before
    assert signing.get_version(db, first.id) == first
    second = signing.issue_version(db, hebrew, today=TODAY)
    assert second.number == 2
    assert (
        signing.version_snapshot(db, second.id).file.expectations[0].customer_words
        == "המייל חייב לעבוד תמיד"
    )


def test_earlier_versions_are_superseded_only_once_the_new_one_is_signed(db, hebrew):
    first = signing.issue_version(db, hebrew, today=TODAY)
    both_on_paper(db, first.id)
    second = signing.issue_version(db, hebrew, today=TODAY)
    statuses = [v.status for v in signing.list_versions(db, hebrew)]
    assert statuses == [SummaryStatus.SIGNED, SummaryStatus.ISSUED]
    signing.record_paper_signatures(
        db, second.id, [signing.PaperSignature(Side.CUSTOMER, "יוסי כהן")]
    )
    assert (
        signing.get_version(db, first.id).status == SummaryStatus.SIGNED
    )  # one side is not enough
    signing.record_paper_signatures(
        db, second.id, [signing.PaperSignature(Side.PROVIDER, "אבי מזרחי")]
    )
    statuses = [v.status for v in signing.list_versions(db, hebrew)]
    assert statuses == [SummaryStatus.SUPERSEDED, SummaryStatus.SIGNED]


def test_a_superseded_version_stays_readable_and_unchanged(db, hebrew):
    first = signing.issue_version(db, hebrew, today=TODAY)
    first = both_on_paper(db, first.id)
    frozen_pdf, frozen_snapshot = (
        signing.version_pdf(db, first.id),
        signing.version_snapshot(db, first.id).text,
    )
    second = signing.issue_version(db, hebrew, today=TODAY)
    both_on_paper(db, second.id)
    old = signing.get_version(db, first.id)
    assert old.status == SummaryStatus.SUPERSEDED
    assert (old.pdf_sha256, old.snapshot_sha256) == (first.pdf_sha256, first.snapshot_sha256)
    assert signing.version_pdf(db, first.id) == frozen_pdf
    assert signing.version_snapshot(db, first.id).text == frozen_snapshot
    assert signing.check_version(db, first.id).ok
    with pytest.raises(signing.SigningError, match="superseded"):
        signing.record_paper_signatures(db, first.id, [signing.PaperSignature(Side.CUSTOMER, "x")])


def test_the_new_version_lists_the_changes_since_the_signed_one_in_its_language(db, hebrew):
    first = signing.issue_version(db, hebrew, today=TODAY)
    both_on_paper(db, first.id)
    file = load_file(db, hebrew)
    file.expectations[0].customer_words = "שהמייל לא ייפול באמצע יום העבודה, גם בסופי שבוע"
    file.escalation_paths[0].levels[1].after_minutes = 60
    save_file(db, file)
    second = signing.issue_version(db, hebrew, today=TODAY)
    text = pdf_text(signing.version_pdf(db, second.id))
    assert "שינויים מאז הגרסה החתומה" in text
    assert "ניסוח הציפייה שונה" in text and "גם בסופי" in text
    assert "הסלמה (קריטית, ספק)" in text and "הוזז: היה אבי מזרחי, לאחר" in text
    since, changes = signing.changes_since_signed(db, second.id)
    assert since.number == 1
    assert [c.kind.value for c in changes] == ["expectation_reworded", "escalation_level_moved"]


def test_without_changes_or_when_asked_not_to_there_is_no_changes_section(db, english):
    first = signing.issue_version(db, english, today=TODAY)
    signing.record_paper_signatures(
        db,
        first.id,
        [
            signing.PaperSignature(Side.CUSTOMER, "Ann Smith"),
            signing.PaperSignature(Side.PROVIDER, "Sarah Cole"),
        ],
    )
    same = signing.issue_version(db, english, today=TODAY)
    assert "Changes since" not in pdf_text(signing.version_pdf(db, same.id))
    file = load_file(db, english)
    file.expectations[0].customer_words = "Tills must work on Saturdays and Sundays"
    save_file(db, file)
    quiet = signing.issue_version(db, english, include_changes=False, today=TODAY)
    assert "Changes since" not in pdf_text(signing.version_pdf(db, quiet.id))
    listed = signing.issue_version(db, english, today=TODAY)
    assert "Changes since the signed version" in pdf_text(signing.version_pdf(db, listed.id))


def test_a_draft_is_regenerated_freely_and_issuing_freezes_it(db, hebrew):
    draft = signing.save_draft(db, hebrew, today=TODAY)
    assert (draft.number, draft.status) == (1, SummaryStatus.DRAFT)
    file = load_file(db, hebrew)
    file.industry = "מזון ומשקאות"
    save_file(db, file)
    again = signing.save_draft(db, hebrew, today=TODAY)
    assert again.id == draft.id and again.pdf_sha256 != draft.pdf_sha256
    issued = signing.issue_version(db, hebrew, today=TODAY)
    assert (issued.id, issued.number, issued.status) == (draft.id, 1, SummaryStatus.ISSUED)
    with pytest.raises(signing.SigningError):
        signing.record_paper_signatures(
            db, signing.save_draft(db, hebrew).id, [signing.PaperSignature(Side.CUSTOMER, "x")]
        )


def test_another_language_on_request(db, hebrew):
    version = signing.issue_version(db, hebrew, language="en", today=TODAY)
    assert version.language == Language.ENGLISH
    assert "Expectation-alignment summary" in pdf_text(signing.version_pdf(db, version.id))
    with pytest.raises(signing.SigningError):
        signing.issue_version(db, hebrew, language="de")


def test_a_changed_byte_in_a_stored_version_is_detected(db, hebrew):
    version = signing.issue_version(db, hebrew, today=TODAY)
    with db.transaction() as session:
        row = session.get(t.SummaryVersion, version.id)
        data = bytearray(row.pdf)
        data[len(data) // 2] ^= 0x01
        row.pdf = bytes(data)
        row.snapshot_json = row.snapshot_json.replace("שהמייל", "שהדואר")
    check = signing.check_version(db, version.id)
    assert not check.ok
    assert {p.kind for p in check.problems} == {
        signing.ProblemKind.PDF_CHANGED,
        signing.ProblemKind.SNAPSHOT_CHANGED,
    }
