"""The customer's voice over the last twelve months: a line of figures and a small chart
of NPS by month (bars above or below zero) with the month's complaints beneath.

Drawn with QPainter (PySide6-Essentials has no QtCharts); months run in the reading
direction, so right to left in Hebrew and Persian.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from accountdesk.domain.words import NP_, Plural
from accountdesk.services.feedback_trends import MonthFigures
from accountdesk.ui.formatting import fmt
from accountdesk.ui.labels import ui_words, word

GOOD = QColor("#2e7d32")
BAD = QColor("#c62828")
COMPLAINT = QColor("#ef6c00")
NONE = "–"


def _number(value: float | None, digits: int = 1) -> str:
    return NONE if value is None else fmt().number(value, digits)


LAST_MONTHS = NP_(
    "Feedback",
    "Last {count} month: NPS {nps} ({answers} answers), CSAT {csat} ({satisfied} satisfied), "
    "CES {ces}, complaints {complaints}",
    "Last {count} months: NPS {nps} ({answers} answers), CSAT {csat} ({satisfied} satisfied), "
    "CES {ces}, complaints {complaints}",
)
ALL_CUSTOMERS = NP_(
    "Feedback",
    "All customers, last {count} month: NPS {nps} ({answers} answers), CSAT {csat} "
    "({satisfied} satisfied), CES {ces}, complaints {complaints}",
    "All customers, last {count} months: NPS {nps} ({answers} answers), CSAT {csat} "
    "({satisfied} satisfied), CES {ces}, complaints {complaints}",
)


def figures_line(period: MonthFigures, months: int, template: Plural = LAST_MONTHS) -> str:
    """What the figures of a period of `months` calendar months are, in the UI's language
    (`template`: LAST_MONTHS, or ALL_CUSTOMERS for the portfolio's)."""
    satisfied = (
        NONE if period.csat_satisfied is None else fmt().percent(period.csat_satisfied * 100, 0)
    )
    nps = NONE if period.nps is None else fmt().integer(round(period.nps))
    return ui_words().plural(
        template,
        months,
        count=fmt().integer(months),
        nps=nps,
        answers=fmt().integer(period.nps_answers),
        csat=_number(period.csat_average),
        satisfied=satisfied,
        ces=_number(period.ces_average),
        complaints=fmt().integer(period.complaints),
    )


class TrendChart(QWidget):
    """NPS bars by month over a zero line, complaints as dots beneath each month."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.months: list[MonthFigures] = []
        self.setMinimumHeight(110)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def show_months(self, months: list[MonthFigures]) -> None:
        self.months = months
        self.setToolTip("\n".join(_month_tip(m) for m in months))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.months:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        width, height = self.width(), self.height()
        slot = width / len(self.months)
        bars_height = height * 0.62
        zero = bars_height / 2
        painter.setPen(QPen(self.palette().mid().color(), 1))
        painter.drawLine(0, int(zero), width, int(zero))
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        for index, month in enumerate(self.months):
            left = (len(self.months) - 1 - index if rtl else index) * slot
            self._month(painter, month, left, slot, zero, bars_height)
        painter.end()

    def _month(
        self,
        painter: QPainter,
        month: MonthFigures,
        left: float,
        slot: float,
        zero: float,
        bars_height: float,
    ) -> None:
        if month.nps is not None:
            extent = month.nps / 100 * (bars_height / 2)
            painter.fillRect(
                QRectF(left + slot * 0.2, zero - max(extent, 0), slot * 0.6, abs(extent) or 1),
                GOOD if month.nps >= 0 else BAD,
            )
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(COMPLAINT)
        radius = min(slot / 10, 3.5)
        for n in range(min(month.complaints, 5)):
            centre_y = bars_height + radius + n * radius * 2.4
            painter.drawEllipse(QRectF(left + slot / 2 - radius, centre_y, radius * 2, radius * 2))


def _month_tip(month: MonthFigures) -> str:
    nps = NONE if month.nps is None else fmt().integer(round(month.nps))
    when = fmt().date(month.month)
    return word("Feedback", "{month}: NPS {nps}, complaints {complaints}").format(
        month=when, nps=nps, complaints=fmt().integer(month.complaints)
    )
