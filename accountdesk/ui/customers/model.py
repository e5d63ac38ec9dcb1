"""The customer list as a Qt model over customer ids, rows fetched lazily in pages.

Like Anki's browser table: the service gives the filtered, sorted ids (cheap, one query);
the view asks for more rows as it scrolls (canFetchMore/fetchMore), and a row's text is
read from the database only when it is first shown, a page at a time.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QGuiApplication, QIcon, QPainter, QPixmap

from accountdesk.domain.errors import DatabaseError, RefusedError
from accountdesk.domain.words import N_
from accountdesk.services import customer_list as listing
from accountdesk.ui.formatting import fmt, isolate
from accountdesk.ui.icons import icon
from accountdesk.ui.labels import error_reason, word
from accountdesk.ui.tr_noop import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from accountdesk.storage.database import Database
    from accountdesk.storage.plain_reader import ListReader

Index = QModelIndex | QPersistentModelIndex
PAGE = 100
FLAG_GAP = 3

NAME, INDUSTRY, SUPPORTER, NEXT_REVIEW, FLAGS = range(5)
SORT_KEYS = {
    NAME: listing.SortKey.NAME,
    INDUSTRY: listing.SortKey.INDUSTRY,
    SUPPORTER: listing.SortKey.SUPPORTER,
    NEXT_REVIEW: listing.SortKey.NEXT_REVIEW,
}
HEADERS = (
    N_("Field", "Customer"),
    N_("Field", "Industry"),
    N_("Field", "Dedicated supporter"),
    N_("Field", "Next review"),
    N_("Field", "Attention"),
)
OVERDUE = QT_TRANSLATE_NOOP("CustomerList", "Review overdue")
UNSIGNED = QT_TRANSLATE_NOOP("CustomerList", "No signed summary")
ARCHIVED = QT_TRANSLATE_NOOP("CustomerList", "Archived")
ARCHIVED_NAME = QT_TRANSLATE_NOOP("CustomerList", "{name} (archived)")
ID_ROLE = Qt.ItemDataRole.UserRole + 1
_ROLES = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.DecorationRole,
    Qt.ItemDataRole.AccessibleTextRole,
    Qt.ItemDataRole.ForegroundRole,
)


class CustomerListModel(QAbstractTableModel):
    # The list could not be read (the server lost): why, in one line, once a reload.
    unreadable = Signal(str)

    def __init__(
        self, database: Callable[[], Database | ListReader], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._database = database  # a callable, so opening another database needs no new model
        self._ids: list[int] = []
        self._loaded = 0
        self._rows: dict[int, listing.CustomerRow] = {}
        self.filters = listing.CustomerFilter()
        self.sort_key = listing.SortKey.NAME
        self.descending = False
        self._loaded_once = False
        self._busy = False  # inside a reset or an insertion: no nested fetching
        self._stopped = False  # a page's read failed: none is read until the next reload
        self.flag_scale = (16, 1.0)  # a flag's size and the screen's pixel ratio (the view's)

    # ------------------------------------------------------------ loading

    def reload(self) -> None:
        """Ask the service again for the ids (after a filter, sort or save)."""
        try:
            ids = listing.customer_ids(
                self._database(), self.filters, self.sort_key, self.descending
            )
        except RefusedError:  # the role was taken away: the window says so, and reads it again
            self.clear()
            return
        except DatabaseError as error:  # the server lost: what is listed stays, unread rows blank
            self._stopped = True
            self.unreadable.emit(error_reason(error))
            return
        self._stopped = False
        self._busy = True  # whoever reacts to the reset must not fetch rows inside it
        self.beginResetModel()
        self._ids = ids
        self._loaded = min(PAGE, len(ids))
        self._rows.clear()
        self._loaded_once = True
        self.endResetModel()
        self._busy = False

    def clear(self) -> None:
        """Nothing listed: the person signed in may read no customer."""
        self._busy = True
        self.beginResetModel()
        self._ids, self._loaded = [], 0
        self._rows.clear()
        self.endResetModel()
        self._busy = False

    def set_filters(self, filters: listing.CustomerFilter) -> None:
        self.filters = filters
        self.reload()

    def ids(self) -> list[int]:
        """Every listed id, fetched or not (for "export the listed customers")."""
        return list(self._ids)

    def total(self) -> int:
        return len(self._ids)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        return not parent.isValid() and not self._busy and self._loaded < len(self._ids)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        if not self.canFetchMore(parent):
            return
        more = min(PAGE, len(self._ids) - self._loaded)
        self._busy = True  # views and testers react to the insertion; they must not fetch again
        self.beginInsertRows(QModelIndex(), self._loaded, self._loaded + more - 1)
        self._loaded += more
        self.endInsertRows()
        self._busy = False

    def _row(self, row: int) -> listing.CustomerRow | None:
        customer_id = self._ids[row]
        if customer_id not in self._rows and not self._stopped:
            self._fetch_page_of(row)
        return self._rows.get(customer_id)

    def _fetch_page_of(self, row: int) -> None:
        start = row - row % PAGE
        ids = [i for i in self._ids[start : start + PAGE] if i not in self._rows]
        try:
            rows = listing.customer_rows(self._database(), ids)
        except DatabaseError as error:  # as in `reload`: blank until the list is read again
            self._stopped = True  # not asked for again at every paint
            if not isinstance(error, RefusedError):
                self.unreadable.emit(error_reason(error))
            return
        for found in rows:
            self._rows[found.id] = found

    # ------------------------------------------------------------ ids and rows

    def id_at(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < self._loaded else None

    def row_of(self, customer_id: int) -> int:
        """The row of this customer, fetching pages up to it; -1 when it is not listed."""
        try:
            row = self._ids.index(customer_id)
        except ValueError:
            return -1
        while row >= self._loaded and self.canFetchMore():
            self.fetchMore()
        return row

    # ------------------------------------------------------------ Qt model

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._loaded

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self._loaded:
            return None
        if role == ID_ROLE:
            return self._ids[index.row()]
        if role not in _ROLES:
            return None
        row = self._row(index.row())
        if row is None:  # deleted meanwhile by another window
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            # Archived customers read as set aside; the name says so in words too.
            return QGuiApplication.palette().placeholderText() if row.archived else None
        if role == Qt.ItemDataRole.DecorationRole:
            return _decoration(row, index.column(), self.flag_scale)
        if role == Qt.ItemDataRole.DisplayRole and index.column() == FLAGS:
            return ""  # icons only; the words are in the tooltip and for screen readers
        return _text(row, index.column())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(HEADERS):
            return None
        if section == FLAGS:  # a narrow column: an icon, the word in the tooltip
            if role == Qt.ItemDataRole.DecorationRole:
                return icon("warning")
            if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
                return word("Field", HEADERS[section])
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return word("Field", HEADERS[section])
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_KEYS.get(column)
        if key is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        unchanged = (key, descending) == (self.sort_key, self.descending)
        self.sort_key = key
        self.descending = descending
        # The view re-applies its sort indicator when it is set up; load once, later.
        if self._loaded_once and not unchanged:
            self.reload()

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(HEADERS) - 1)
        if self._loaded:
            self.dataChanged.emit(self.index(0, 0), self.index(self._loaded - 1, len(HEADERS) - 1))


def _text(row: listing.CustomerRow, column: int) -> str:
    # People's words as the summary prints them (a name with U+202E is not reversed).
    if column == NAME:
        if row.archived:
            return QCoreApplication.translate("CustomerList", str(ARCHIVED_NAME)).format(
                name=isolate(row.name)
            )
        return isolate(row.name)
    if column == INDUSTRY:
        return isolate(row.industry)
    if column == SUPPORTER:
        return isolate(row.supporter)
    if column == NEXT_REVIEW:
        return fmt().date(row.next_review) if row.next_review else ""
    return ", ".join(_flags(row))


def _flags(row: listing.CustomerRow) -> list[str]:
    flags = [QCoreApplication.translate("CustomerList", OVERDUE)] if row.review_overdue else []
    if not row.has_signed_summary:
        flags.append(QCoreApplication.translate("CustomerList", UNSIGNED))
    if row.archived:
        flags.append(QCoreApplication.translate("CustomerList", str(ARCHIVED)))
    return flags


def _decoration(row: listing.CustomerRow, column: int, flag_scale: tuple[int, float]) -> Any:
    if column == NEXT_REVIEW and row.review_overdue:
        return icon("overdue")
    if column == FLAGS and (row.review_overdue or not row.has_signed_summary):
        return flag_icon(row.review_overdue, not row.has_signed_summary, *flag_scale)
    return None


def flag_icon_size(size: int) -> QSize:
    """The cell's decoration for two flags of `size` pixels side by side."""
    return QSize(size * 2 + FLAG_GAP, size)


@functools.cache
def flag_icon(overdue: bool, unsigned: bool, size: int = 16, ratio: float = 1.0) -> QIcon:
    """Both flags side by side in one cell (a cell has one decoration), each `size`
    logical pixels, drawn at the screen's pixel ratio so that they stay sharp."""
    names = [n for n, on in (("overdue", overdue), ("unsigned", unsigned)) if on]
    extent = flag_icon_size(size)
    pixmap = QPixmap(round(extent.width() * ratio), round(extent.height() * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    for i, name in enumerate(names):
        flag = icon(name).pixmap(QSize(size, size), ratio)
        painter.drawPixmap(i * (size + FLAG_GAP), 0, flag)
    painter.end()
    return QIcon(pixmap)
