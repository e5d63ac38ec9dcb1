"""Colleagues' saves seen live on a team database.

The database's listener (storage/notifications.py) hears of every customer saved,
archived or deleted, in a thread of its own; `ChangeBridge` hands each notice to the
window's thread as a Qt signal. `LiveRefresh` then reads the customer list again and
deals with the open file: one without unsaved edits shows the saved version at once; one
with unsaved edits keeps them and opens the conflict dialog, saying who changed what
since the user opened it (their version against what the user started from). When the
staff list or someone's role changes (`team add-staff`), `staff_changed` asks the window
to read the staff and the person's rights again. A local file has no listener: nothing of
this happens there.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from accountdesk.domain.errors import DatabaseError, NotFoundError
from accountdesk.domain.history import diff_files
from accountdesk.storage.notifications import RESUMED, STAFF_CHANGED, CustomerChange
from accountdesk.ui.formatting import isolate

if TYPE_CHECKING:
    from collections.abc import Callable

    from accountdesk.domain.service_file import ServiceFile
    from accountdesk.storage.database import Database
    from accountdesk.storage.notifications import ChangeListener
    from accountdesk.ui.window.controller import FileController

# Notices come in bursts (an import saves many customers): the list is read once after.
LIST_DELAY_MS = 150
# While another question is on screen the open file's check waits for it to be answered.
RETRY_MS = 400
# The dialog names this many changed fields, then "…".
MOST_SHOWN = 12


class ChangeBridge(QObject):
    """The listener's notices, as a signal delivered in the thread this object lives in."""

    heard = Signal(object)  # CustomerChange

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.listener: ChangeListener | None = None

    def follow(self, db: Database) -> None:
        """Listen to `db` (and no longer to the database before it)."""
        self.stop()
        # Emitted from the listener's thread: Qt queues it to this object's thread.
        self.listener = db.listen(self.heard.emit)

    def stop(self) -> None:
        if self.listener is not None:
            self.listener.stop()
            self.listener = None


class LiveRefresh(QObject):
    status = Signal(str)
    staff_changed = Signal()  # the staff list or a role changed (or may have, unheard)

    def __init__(
        self,
        controller: FileController,
        reload_list: Callable[[], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.bridge = ChangeBridge(self)
        # Queued even from this thread: a read refused here hands over STAFF_CHANGED from
        # inside the failing statement (storage.postgres_database), and it is dealt with after.
        self.bridge.heard.connect(self.on_change, Qt.ConnectionType.QueuedConnection)
        self._list_timer = QTimer(self)
        self._list_timer.setSingleShot(True)
        self._list_timer.setInterval(LIST_DELAY_MS)
        self._list_timer.timeout.connect(reload_list)
        # The colleague's revision the user was last told of: told once, not at every check.
        self._told: tuple[int, int | None] | None = None

    def follow(self, db: Database) -> None:
        self._told = None
        self.bridge.follow(db)

    def stop(self) -> None:
        self.bridge.stop()
        self._list_timer.stop()

    def on_change(self, change: CustomerChange) -> None:
        if self.bridge.listener is None:
            return  # heard before it stopped: the window no longer wants to know
        self._list_timer.start()
        if change is STAFF_CHANGED:
            self.staff_changed.emit()
            return
        if change is RESUMED:
            self.staff_changed.emit()
            self.status.emit(
                self.tr("The team database answers again; the customers are read afresh.")
            )
            self._check_open_file(None)
            return
        self._check_open_file(change)

    def _check_open_file(self, change: CustomerChange | None) -> None:
        """`change` None: the open file may have changed unheard (the connection was lost)."""
        from accountdesk.services import service_files as sf

        session = self.controller.session
        if session is None or session.file.id is None:
            return
        if change is not None and change.customer_id != session.file.id:
            return
        if self.controller.prompt is not None:  # a question first: ask after it
            QTimer.singleShot(RETRY_MS, lambda: self._check_open_file(change))
            return
        try:
            theirs: ServiceFile | None = sf.load_file(self.controller.db, session.file.id)
        except NotFoundError:
            theirs = None
        except DatabaseError:
            return  # unreachable again: the listener says when it is back
        if theirs is not None and theirs.revision == session.file.revision:
            return  # our own save, or one already shown
        who = change.by if change is not None else ""
        if not session.dirty:
            self._show_theirs(session.file.name, theirs, who)
            return
        if change is None:
            return  # saving says whose version came first, as it always did
        told = (session.file.id, theirs.revision if theirs is not None else None)
        if told == self._told:
            return
        self._told = told
        self._ask(session.as_saved(), theirs, who)

    def _show_theirs(self, name: str, theirs: ServiceFile | None, who: str) -> None:
        session = self.controller.session
        assert session is not None
        if theirs is None:
            self.controller.close_file()
            text = self.tr("{who} deleted {name}; it is closed.")
        else:
            session.mark_saved(theirs)
            text = self.tr("{who} saved {name}; it is shown as now saved.")
        if who:  # else the connection came back, which was said
            self.status.emit(text.format(who=isolate(who), name=isolate(name)))

    def _ask(self, mine: ServiceFile, theirs: ServiceFile | None, who: str) -> None:
        def detail() -> str:
            if theirs is None:
                return self.tr("Deleted by {who}.").format(who=isolate(who))
            from accountdesk.ui.history.tab import where_text

            lines = [f"• {where_text(change)}" for change in diff_files(mine, theirs)]
            if len(lines) > MOST_SHOWN:
                lines = [*lines[:MOST_SHOWN], "…"]
            heading = self.tr("Changed by {who}:").format(who=isolate(who))
            return "\n".join([heading, *lines])

        self.controller.saved_elsewhere(detail, deleted=theirs is None)
