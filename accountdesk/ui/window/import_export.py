"""File menu: import JSON / CSV (in the background, with a progress dialog) and export JSON."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from accountdesk.domain.errors import (
    AccountDeskError,
    DatabaseError,
    ImportFormatError,
    ImportProblem,
)
from accountdesk.domain.service_file import ServiceFile, StaffRef
from accountdesk.ui.formatting import fmt, isolate
from accountdesk.ui.labels import error_reason
from accountdesk.ui.operations import BackgroundOp
from accountdesk.ui.widgets.prompts import inform
from accountdesk.ui.window import choosers
from accountdesk.ui.window.import_problems import problem_line

if TYPE_CHECKING:
    from accountdesk.storage.database import Database
    from accountdesk.ui.window.import_target import ImportTargetDialog

MAX_SHOWN_PROBLEMS = 20


def json_filter() -> str:
    return QCoreApplication.translate("ImportExport", "JSON files (*.json)")


def write_json(
    parent: QWidget, files: list[ServiceFile], read_staff: Callable[[], list[Any]], path: Path
) -> bool:
    """Write service files in the AccountDesk JSON format, with the details of the staff
    they name; False (and a message) on failure: a file without them is not written."""
    from accountdesk.services import json_format

    title = QCoreApplication.translate("ImportExport", "Not exported")
    try:
        known = {s.name: StaffRef(s.name, s.role, s.email, s.phone) for s in read_staff()}
    except DatabaseError as error:  # the server lost: said in the database's one line
        inform(parent, title, error_reason(error))
        return False
    try:
        path.write_text(
            json_format.dumps(json_format.build_document(files, known)), encoding="utf-8"
        )
    except OSError as error:
        text = QCoreApplication.translate("ImportExport", "Cannot write {path}: {reason}")
        inform(parent, title, text.format(path=path, reason=error.strerror))
        return False
    return True


def problems_text(error: Exception) -> str:
    problems = getattr(error, "problems", None) or [error_reason(error)]
    lines = [problem_line(p) for p in problems[:MAX_SHOWN_PROBLEMS]]
    more = len(problems) - MAX_SHOWN_PROBLEMS
    if more > 0:
        text = QCoreApplication.translate("ImportExport", "… and {count} more", None, more)
        lines.append(text.format(count=fmt().integer(more)))
    return "\n".join(lines)


class ImportExport(QObject):
    imported = Signal()  # the database has new or changed customers
    status = Signal(str)
    progressed = Signal(int)  # percent of the file read, from the worker thread

    def __init__(
        self, window: QWidget, controller: Any, listed_ids: Callable[[], list[int]]
    ) -> None:
        super().__init__(window)
        self.window = window
        self.controller = controller
        self._listed_ids = listed_ids
        self.progress: QProgressDialog | None = None
        self.message: QMessageBox | None = None
        self.progressed.connect(self._show_progress)  # queued: emitted in the worker thread

    @property
    def db(self) -> Database:
        return self.controller.db

    # ------------------------------------------------------------ import

    def import_json(self) -> None:
        path = choosers.open_path(self.window, self.tr("Import customers from JSON"), json_filter())
        if path is not None:
            self.import_json_file(path)

    def import_json_file(self, path: Path) -> BackgroundOp:
        from accountdesk.services.json_format import direction_control_warnings, import_file

        db = self.db

        def report(done: int, total: int) -> None:
            self.progressed.emit(100 * done // total if total else 100)

        def work() -> tuple[list[int], list[ImportProblem]]:
            return import_file(db, path, progress=report), direction_control_warnings(path)

        def done(result: tuple[list[int], list[ImportProblem]]) -> None:
            ids, warnings = result
            message = self._customers_imported(len(ids), path)
            self._imported(message)
            if warnings:
                self._warn_removed(message, warnings)

        return self._run(self.tr("Importing {name}…").format(name=path.name), work, done)

    def _warn_removed(self, imported: str, warnings: list[ImportProblem]) -> None:
        """Imported without them, and said where: a reversed name is a spoof, not a name."""
        text = self.tr(
            "{imported}. Invisible direction-control characters were removed from these "
            "fields, so that no name reads reversed:"
        ).format(imported=imported)
        self.message = inform(
            self.window,
            self.tr("Direction-control characters removed"),
            f"{text}\n\n" + "\n".join(problem_line(w) for w in warnings),
        )

    def _show_progress(self, percent: int) -> None:
        if self.progress is not None:
            self.progress.setRange(0, 100)  # from "busy" to how far the file is read
            self.progress.setValue(percent)

    def _customers_imported(self, count: int, path: Path) -> str:
        text = self.tr("Imported {count} customer(s) from {name}", None, count)
        return text.format(count=fmt().integer(count), name=path.name)

    def import_csv(self, target: str) -> ImportTargetDialog | None:
        """Ask which customer the rows go to: only those whose systems and contacts the
        person may change (the team's rights) are offered, the open one chosen."""
        from accountdesk.domain.team import RIGHTS
        from accountdesk.services import team
        from accountdesk.services.service_files import list_customers
        from accountdesk.ui.window.import_target import ImportTargetDialog, csv_title

        db = self.db
        area = team.area_of(target)
        try:
            allowed = team.changeable_customers(db, area)
            customers = [
                (row.id, row.name)
                for row in list_customers(db)
                if allowed is None or row.id in allowed
            ]
        except DatabaseError as error:  # the role taken away (the rights are read again), or
            self.status.emit(error_reason(error))  # the server lost
            return None
        if not customers:
            self.message = inform(
                self.window,
                csv_title(target),
                self.tr("There is no customer whose systems and contacts you can change."),
            )
            return None
        role = team.role_rights(db).role if allowed is not None else None
        session = self.controller.session
        dialog = ImportTargetDialog(
            target,
            customers,
            session.file.id if session is not None else None,
            RIGHTS[role][area] if role is not None else None,
            self.window,
        )
        self.controller.prompt = dialog

        def finished(result: int) -> None:
            self.controller.prompt = None
            chosen = dialog.customer_id()
            dialog.deleteLater()
            if result and chosen is not None:
                self.controller.leave_file(lambda: self._choose_csv(target, chosen))

        dialog.finished.connect(finished)
        dialog.open()
        return dialog

    def _choose_csv(self, target: str, customer_id: int) -> None:
        from accountdesk.ui.window.import_target import csv_title

        path = choosers.open_path(
            self.window, csv_title(target), self.tr("CSV files (*.csv *.txt)")
        )
        if path is not None:
            self.import_csv_file(path, target, customer_id)

    def import_csv_file(self, path: Path, target: str, customer_id: int) -> BackgroundOp:
        from accountdesk.services.csv_import import import_csv

        db = self.db

        def done(count: int) -> None:
            self.controller.reload_if_open(customer_id)
            text = self.tr("Imported {count} row(s) from {name}", None, count)
            self._imported(text.format(count=fmt().integer(count), name=path.name))

        return self._run(
            self.tr("Importing {name}…").format(name=path.name),
            lambda: import_csv(db, customer_id, path.read_bytes(), target),
            done,
        )

    def _run(
        self, label: str, work: Callable[[], Any], done: Callable[[Any], None]
    ) -> BackgroundOp:
        self.progress = QProgressDialog(label, "", 0, 0, self.window)
        self.progress.setCancelButton(None)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(0)
        self.progress.setAutoClose(False)  # the file read whole is not the import done
        self.progress.setAutoReset(False)
        self.progress.setAccessibleName(label)
        self.progress.show()
        return (
            BackgroundOp(self, work)
            .success(lambda result: self._finish(done, result))
            .failure(self._failed)
            .run()
        )

    def _finish(self, done: Callable[[Any], None], result: Any) -> None:
        self._close_progress()
        done(result)

    def _imported(self, message: str) -> None:
        self.imported.emit()
        self.status.emit(message)

    def _failed(self, error: Exception) -> None:
        self._close_progress()
        if not isinstance(error, (AccountDeskError, OSError, UnicodeDecodeError)):
            raise error
        title = self.tr("Nothing was imported")
        text = (
            self.tr("The file has problems; nothing was imported:")
            if isinstance(error, ImportFormatError)
            else title
        )
        self.message = inform(self.window, title, f"{text}\n\n{problems_text(error)}")
        self.status.emit(title)

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    # ------------------------------------------------------------ export

    def export_current(self) -> None:
        session = self.controller.session
        if session is None:
            self.export_listed()
            return
        path = choosers.save_path(
            self.window,
            self.tr("Export this customer as JSON"),
            json_filter(),
            f"{session.file.name}.json",
        )
        if path is not None and write_json(
            self.window, [session.file], self.controller.context.read_staff, path
        ):
            self.status.emit(
                self.tr("Exported {name} to {path}").format(
                    name=isolate(session.file.name), path=path
                )
            )

    def export_listed(self) -> None:
        from accountdesk.services import json_format

        ids = self._listed_ids()
        path = choosers.save_path(
            self.window,
            self.tr("Export the listed customers as JSON"),
            json_filter(),
            "customers.json",
        )
        if path is None:
            return
        db = self.db

        def work() -> int:
            path.write_text(
                json_format.dumps(json_format.export_customers(db, ids)), encoding="utf-8"
            )
            return len(ids)

        def done(count: int) -> None:
            text = self.tr("Exported {count} customer(s) to {path}", None, count)
            self.status.emit(text.format(count=fmt().integer(count), path=path))

        self._run(self.tr("Exporting…"), work, done)
