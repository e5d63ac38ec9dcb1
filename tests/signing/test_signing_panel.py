"""The signing panel, driven as a user would: issue, paper, draw, sign digitally, warnings."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import QPoint, Qt, QThreadPool
from PySide6.QtTest import QTest

from accountdesk.domain.enums import Side, SignatureMethod, SummaryStatus
from accountdesk.services import signing
from accountdesk.services.service_files import load_file
from accountdesk.storage import tables as t


@pytest.fixture
def panel(qtbot, db, hebrew):
    from accountdesk.ui.file.context import FileContext
    from accountdesk.ui.file.session import FileSession
    from accountdesk.ui.signing import SigningPanel

    context = FileContext(db)
    widget = SigningPanel(context)  # follows the context by itself
    qtbot.addWidget(widget)
    session = FileSession(load_file(db, hebrew), context)
    context.set_session(session)
    widget.show()
    wait_idle(qtbot, widget)
    yield widget
    QThreadPool.globalInstance().waitForDone(10000)
    session.undo_stack.clear()


def wait_idle(qtbot, panel) -> None:
    qtbot.waitUntil(
        lambda: not panel._busy and all(r.check is not None for r in panel.model.rows()),
        timeout=20000,
    )
    QThreadPool.globalInstance().waitForDone(10000)
    qtbot.waitUntil(lambda: not panel._busy, timeout=20000)


def accept(qtbot, panel, button, fill=lambda dialog: None):
    button.click()
    dialog = panel.dialog
    assert dialog is not None and dialog.isVisible()
    fill(dialog)
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    wait_idle(qtbot, panel)
    return dialog


def issue(qtbot, panel):
    accept(qtbot, panel, panel.issue_button)
    return panel.model.rows()[-1].info


def test_the_versions_model_passes_the_model_tester(qtbot, panel, qtmodeltester):
    issue(qtbot, panel)
    qtmodeltester.check(panel.model)


def test_issue_then_record_paper_signatures(qtbot, panel, tmp_path):
    assert panel.model.rowCount() == 0 and not panel.paper_button.isEnabled()
    version = issue(qtbot, panel)
    assert (version.number, version.status) == (1, SummaryStatus.ISSUED)
    assert panel.paper_button.isEnabled() and panel.digital_button.isEnabled()
    scan = tmp_path / "scan.png"
    scan.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 32)

    def fill(dialog):
        assert dialog.sides[Side.CUSTOMER][1].text() == "יוסי כהן"  # the decision maker
        assert dialog.sides[Side.PROVIDER][1].text() == "אבי מזרחי"  # the account manager
        dialog.scan_path.setText(str(scan))

    accept(qtbot, panel, panel.paper_button, fill)
    info = panel.model.rows()[-1].info
    assert info.status == SummaryStatus.SIGNED
    assert {s.method for s in info.signatories} == {SignatureMethod.PAPER}
    assert all(s.scan_name == "scan.png" for s in info.signatories)
    assert not panel.paper_button.isEnabled()  # a signed version is frozen
    assert not panel.warning.isVisible()
    assert "Hashes match" in panel.model.index(0, 5).data()


def test_a_paper_dialog_without_names_is_not_accepted(qtbot, panel):
    issue(qtbot, panel)
    panel.paper_button.click()
    dialog = panel.dialog
    for _group, name, _role, _date in dialog.sides.values():
        name.clear()
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert dialog.isVisible() and dialog.error.isVisible()
    dialog.reject()


def test_draw_a_signature_on_the_pad(qtbot, panel):
    version = issue(qtbot, panel)

    def draw(dialog):
        pad = dialog.pad
        QTest.mousePress(pad, Qt.MouseButton.LeftButton, pos=QPoint(30, 60))
        for x in range(35, 300, 10):
            QTest.mouseMove(pad, QPoint(x, 60 + (x // 10 % 5) * 6))
        QTest.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=QPoint(300, 70))
        assert not pad.is_empty() and len(pad.drawing().strokes[0]) > 10

    accept(qtbot, panel, panel.draw_button, draw)
    info = signing.get_version(panel.context.db, version.id)
    assert info.signatory(Side.CUSTOMER).method == SignatureMethod.DRAWN
    assert info.signed_pdf_sha256 and signing.check_version(panel.context.db, version.id).ok


def test_sign_digitally_with_a_certificate_and_passphrase(qtbot, panel, pki):
    version = issue(qtbot, panel)

    def fill(dialog):
        dialog.side.setCurrentIndex(dialog.side.findData(Side.PROVIDER))
        dialog.certificate.setText(str(pki.provider.p12))
        dialog.passphrase.setText(pki.provider.passphrase)

    accept(qtbot, panel, panel.digital_button, fill)
    info = signing.get_version(panel.context.db, version.id)
    assert info.signatory(Side.PROVIDER) is not None, panel.status.text()
    assert info.signatory(Side.PROVIDER).method == SignatureMethod.DIGITAL
    assert "valid" in panel.details.toPlainText()
    assert not panel.draw_button.isEnabled()  # drawing now would break the digital signature


def test_a_wrong_passphrase_is_shown_not_raised(qtbot, panel, pki):
    issue(qtbot, panel)

    def fill(dialog):
        dialog.certificate.setText(str(pki.provider.p12))
        dialog.passphrase.setText("wrong")

    accept(qtbot, panel, panel.digital_button, fill)
    assert "wrong passphrase" in panel.status.text()


def test_a_tampered_version_raises_a_loud_warning(qtbot, panel):
    version = issue(qtbot, panel)
    db = panel.context.db
    with db.transaction() as session:
        row = session.get(t.SummaryVersion, version.id)
        data = bytearray(row.pdf)
        data[1000] ^= 0x01
        row.pdf = bytes(data)
    panel.verify_button.click()
    wait_idle(qtbot, panel)
    assert panel.warning.isVisible() and "WARNING" in panel.warning.text()
    assert "issued PDF no longer matches its hash" in panel.warning.text()
    assert "b00020" in panel.warning.styleSheet()
    assert "CHANGED" in panel.model.index(0, 5).data()
    assert not panel.paper_button.isEnabled()  # nobody signs a document that was changed


def test_signatures_stripped_from_the_stored_version_raise_the_warning(qtbot, panel):
    version = issue(qtbot, panel)
    db = panel.context.db
    signing.record_paper_signatures(
        db, version.id, [signing.PaperSignature(Side.CUSTOMER, "יוסי כהן")]
    )
    signing.add_drawn_signature(
        db,
        version.id,
        Side.PROVIDER,
        "אבי מזרחי",
        signing.drawing_from_json('{"width": 100, "height": 50, "strokes": [[[1, 1], [90, 40]]]}'),
    )
    with db.transaction() as session:
        row = session.get(t.SummaryVersion, version.id)
        row.signed_pdf, row.signed_pdf_sha256 = None, ""
        for signatory in row.signatories:
            signatory.pdf_length, signatory.pdf_sha256 = None, ""
    panel.verify_button.click()
    wait_idle(qtbot, panel)
    warning = panel.warning.text()
    assert panel.warning.isVisible() and "WARNING" in warning
    assert "the database records a signature drawn by" in warning and "אבי מזרחי" in warning
    assert "on paper" not in warning  # a paper signature is never in the stored PDF


def test_the_changes_of_a_new_version_are_shown(qtbot, panel):
    version = issue(qtbot, panel)
    db = panel.context.db
    signing.record_paper_signatures(
        db,
        version.id,
        [
            signing.PaperSignature(Side.CUSTOMER, "יוסי כהן"),
            signing.PaperSignature(Side.PROVIDER, "אבי מזרחי"),
        ],
    )
    from accountdesk.services.service_files import save_file

    file = load_file(db, version.customer_id)
    file.expectations[1].agreed_target = "מענה אנושי תוך 10 דקות"
    saved = save_file(db, file)
    panel.session.mark_saved(saved)
    issue(qtbot, panel)
    text = panel.details.toPlainText()
    assert "Changes since version 1:" in text and "Agreed target of" in text and "10 דקות" in text


def test_issuing_waits_for_unsaved_edits(qtbot, panel):
    panel.session.set_field("industry", "מזון", "edit")
    panel.issue_button.click()
    assert panel.dialog is None and "Save the service file first" in panel.status.text()


def test_the_panel_fits_in_another_tab_with_one_line(qtbot, db, hebrew):
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    from accountdesk.ui.file.context import FileContext
    from accountdesk.ui.file.session import FileSession
    from accountdesk.ui.signing import SigningPanel

    context = FileContext(db)
    host = QWidget()
    qtbot.addWidget(host)
    QVBoxLayout(host).addWidget(SigningPanel(context, host))
    panel = host.findChild(SigningPanel)
    session = FileSession(load_file(db, hebrew), context)
    context.set_session(session)
    wait_idle(qtbot, panel)
    assert panel.session is session and panel.issue_button.isEnabled()
    session.undo_stack.clear()


def test_every_problem_and_change_has_words_on_screen():
    from accountdesk.services.signing.changes import ChangeKind
    from accountdesk.services.signing.verification import PROBLEM_TEXTS, ProblemKind
    from accountdesk.ui.signing import texts

    assert texts.PROBLEM == PROBLEM_TEXTS and set(texts.PROBLEM) == set(ProblemKind)
    assert set(texts.CHANGE) == set(ChangeKind)


def test_version_numbers_in_persian_digits_and_hashes_kept_whole(qtbot, panel, qapp):
    from accountdesk.ui.language import LanguageManager

    issue(qtbot, panel)
    languages = LanguageManager(qapp)
    try:
        languages.apply("fa")
        assert panel.model.index(0, 0).data() == "۱"
        panel._selection_changed()  # the details pane, as when the row is chosen
        details = panel.details.toPlainText()
        assert "۱" in details
        # A hash is one left-to-right run: its leading digits stay with the rest.
        assert "\u2066" + panel.model.rows()[0].info.pdf_sha256 + "\u2069" in details
    finally:
        languages.apply("en")
    assert panel.model.index(0, 0).data() == "1"
