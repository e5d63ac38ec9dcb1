"""The signing panel of one customer: versions (of the summary, or of one period's service
report), signatures, integrity, changes.

Everything that reads or writes the database runs off the UI thread (BackgroundOp);
each button is one user action, one transaction in the services. A version whose stored
bytes no longer match their hashes, or whose digital signature fails, raises a red
banner above everything else in the panel.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from accountdesk.domain.achievement import Period
from accountdesk.domain.enums import DocumentKind, ItilRelation, Language, Side, SummaryStatus
from accountdesk.ui.file.context import FileContext
from accountdesk.ui.file.session import FileSession
from accountdesk.ui.file.tab import FileTab, read_only_reason
from accountdesk.ui.formatting import fmt, isolate, isolate_ltr, ui_paragraph
from accountdesk.ui.labels import word
from accountdesk.ui.operations import BackgroundOp
from accountdesk.ui.signing import texts
from accountdesk.ui.signing.dialogs import DigitalDialog, DrawDialog, IssueDialog, PaperDialog
from accountdesk.ui.signing.model import VersionRow, VersionsModel, load_rows
from accountdesk.ui.widgets.forms import ERROR_STYLE
from accountdesk.ui.widgets.wrapped_label import WrappedLabel
from accountdesk.ui.window import choosers

ALARM_STYLE = (
    "background-color: #b00020; color: white; font-weight: bold; padding: 8px; border-radius: 3px;"
)
DialogT = TypeVar("DialogT", bound=QDialog)


class SigningPanel(FileTab):
    """The versions of one kind: the customer's summaries (as a tab of its own or inside
    the Summaries tab), or the service reports of the period `set_period` gives (inside
    the Reports tab, which issues them itself)."""

    key = "signing"

    def __init__(
        self,
        context: FileContext,
        parent: QWidget | None = None,
        kind: DocumentKind = DocumentKind.SUMMARY,
    ) -> None:
        super().__init__(context, parent)
        self.kind = kind
        self.period: Period | None = None
        self._customer_id: int | None = None
        self._wanted: int | None = None  # the version number to select after a reload
        self._busy = False
        self._loads = 0
        self.dialog: QWidget | None = None
        self._build()
        self.retranslate()
        # Follows the open file itself, so it works inside another tab as well as as one.
        context.session_changed.connect(self.set_session)
        self.set_session(context.session)

    # ------------------------------------------------------------ widgets

    def _build(self) -> None:
        self.warning = WrappedLabel(self)
        self.warning.setStyleSheet(ALARM_STYLE)
        self.warning.setVisible(False)
        self.model = VersionsModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._selection_changed())
        self.details = QTextBrowser(self)
        self.status = WrappedLabel(self)
        self.issue_button, self.paper_button, self.draw_button = (
            QPushButton(self) for _ in range(3)
        )
        self.digital_button, self.save_button, self.verify_button = (
            QPushButton(self) for _ in range(3)
        )
        buttons = QHBoxLayout()
        for button in (self.issue_button, self.paper_button, self.draw_button, self.digital_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        for button in (self.save_button, self.verify_button):
            buttons.addWidget(button)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        layout = QVBoxLayout(self)
        layout.addWidget(self.warning)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(splitter, 1)
        self.issue_button.clicked.connect(self.issue)
        self.paper_button.clicked.connect(self.record_paper)
        self.draw_button.clicked.connect(self.draw)
        self.digital_button.clicked.connect(self.sign_digitally)
        self.save_button.clicked.connect(self.save_pdf)
        self.verify_button.clicked.connect(self.reload)
        self.issue_button.setVisible(self.kind is DocumentKind.SUMMARY)

    def title(self) -> str:
        return word("Field", "Signatures")

    def retranslate(self) -> None:
        self.issue_button.setText(self.tr("&Issue version…"))
        self.paper_button.setText(self.tr("Signed on &paper…"))
        self.draw_button.setText(self.tr("&Draw signature…"))
        self.digital_button.setText(self.tr("Sign di&gitally…"))
        self.save_button.setText(self.tr("Save P&DF…"))
        self.verify_button.setText(self.tr("&Verify again"))
        self.model.retranslate()
        self._show_rows_state()

    # ------------------------------------------------------------ the open file

    def set_session(self, session: FileSession | None) -> None:
        super().set_session(session)
        customer_id = session.file.id if session is not None else None
        if customer_id != self._customer_id:
            self._customer_id = customer_id
            self.model.set_rows([])
            self.reload()
        self._update_buttons()

    def set_period(self, period: Period | None) -> None:
        """The period whose report versions are listed (a report panel's)."""
        if period != self.period:
            self.period = period
            self.model.set_rows([])
            self.reload()

    def show_version(self, number: int) -> None:
        """Read the versions again and select this one (just issued elsewhere)."""
        self._wanted = number
        self.reload()

    def refresh(self) -> None:
        """An edit on screen: versions do not change, but issuing waits for a save."""
        self._update_buttons()

    def reload(self) -> None:
        """Read every version again and check each one."""
        customer_id, db, kind, period = self._customer_id, self.context.db, self.kind, self.period
        self._loads += 1  # only the latest reading is shown: another period may be asked
        ticket = self._loads
        if customer_id is None or (kind is DocumentKind.REPORT and period is None):
            self._show_rows([], customer_id, ticket)
            return
        self._set_busy(True)
        (
            BackgroundOp(self, lambda: load_rows(db, customer_id, kind, period))
            .success(lambda rows: self._show_rows(rows, customer_id, ticket))
            .failure(self._failed)
            .run()
        )

    def _show_rows(self, rows: list[VersionRow], customer_id: int | None, ticket: int) -> None:
        if ticket != self._loads:
            return  # a later reading is on its way
        self._set_busy(False)
        if customer_id != self._customer_id:
            return  # another customer was opened meanwhile
        current = self.selected()
        wanted = self._wanted or (current.info.number if current else None)
        self._wanted = None
        self.model.set_rows(rows)
        numbers = [row.info.number for row in rows]
        keep = numbers.index(wanted) if wanted in numbers else len(rows) - 1
        if rows:
            self._select_row(keep)
        self._show_rows_state()

    def _select_row(self, row: int) -> None:
        """Not QTableView.selectRow: in a right-to-left view Qt 6.12 finds no cell under its
        leading edge, and nothing is selected."""
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.selectionModel().setCurrentIndex(self.model.index(row, 0), flags)

    def _show_rows_state(self) -> None:
        broken = [row for row in self.model.rows() if row.broken]
        self.warning.setVisible(bool(broken))
        if broken:
            alarm = (
                self.tr(
                    "WARNING: a stored summary was changed after it was issued or signed. Do not rely on it."
                )
                if self.kind is DocumentKind.SUMMARY
                else self.tr(
                    "WARNING: a stored report was changed after it was issued or signed. Do not rely on it."
                )
            )
            lines = [alarm]
            for row in broken:
                assert row.check is not None  # a broken version has been checked
                lines += [
                    self.tr("Version {number}: {problem}").format(
                        number=fmt().integer(row.info.number), problem=texts.problem_text(p)
                    )
                    for p in row.check.problems
                ]
            self.warning.setText("\n".join(lines))
        self._selection_changed()

    # ------------------------------------------------------------ selection and details

    def selected(self) -> VersionRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _selection_changed(self) -> None:
        row = self.selected()
        self.details.setHtml(self._details_html(row) if row else "")
        self._update_buttons()

    def _details_html(self, row: VersionRow) -> str:
        # Each text is translated outside the f-strings: lupdate does not read inside them.
        info, esc = row.info, html.escape
        heading = self.tr("Version {number}: {status}").format(
            number=fmt().integer(info.number), status=texts.status_text(info.status)
        )
        parts = [f"<h3>{esc(heading)}</h3>"]
        if row.check is not None and row.check.problems:
            parts += [
                f"<p style='color:#b00020'><b>{esc(texts.problem_text(p))}</b></p>"
                for p in row.check.problems
            ]
        hashes = [
            (self.tr("SHA-256 of the issued PDF:"), info.pdf_sha256),
            (self.tr("SHA-256 of the service-file snapshot:"), info.snapshot_sha256),
        ]
        if info.signed_pdf_sha256:
            hashes.append((self.tr("SHA-256 of the signed PDF:"), info.signed_pdf_sha256))
        # Each line starts with the UI's direction (a translation may begin with "SHA-256"),
        # and a hash is one left-to-right run (its leading digits would move otherwise).
        parts.append(
            "<p>"
            + "<br>".join(
                f"{esc(ui_paragraph(what))} <code>{isolate_ltr(value)}</code>"
                for what, value in hashes
            )
            + "</p>"
        )
        parts.append(self._signatories_html(row))
        parts.append(self._changes_html(row))
        return "".join(parts)

    def _signatories_html(self, row: VersionRow) -> str:
        esc = html.escape
        items = []
        for s in row.info.signatories:
            when = fmt().date(s.signed_on) if s.signed_on else ""
            scan = (
                fmt().separator + self.tr("scan attached: {name}").format(name=isolate(s.scan_name))
                if s.has_scan
                else ""
            )
            items.append(
                f"<li>{esc(texts.side_text(s.side))}: {esc(isolate(s.name))} {esc(isolate(s.role))} "
                f"({esc(texts.method_text(s.method))}, {esc(when)}){esc(scan)}</li>"
            )
        for check in row.check.signatures if row.check else ():
            verdict = self.tr("valid") if check.valid else self.tr("NOT VALID")
            cover = (
                self.tr("covers the whole document")
                if check.whole_document
                else self.tr(
                    "covers the revision it signed; only signatures and form filling after it"
                )
            )
            trust = (
                self.tr("certificate trusted")
                if check.trusted
                else self.tr("certificate not trusted on this computer")
            )
            signer = self.tr("Digital signature of {signer}").format(signer=isolate(check.signer))
            items.append(
                f"<li>{esc(signer)}: <b>{esc(verdict)}</b>; {esc(cover)}; {esc(trust)}</li>"
            )
        if not items:
            return "<p>" + esc(self.tr("Not signed yet.")) + "</p>"
        return "<p>" + esc(self.tr("Signatures:")) + f"</p><ul>{''.join(items)}</ul>"

    def _changes_html(self, row: VersionRow) -> str:
        esc = html.escape
        if row.since is None:
            return ""
        title = self.tr("Changes since version {number}:").format(
            number=fmt().integer(row.since.number)
        )
        if not row.changes:
            return "<p>" + esc(title) + " " + esc(self.tr("none")) + "</p>"
        items = "".join(f"<li>{esc(texts.change_text(c))}</li>" for c in row.changes)
        return f"<p>{esc(title)}</p><ul>{items}</ul>"

    # ------------------------------------------------------------ buttons

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._update_buttons()

    def _update_buttons(self) -> None:
        row = self.selected()
        ready = self._customer_id is not None and not self._busy
        open_to_sign = (
            ready and row is not None and row.info.status == SummaryStatus.ISSUED and not row.broken
        )
        free = self._free_sides(row) if row else []
        # Issuing and signing store versions of the customer's file: the team's rights.
        refused = read_only_reason(self.session, "summaries")
        may = not refused
        self.issue_button.setEnabled(ready and may)
        self.paper_button.setEnabled(open_to_sign and bool(free) and may)
        self.draw_button.setEnabled(
            open_to_sign and bool(free) and not self._has_digital(row) and may
        )
        self.digital_button.setEnabled(open_to_sign and bool(free) and may)
        for button in (self.issue_button, self.paper_button, self.draw_button, self.digital_button):
            button.setToolTip(refused)
        self.save_button.setEnabled(ready and row is not None)
        self.verify_button.setEnabled(ready)

    @staticmethod
    def _free_sides(row: VersionRow) -> list[Side]:
        taken = {s.side for s in row.info.signatories}
        return [side for side in (Side.CUSTOMER, Side.PROVIDER) if side not in taken]

    @staticmethod
    def _has_digital(row: VersionRow | None) -> bool:
        return row is not None and any(s.method.value == "digital" for s in row.info.signatories)

    def _say(self, message: str, error: bool = False) -> None:
        self.status.setStyleSheet(ERROR_STYLE if error else "")
        self.status.setText(message)
        if message and not error:
            self.context.show_status(message)

    def _failed(self, error: Exception) -> None:
        self._set_busy(False)
        self._say(
            self.tr("Could not do that: {reason}").format(reason=texts.error_text(error)),
            error=True,
        )

    def _run(self, work: Callable[[], object], done: str) -> None:
        """One action off the UI thread; then the versions are read and checked again."""
        self._set_busy(True)
        self._say("")

        def succeeded(result: object) -> None:
            self._wanted = getattr(result, "number", None)  # the version acted on
            self._set_busy(False)
            self._say(done)
            self.reload()

        BackgroundOp(self, work).success(succeeded).failure(self._failed).run()

    def _open(self, dialog: DialogT, accepted: Callable[[DialogT], None]) -> None:
        self.dialog = dialog
        dialog.accepted.connect(lambda: accepted(dialog))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    # ------------------------------------------------------------ actions

    def issue(self) -> None:
        if self.session is None or self._customer_id is None:
            return
        if self.session.dirty:
            self._say(
                self.tr("Save the service file first: a version is made from the saved file."),
                error=True,
            )
            return
        file = self.session.file
        has_signed = any(r.info.status == SummaryStatus.SIGNED for r in self.model.rows())
        self._open(
            IssueDialog(Language(file.document_language), file.account_manager, has_signed, self),
            self._issue_accepted,
        )

    def _issue_accepted(self, dialog: IssueDialog) -> None:
        from accountdesk.services.signing import issue_version

        db, customer_id = self.context.db, self._customer_id
        if customer_id is None:
            return
        language, digits = dialog.language.currentData(), dialog.native_digits.isChecked()
        changes, issued_by = dialog.include_changes.isChecked(), dialog.issued_by.text()
        self._run(
            lambda: issue_version(
                db,
                customer_id,
                language=language,
                native_digits=digits,
                issued_by=issued_by,
                include_changes=changes,
            ),
            self.tr("A new version was issued."),
        )

    def record_paper(self) -> None:
        row = self.selected()
        if row is not None:
            self._open(
                PaperDialog(self._free_sides(row), self._defaults(), self), self._paper_accepted
            )

    def _paper_accepted(self, dialog: PaperDialog) -> None:
        from accountdesk.services.signing import record_paper_signatures

        row = self.selected()
        if row is None:
            return
        db, version_id = self.context.db, row.info.id
        try:
            signatures = dialog.signatures()
        except OSError as exc:
            self._say(
                self.tr("Could not read the scan: {reason}").format(reason=exc.strerror or exc),
                error=True,
            )
            return
        self._run(
            lambda: record_paper_signatures(db, version_id, signatures),
            self.tr("The signatures on paper were recorded."),
        )

    def draw(self) -> None:
        row = self.selected()
        if row is not None:
            self._open(
                DrawDialog(self._free_sides(row), self._defaults(), self), self._draw_accepted
            )

    def _draw_accepted(self, dialog: DrawDialog) -> None:
        from accountdesk.services.signing import add_drawn_signature

        row = self.selected()
        if row is None:
            return
        db, version_id = self.context.db, row.info.id
        side, name, role, drawing = (
            Side(dialog.side.currentData()),
            dialog.name.text(),
            dialog.role.text(),
            dialog.pad.drawing(),
        )
        self._run(
            lambda: add_drawn_signature(db, version_id, side, name, drawing, role),
            self.tr("The drawn signature was added to the document."),
        )

    def sign_digitally(self) -> None:
        row = self.selected()
        if row is not None:
            self._open(
                DigitalDialog(self._free_sides(row), self._defaults(), self), self._digital_accepted
            )

    def _digital_accepted(self, dialog: DigitalDialog) -> None:
        from accountdesk.services.signing import sign_digitally

        row = self.selected()
        if row is None:
            return
        db, version_id = self.context.db, row.info.id
        side, name, role = Side(dialog.side.currentData()), dialog.name.text(), dialog.role.text()
        passphrase = dialog.take_passphrase()
        try:
            p12 = Path(dialog.certificate.text().strip()).read_bytes()
        except OSError as exc:
            self._say(
                self.tr("Could not read the certificate: {reason}").format(
                    reason=exc.strerror or exc
                ),
                error=True,
            )
            return
        self._run(
            lambda: sign_digitally(db, version_id, side, p12, passphrase, name, role),
            self.tr("The document was signed digitally."),
        )

    def save_pdf(self) -> None:
        row = self.selected()
        if row is None:
            return
        summary = self.kind is DocumentKind.SUMMARY
        title = (
            self.tr("Save the summary version") if summary else self.tr("Save the report version")
        )
        name = (
            self.tr("Summary version {number}") if summary else self.tr("Report version {number}")
        )
        dialog = QFileDialog(self, title)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("PDF documents (*.pdf)"))
        dialog.setDefaultSuffix("pdf")
        choosers.prepare_save_dialog(dialog, name.format(number=row.info.number) + ".pdf")
        dialog.fileSelected.connect(lambda path: self.save_to(row.info.id, Path(path)))
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()

    def save_to(self, version_id: int, path: Path) -> None:
        from accountdesk.services.signing import version_pdf

        db = self.context.db
        self._run(
            lambda: path.write_bytes(version_pdf(db, version_id)),
            self.tr("Saved {path}").format(path=path),
        )

    def _defaults(self) -> dict[Side, tuple[str, str]]:
        """Who usually signs: the customer's decision maker and the account manager."""
        if self.session is None:
            return {}
        file = self.session.file
        customer_side = [c for c in file.contacts if c.side == Side.CUSTOMER]
        decider = next(
            (c for c in customer_side if c.itil_relation == ItilRelation.DECISION_MAKER), None
        )
        decider = decider or (customer_side[0] if customer_side else None)
        out = {
            Side.PROVIDER: (
                file.account_manager,
                word("Field", "Account manager") if file.account_manager else "",
            )
        }
        if decider is not None:
            out[Side.CUSTOMER] = (decider.name, decider.role)
        return out
