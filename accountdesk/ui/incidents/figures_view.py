"""Achieved against agreed at a glance: one line per expectation, its verdict first and
coloured, its figures beneath, said as the promise was."""

from __future__ import annotations

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from accountdesk.domain.achievement import PeriodFigures, Verdict
from accountdesk.i18n.figures import FigureSentences
from accountdesk.services.figures import expectation_sentences
from accountdesk.ui.formatting import fmt, isolate
from accountdesk.ui.language import current_language

# Colours readable on a light background; the verdict's word says it too, for those who
# do not tell red from green.
COLOURS = {
    Verdict.MET: "#d9f2dc",
    Verdict.MISSED: "#f8d7d5",
    Verdict.AT_RISK: "#fcebc5",
    Verdict.NO_DATA: "#ececec",
}
MARKS = {Verdict.MET: "✔", Verdict.MISSED: "✖", Verdict.AT_RISK: "⚠", Verdict.NO_DATA: "–"}
EXPECTATION_ROLE = 257  # Qt.UserRole + 1: the expectation's database id


class FiguresView(QTreeWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setWordWrap(True)
        self.setUniformRowHeights(False)
        self.figures: PeriodFigures | None = None

    def show_figures(self, figures: PeriodFigures | None) -> None:
        self.figures = figures
        self.clear()
        if figures is None:
            return
        say = FigureSentences(current_language(), fmt())
        for item in figures.expectations:
            verdict = item.verdict
            words = isolate(item.expectation.customer_words)
            top = QTreeWidgetItem([f"{MARKS[verdict]} {say.verdict(verdict)} — {words}"])
            top.setToolTip(0, top.text(0))  # a narrow pane elides it: whole on hover
            top.setBackground(0, QBrush(QColor(COLOURS[verdict])))
            top.setData(0, 256, verdict.value)  # Qt.UserRole: the verdict, for tests and tools
            top.setData(0, EXPECTATION_ROLE, item.expectation.id)
            for sentence in expectation_sentences(item, say):
                child = QTreeWidgetItem([sentence])
                child.setToolTip(0, sentence)
                top.addChild(child)
            self.addTopLevelItem(top)
            top.setExpanded(True)

    def select_expectation(self, expectation_id: int) -> bool:
        """Select and show the verdict line of the expectation with this database id."""
        for index in range(self.topLevelItemCount()):
            top = self.topLevelItem(index)
            if top is not None and top.data(0, EXPECTATION_ROLE) == expectation_id:
                self.setCurrentItem(top)
                self.scrollToItem(top)
                self.setFocus()
                return True
        return False

    @staticmethod
    def expectation_of(item: QTreeWidgetItem) -> int | None:
        """The database id of the expectation a verdict line (or its figure) is about."""
        top = item.parent() or item
        found = top.data(0, EXPECTATION_ROLE)
        return found if isinstance(found, int) else None

    def lines(self) -> list[str]:
        """What the view shows, line by line (top-level items and their figures)."""
        found: list[str] = []
        for index in range(self.topLevelItemCount()):
            top = self.topLevelItem(index)
            if top is not None:
                found.append(top.text(0))
                children = (top.child(n) for n in range(top.childCount()))
                found.extend(child.text(0) for child in children if child is not None)
        return found
