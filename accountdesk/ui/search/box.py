"""The search field: finds customers, systems and contacts as the user types.

The query runs off the UI thread, each in its own database session. Keystrokes are
debounced (30 ms) with a leading edge: a keystroke after a pause searches at once, a
burst of fast keystrokes searches once, 30 ms after the last of them. An answer to an
older query than the latest is dropped. Up/Down move through the results, Enter opens the
file at the record, Ctrl+Enter the supporter's card.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QToolButton,
    QWidget,
)

from accountdesk.ui.icons import icon
from accountdesk.ui.operations import BackgroundOp
from accountdesk.ui.search.model import SearchResultsModel
from accountdesk.ui.widgets.direction import follow_content_direction
from accountdesk.ui.widgets.retranslate import Retranslating
from accountdesk.ui.widgets.text_cells import direct_text

DEBOUNCE_MS = 30
LIMIT = 50
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def run_search(db: Any, text: str) -> list[Any]:
    from accountdesk.services.search import search

    return search(db, text, limit=LIMIT)


class SearchBox(Retranslating, QWidget):
    """The field (and its card button); the results list is `self.results`, placed by the window."""

    open_requested = Signal(object)  # a SearchResult
    card_requested = Signal(object)
    searching = Signal(bool)  # results are to be shown (the field is not empty)
    results_shown = Signal(str)  # the query whose results are now on screen
    failed = Signal(object)  # what stopped a search (the window says it)

    def __init__(self, database: Callable[[], Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self._sequence = 0
        self._typed_at = 0.0  # the last keystroke (perf_counter seconds)
        self._open_when_ready: bool | None = None  # Enter pressed before the results came: card?
        self.field = QLineEdit(self)
        self.field.setClearButtonEnabled(True)
        self.find_icon = self.field.addAction(
            icon("find"), QLineEdit.ActionPosition.LeadingPosition
        )
        follow_content_direction(self.field)
        self.card_button = QToolButton(self)
        self.card_button.setIcon(icon("card"))
        self.model = SearchResultsModel(self)
        self.results = _results_view(self.model)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.field, 1)
        layout.addWidget(self.card_button)
        self._connect()
        self.retranslate()

    def _connect(self) -> None:
        self.field.textChanged.connect(self._typed)
        self._timer.timeout.connect(self._start_query)
        self.field.installEventFilter(self)
        self.results.installEventFilter(self)
        self.results.activated.connect(lambda index: self._open_row(index.row(), card=False))
        self.card_button.clicked.connect(lambda: self._open_row(self.current_row(), card=True))

    def retranslate(self) -> None:
        self.field.setPlaceholderText(self.tr("Find a customer, system or contact (Ctrl+F)"))
        self.field.setAccessibleName(self.tr("Search"))
        self.find_icon.setText(self.tr("Search"))
        clear = self.field.findChild(QAction, "_q_qlineeditclearaction")  # Qt's clear button
        if clear is not None:
            clear.setText(self.tr("Clear the search"))
        self.card_button.setToolTip(
            self.tr("Supporter's card for the selected result (Ctrl+Enter)")
        )
        self.card_button.setAccessibleName(self.tr("Open the supporter's card"))
        self.results.setAccessibleName(self.tr("Search results"))
        self.model.retranslate()

    # ------------------------------------------------------------ querying

    def _typed(self, text: str) -> None:
        now = time.perf_counter()
        after_pause = (now - self._typed_at) * 1000 >= DEBOUNCE_MS and not self._timer.isActive()
        self._typed_at = now
        self._open_when_ready = None
        self._sequence += 1  # whatever is running now is stale
        if not text.strip():
            self._timer.stop()
            self.model.clear()
            self.searching.emit(False)
            return
        self.searching.emit(True)
        if after_pause:
            self._start_query()  # leading edge: the first keystroke after a pause
        else:
            self._timer.start()  # within a burst: once, 30 ms after its last keystroke

    def _start_query(self) -> None:
        text = self.field.text().strip()
        sequence = self._sequence
        db = self._database()
        BackgroundOp(self, lambda: run_search(db, text)).success(
            lambda results: self._show(sequence, text, results)
        ).failure(lambda error: self._failed(sequence, error)).run()

    def _show(self, sequence: int, text: str, results: list[Any]) -> None:
        if sequence != self._sequence:
            return  # the user typed on; a newer query is coming
        self.model.set_results(text, results)
        self.select_row(self.model.first_result_row())
        self.results_shown.emit(text)
        if self._open_when_ready is not None:
            card, self._open_when_ready = self._open_when_ready, None
            self._open_row(self.current_row(), card)

    def _failed(self, sequence: int, error: Exception) -> None:
        if sequence == self._sequence:
            self.failed.emit(error)

    def clear(self) -> None:
        self.field.clear()

    def focus(self) -> None:
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    # ------------------------------------------------------------ moving and opening

    def current_row(self) -> int:
        rows = self.results.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def select_row(self, row: int) -> None:
        selection = self.results.selectionModel()
        if row < 0:
            selection.clear()
            return
        index = self.model.index(row, 0)
        selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.results.scrollTo(index)

    def _step(self, step: int) -> None:
        start = self.current_row() + step if self.current_row() >= 0 else 0
        row = self.model.first_result_row(start, step)
        if row >= 0:
            self.select_row(row)

    def request_card(self) -> bool:
        """The card shortcut (F4, Ctrl+K) while results are on screen: the highlighted
        result's card, now or when the results of what was typed arrive. False when no
        result is highlighted (the open customer's card is meant)."""
        text = self.field.text().strip()
        if not text:
            return False
        if self.model.query != text:  # typed faster than the search
            self._open_when_ready = True
            if self._timer.isActive():
                self._timer.stop()
                self._start_query()
            return True
        if self.model.result_at(self.current_row()) is None:
            return False
        self._open_row(self.current_row(), card=True)
        return True

    def _open_row(self, row: int, card: bool) -> None:
        result = self.model.result_at(row)
        if result is None:
            return
        (self.card_requested if card else self.open_requested).emit(result)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return self._key(event)
        return False

    def _key(self, event: QKeyEvent) -> bool:
        key = event.key()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            self._step(1 if key == Qt.Key.Key_Down else -1)
            return True
        if key in ENTER_KEYS:
            card = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
            if self.model.query != self.field.text().strip():  # typed faster than the search
                self._open_when_ready = card
                if self._timer.isActive():
                    self._timer.stop()
                    self._start_query()
                return True
            self._open_row(self.current_row(), card)
            return True
        if key == Qt.Key.Key_Escape and self.field.text():
            self.clear()
            return True
        return False


def _results_view(model: SearchResultsModel) -> QListView:
    view = QListView()
    view.setModel(model)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setUniformItemSizes(False)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
    direct_text(view)
    return view
