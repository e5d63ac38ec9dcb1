"""The home view: the signed-in staff member's week, section by section, each row one
click (or Enter) from its record in the service file."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from accountdesk.domain.agenda import AgendaItem, AgendaKind, Due
from accountdesk.domain.errors import DatabaseError
from accountdesk.i18n.agenda import AgendaWords
from accountdesk.ui.fonts import scaled
from accountdesk.ui.formatting import fmt, isolate, isolate_in_line, ui_isolate
from accountdesk.ui.labels import error_reason, ui_words, word
from accountdesk.ui.widgets.retranslate import Retranslating
from accountdesk.ui.widgets.wrapped_label import WrappedLabel

if TYPE_CHECKING:
    from accountdesk.services.home import Agenda

CUSTOMER, WHAT, DUE = range(3)
ITEM_ROLE = Qt.ItemDataRole.UserRole
TITLE_SCALE = 1.35


class HomeView(Retranslating, QWidget):
    """`open_requested(customer_id, tab, record_id)`: a row chosen (record 0: the tab)."""

    open_requested = Signal(int, str, int)
    loaded = Signal(object)  # the Agenda just read

    def __init__(
        self,
        db: Callable[[], Any],
        staff: Callable[[], str],
        today: Callable[[], dt.date] = dt.date.today,
        parent: QWidget | None = None,
        waiting: Callable[[], bool] = lambda: False,
        may_read: Callable[[], bool] = lambda: True,
    ) -> None:
        super().__init__(parent)
        self._db, self._staff, self.today = db, staff, today
        self._waiting = waiting  # while the database opens: read when `mark_stale` says
        self._may_read = may_read  # False while the person has no role: read when it returns
        self.agenda: Agenda | None = None
        self._stale = True
        self.title = QLabel(self)
        self.title.setFont(scaled(self.title.font(), TITLE_SCALE, bold=True))
        self.mine = QCheckBox(self)
        self.mine.setChecked(True)
        self.notice = WrappedLabel(self)  # problems reading, and notifications without a tray
        self.notice.setVisible(False)
        self.tree = _tree(self)
        self._lay_out()
        self.mine.toggled.connect(lambda _on: self.refresh())
        self.tree.itemClicked.connect(self._chosen)
        self.tree.itemActivated.connect(self._chosen)
        self.retranslate()

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.mine)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 0)
        layout.addLayout(top)
        layout.addWidget(self.notice)
        layout.addWidget(self.tree, 1)

    # ------------------------------------------------------------ reading

    def mark_stale(self) -> None:
        """Something was saved: read again now if shown, else when next shown."""
        self._stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:  # after the window's first paint: start-up stays quick
            QTimer.singleShot(0, self._refresh_if_stale)

    def _refresh_if_stale(self) -> None:
        if self._stale and not self._waiting():
            self.refresh()

    def refresh(self) -> None:
        from accountdesk.services.home import VIEW_LIMIT, AgendaQuery, agenda

        if not self._may_read():  # nothing of the customers stays shown, notices neither
            self._stale = True
            self.agenda = None
            self.tree.clear()
            self.show_notice("")
            return
        self._stale = False
        staff = self._staff()
        self.mine.setEnabled(bool(staff))
        query = AgendaQuery(
            today=self.today(),
            staff=staff,
            mine=bool(staff) and self.mine.isChecked(),
            limit=VIEW_LIMIT,
        )
        try:
            found = agenda(self._db(), query)
        except DatabaseError as error:
            self._stale = True  # read again when next shown, or when the server is back
            self.show_notice(
                self.tr("The agenda could not be read: {reason}").format(reason=error_reason(error))
            )
            return
        self.agenda = found
        self._fill()
        self.loaded.emit(found)

    def show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    # ------------------------------------------------------------ showing

    def _fill(self) -> None:
        self.tree.clear()
        found = self.agenda
        if found is None:
            return
        say = AgendaWords(ui_words(), fmt(), isolate_in_line, ui_isolate)
        today = self.today()
        bold = QFont(self.tree.font())
        bold.setBold(True)
        for kind in AgendaKind:
            rows = found.section(kind)
            count = found.counts.get(kind, 0)
            if not count:
                continue
            section = QTreeWidgetItem(self.tree)
            section.setText(CUSTOMER, self._section_title(say.section(kind), count))
            section.setFirstColumnSpanned(True)
            section.setFont(CUSTOMER, bold)
            section.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for item in rows:
                self._row(section, item, say, today)
            if count > len(rows):
                more = QTreeWidgetItem(section)
                more.setText(CUSTOMER, self._more(count - len(rows)))
                more.setFirstColumnSpanned(True)
                more.setFlags(Qt.ItemFlag.NoItemFlags)
            section.setExpanded(True)
        if not self.tree.topLevelItemCount():
            empty = QTreeWidgetItem(self.tree)
            empty.setText(
                CUSTOMER,
                self.tr("Nothing is due: no reviews, action items or follow-ups this week."),
            )
            empty.setFirstColumnSpanned(True)
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
        self.tree.resizeColumnToContents(CUSTOMER)

    def _row(
        self, section: QTreeWidgetItem, item: AgendaItem, say: AgendaWords, today: dt.date
    ) -> None:
        row = QTreeWidgetItem(section)
        row.setText(CUSTOMER, isolate(item.customer))  # aligned as the customer list aligns it
        row.setText(WHAT, say.what(item))
        row.setText(DUE, say.due(item, today))
        row.setToolTip(WHAT, row.text(WHAT))
        row.setData(CUSTOMER, ITEM_ROLE, item)
        if item.due_state(today) is Due.OVERDUE:
            row.setForeground(DUE, self.palette().link())  # stands out in any theme
            font = QFont(self.tree.font())
            font.setBold(True)
            row.setFont(DUE, font)

    def _section_title(self, title: str, count: int) -> str:
        return f"{title} ({fmt().integer(count)})"  # the same in every language

    def _more(self, hidden: int) -> str:
        text = self.tr(
            "… and {count} more: show only my customers, or use the customer list", None, hidden
        )
        return text.format(count=fmt().integer(hidden))

    def _chosen(self, row: QTreeWidgetItem, _column: int = 0) -> None:
        item = row.data(CUSTOMER, ITEM_ROLE)
        if isinstance(item, AgendaItem):
            self.open_requested.emit(item.customer_id, item.tab, item.record_id or 0)

    # ------------------------------------------------------------ texts

    def retranslate(self) -> None:
        self.title.setText(self.tr("This week"))
        self.title.setAccessibleName(self.tr("This week: what falls due"))
        staff = self._staff()
        if staff:
            self.mine.setText(self.tr("Only &my customers ({name})").format(name=isolate(staff)))
            self.mine.setToolTip("")
        else:
            self.mine.setText(self.tr("Only &my customers"))
            self.mine.setToolTip(
                self.tr("Choose yourself under “My customers” above the customer list first.")
            )
        self.tree.setHeaderLabels(
            [word("Field", "Customer"), self.tr("To do"), word("Field", "Due")]
        )
        self.tree.setAccessibleName(self.tr("What falls due"))
        with QSignalBlocker(self.tree):
            self._fill()


def _tree(parent: QWidget) -> QTreeWidget:
    tree = QTreeWidget(parent)
    tree.setColumnCount(3)
    tree.setRootIsDecorated(True)
    tree.setUniformRowHeights(True)
    tree.setAlternatingRowColors(True)
    tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    tree.setWordWrap(False)
    header = tree.header()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(WHAT, QHeaderView.ResizeMode.Stretch)
    header.setSectionResizeMode(DUE, QHeaderView.ResizeMode.ResizeToContents)
    return tree
