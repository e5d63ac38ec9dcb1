"""The open customer's whole life: archive it, bring it back, delete it.

Each first leaves the file as `FileController.leave_file` does (save, discard or cancel
unsaved changes), because each changes the customer's stored revision. Deleting asks,
naming the customer and how many issued or signed summary versions go with it, and offers
to export the service file first.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from accountdesk.domain.errors import ConflictError, NotFoundError
from accountdesk.ui.formatting import fmt, isolate
from accountdesk.ui.widgets.prompts import Button, ask, inform


class CustomerLifecycle(QObject):
    changed = Signal()  # the list must be read again
    status = Signal(str)
    archived_changed = Signal(bool)  # the open customer is now archived (True) or not

    def __init__(self, window: QWidget, controller: Any, export: Callable[[], None]) -> None:
        super().__init__(window)
        self.window = window
        self.controller = controller
        self._export = export  # exports the open customer as JSON (asks where)

    @property
    def db(self) -> Any:
        return self.controller.db

    def open_id(self) -> int | None:
        session = self.controller.session
        return session.file.id if session is not None else None

    def open_is_archived(self) -> bool:
        customer_id = self.open_id()
        if customer_id is None:
            return False
        from accountdesk.services import service_files as sf

        try:
            return sf.is_archived(self.db, customer_id)
        except NotFoundError:
            return False

    # ------------------------------------------------------------ archive

    def archive(self) -> None:
        self._when_left(lambda customer_id: self._set_archived(customer_id, True))

    def unarchive(self) -> None:
        self._when_left(lambda customer_id: self._set_archived(customer_id, False))

    def _when_left(self, action: Callable[[int], None]) -> None:
        customer_id = self.open_id()
        if customer_id is None:
            self.status.emit(self.tr("Open a saved customer first."))
            return
        self.controller.leave_file(lambda: self._still_open(customer_id, action))

    def _still_open(self, customer_id: int, action: Callable[[int], None]) -> None:
        if self.open_id() == customer_id:
            action(customer_id)

    def _set_archived(self, customer_id: int, archived: bool) -> None:
        from accountdesk.services import service_files as sf

        try:
            sf.set_archived(self.db, customer_id, archived, self.controller.context.author())
        except NotFoundError:
            self._gone()
            return
        self.controller.reload_if_open(customer_id)  # its revision moved on
        name = isolate(self.controller.session.file.name)
        if archived:
            text = self.tr("Archived {name}; “Bring back from archive” undoes it.")
        else:
            text = self.tr("{name} is back in the customer list.")
        self.changed.emit()
        self.archived_changed.emit(archived)
        self.status.emit(text.format(name=name))

    def _gone(self) -> None:
        self.controller.close_file()
        self.changed.emit()
        self.status.emit(self.tr("That customer no longer exists; the list is refreshed."))

    # ------------------------------------------------------------ delete

    def delete(self) -> None:
        self._when_left(self._ask_delete)

    def _ask_delete(self, customer_id: int) -> None:
        from accountdesk.services import service_files as sf

        name = isolate(self.controller.session.file.name)
        try:
            signed = sf.signed_version_count(self.db, customer_id)
        except NotFoundError:
            self._gone()
            return
        versions = self.tr("{count} signed summary version(s)", None, signed).format(
            count=fmt().integer(signed)
        )
        text = self.tr(
            "Delete “{name}” for good? Its whole service file, {versions} and its history "
            "are deleted with it; this cannot be undone. Export the service file first to "
            "keep a copy."
        ).format(name=name, versions=versions)

        def answered(button: Button) -> None:
            self.controller.prompt = None
            if button == Button.Save:
                self._export()
                self._still_open(customer_id, self._ask_delete)
            elif button == Button.Yes:
                self._delete_now(customer_id, name)

        box = ask(
            self.window,
            self.tr("Delete customer"),
            text,
            Button.Save | Button.Yes | Button.Cancel,
            Button.Cancel,
            answered,
            QMessageBox.Icon.Warning,
        )
        box.button(Button.Save).setText(self.tr("&Export first…"))
        box.button(Button.Yes).setText(self.tr("&Delete"))
        self.controller.prompt = box

    def _delete_now(self, customer_id: int, name: str) -> None:
        from accountdesk.services import service_files as sf

        session = self.controller.session
        revision = session.file.revision if session is not None else None
        try:
            sf.delete_customer(self.db, customer_id, revision)
        except NotFoundError:
            self._gone()
            return
        except ConflictError:
            self.controller.prompt = inform(
                self.window,
                self.tr("Not deleted"),
                self.tr(
                    "{name} was changed elsewhere meanwhile; open it again to see the change."
                ).format(name=name),
            )
            return
        self.controller.close_file()
        self.changed.emit()
        self.status.emit(self.tr("Deleted {name}").format(name=name))
