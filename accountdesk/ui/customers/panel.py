"""The customer list with its filters: my customers, review overdue, no signed summary, and
whether archived customers are shown too."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from accountdesk.services import customer_list as listing
from accountdesk.ui.customers.model import (
    FLAGS,
    INDUSTRY,
    NAME,
    NEXT_REVIEW,
    SUPPORTER,
    CustomerListModel,
    flag_icon_size,
)
from accountdesk.ui.formatting import fmt
from accountdesk.ui.widgets.retranslate import Retranslating
from accountdesk.ui.widgets.text_cells import direct_text


class CustomerPanel(Retranslating, QWidget):
    customer_chosen = Signal(int)

    def __init__(self, model: CustomerListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.supporter = QComboBox(self)
        self.supporter_label = QLabel(self)
        self.supporter_label.setBuddy(self.supporter)
        self.overdue = QCheckBox(self)
        self.unsigned = QCheckBox(self)
        self.archived = QCheckBox(self)
        self.count = QLabel(self)
        self.view = _table(model, self)
        self._current_id: int | None = None
        self._lay_out()
        self._connect()
        self.retranslate()

    def _lay_out(self) -> None:
        mine = QHBoxLayout()
        mine.addWidget(self.supporter_label)
        mine.addWidget(self.supporter, 1)
        flags = QHBoxLayout()
        flags.addWidget(self.overdue)
        flags.addWidget(self.unsigned)
        flags.addWidget(self.archived)
        flags.addStretch(1)
        flags.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(mine)
        layout.addLayout(flags)
        layout.addWidget(self.view, 1)

    def _connect(self) -> None:
        self.supporter.currentIndexChanged.connect(self.apply_filters)
        self.overdue.toggled.connect(self.apply_filters)
        self.unsigned.toggled.connect(self.apply_filters)
        self.archived.toggled.connect(self.apply_filters)
        self.view.selectionModel().currentRowChanged.connect(self._row_changed)
        self.model.modelReset.connect(self._after_reset)
        self.model.rowsInserted.connect(self._update_count)

    def retranslate(self) -> None:
        self.supporter_label.setText(self.tr("&My customers:"))
        self.supporter.setAccessibleName(self.tr("My customers: supporter"))
        if self.supporter.count():
            self.supporter.setItemText(0, self.tr("Everyone"))
        self.overdue.setText(self.tr("Review &overdue"))
        self.overdue.setAccessibleName(self.tr("Only customers whose review is overdue"))
        self.unsigned.setText(self.tr("No &signed summary"))
        self.unsigned.setAccessibleName(self.tr("Only customers without a signed summary"))
        self.archived.setText(self.tr("Show a&rchived"))
        self.archived.setAccessibleName(self.tr("Show archived customers too"))
        self.view.setAccessibleName(self.tr("Customers"))
        self.model.retranslate()
        self._update_count()
        self._fit_flags()
        self._fit_date_column()
        self._fit_titles()

    def _fit_flags(self) -> None:
        """Flags as tall as a line of the list's text, drawn for the screen's pixels."""
        size = self.view.fontMetrics().height()
        self.model.flag_scale = (size, self.devicePixelRatioF())
        self.view.setIconSize(flag_icon_size(size))
        self.view.verticalHeader().setDefaultSectionSize(size + 8)
        margin = self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1
        self.view.horizontalHeader().resizeSection(FLAGS, flag_icon_size(size).width() + 4 * margin)

    def fit_text_columns(self) -> None:
        """Industries and supporters as wide as the rows on screen show them, up to about
        40 characters, sharing what the name leaves; the name takes the rest of the width."""
        header = self.view.horizontalHeader()
        fixed = header.sectionSize(NEXT_REVIEW) + header.sectionSize(FLAGS)
        free = max(self.view.viewport().width() - fixed, 0)
        # The name keeps at least two fifths of the free width: it is what people look for.
        share = max((free - free * 2 // 5) // 2, header.minimumSectionSize())
        widest = min(self.view.fontMetrics().averageCharWidth() * 40, share)
        for column in (INDUSTRY, SUPPORTER):
            wanted = max(self.view.sizeHintForColumn(column), header.sectionSizeHint(column))
            header.resizeSection(column, min(wanted, widest))
        self._fit_titles()

    def resizeEvent(self, event: QResizeEvent) -> None:
        # A splitter moved or the window resized: the columns share the new width.
        super().resizeEvent(event)
        self.fit_text_columns()

    def _fit_titles(self) -> None:
        """Each text column at least as wide as its title in this language."""
        header = self.view.horizontalHeader()
        room = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize) + 16  # sort mark
        for column in (INDUSTRY, SUPPORTER):
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            wanted = header.fontMetrics().horizontalAdvance(title) + room
            if header.sectionSize(column) < wanted:
                header.resizeSection(column, wanted)

    def _fit_date_column(self) -> None:
        """Wide enough for the longest date of this language and calendar, with the
        overdue mark beside it: month names differ in length from one language to another."""
        metrics = self.view.fontMetrics()
        dates = (fmt().date(dt.date(2026, month, 28)) for month in range(1, 13))
        widest = max(metrics.horizontalAdvance(text) for text in dates)
        mark = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        title = (
            self.view.horizontalHeader()
            .fontMetrics()
            .horizontalAdvance(str(self.model.headerData(NEXT_REVIEW, Qt.Orientation.Horizontal)))
        )
        self.view.horizontalHeader().resizeSection(
            NEXT_REVIEW, max(widest + mark, title + mark) + 24
        )

    # ------------------------------------------------------------ filters

    def set_staff(self, names: list[str], chosen: str = "") -> None:
        chosen = chosen or self.supporter_name()
        with QSignalBlocker(self.supporter):
            self.supporter.clear()
            self.supporter.addItem(self.tr("Everyone"), "")
            for name in names:
                self.supporter.addItem(name, name)
            self.supporter.setCurrentIndex(max(self.supporter.findData(chosen), 0))

    def supporter_name(self) -> str:
        return self.supporter.currentData() or ""

    def filters(self) -> listing.CustomerFilter:
        return listing.CustomerFilter(
            supporter=self.supporter_name(),
            review_overdue=self.overdue.isChecked(),
            no_signed_summary=self.unsigned.isChecked(),
            archived=listing.Archived.INCLUDE
            if self.archived.isChecked()
            else listing.Archived.HIDE,
        )

    def apply_filters(self) -> None:
        self.model.set_filters(self.filters())

    # ------------------------------------------------------------ selection

    def current_id(self) -> int | None:
        return self._current_id

    def select_customer(self, customer_id: int | None) -> None:
        """Show this customer as the chosen one, without announcing a choice."""
        self._current_id = customer_id
        row = self.model.row_of(customer_id) if customer_id is not None else -1
        selection = self.view.selectionModel()
        with QSignalBlocker(selection):
            if row < 0:
                selection.clear()
                self.view.viewport().update()
                return
            index = self.model.index(row, NAME)
            flags = (
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows
            )
            selection.setCurrentIndex(index, flags)
        self.view.scrollTo(index)
        self.view.viewport().update()

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        customer_id = self.model.id_at(current.row()) if current.isValid() else None
        if customer_id is not None and customer_id != self._current_id:
            self.customer_chosen.emit(customer_id)

    def _after_reset(self) -> None:
        self.select_customer(self._current_id)
        self._update_count()
        self.fit_text_columns()

    def _update_count(self) -> None:
        total = self.model.total()
        self.count.setText(
            self.tr("{count} customers", None, total).format(count=fmt().integer(total))
        )


def _table(model: CustomerListModel, parent: QWidget) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSortingEnabled(True)
    view.horizontalHeader().setSortIndicator(NAME, Qt.SortOrder.AscendingOrder)
    view.setTabKeyNavigation(False)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    direct_text(view)
    view.horizontalHeader().setResizeContentsPrecision(0)  # fit columns to the rows on screen
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setDefaultSectionSize(120)
    header.setMinimumSectionSize(36)
    header.resizeSection(INDUSTRY, 100)
    header.resizeSection(FLAGS, 44)
    # The name takes whatever width the others leave, so the list fits its pane without a
    # horizontal scroll bar and no gap is left after the last column (a right-to-left view
    # with a gap has no column under its leading edge, and keyboard selection finds no cell).
    header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
    header.setStretchLastSection(False)
    header.setSortIndicatorShown(True)
    return view
