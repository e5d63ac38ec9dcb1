"""One measure by month against its target, drawn with QPainter from the same series as
the PDF's chart (`domain.monthly`): bars green at or above the target, red below, the
target a dashed line; months run in the reading direction (from the right in Hebrew,
Persian and Arabic)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from accountdesk.documents.report.content import axis
from accountdesk.domain.monthly import Series
from accountdesk.ui.formatting import fmt

KEPT = QColor("#3e7c59")
SHORT = QColor("#b5473a")
TARGET = QColor("#1f3a5f")
AXIS_GAP = 6  # between a value label and the plot
LABELS_HEIGHT = 18


class SeriesChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.series: Series | None = None
        self.setMinimumHeight(130)
        self.setMinimumWidth(240)  # its months readable beside the verdicts
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def show_series(self, series: Series | None) -> None:
        self.series = series
        self.setToolTip(self.tip())
        self.update()

    def tip(self) -> str:
        """Each month and its value, for the tooltip and for tests."""
        if self.series is None:
            return ""
        calendar = self.series.calendar
        return "\n".join(
            f"{fmt().month(m.month, calendar)}: "
            + ("–" if m.value is None else fmt().percent(m.value, 2))
            for m in self.series.months
        )

    def month_labels(self, slot: float) -> list[str]:
        """Each month's label under its bar: with its year where every label fits its
        slot, else the month alone (the tooltip names the years), never overlapping."""
        if self.series is None:
            return []
        calendar, metrics = self.series.calendar, self.fontMetrics()
        months = [m.month for m in self.series.months]
        full = [fmt().month(m, calendar) for m in months]
        if all(metrics.horizontalAdvance(text) <= slot - 4 for text in full):
            return full
        return [fmt().month(m, calendar, year=False) for m in months]

    def bars(self) -> list[tuple[QRectF, bool]]:
        """Where each month's bar goes, and whether it meets the target (earliest first;
        None-valued months have no bar)."""
        series = self.series
        if series is None:
            return []
        values = [m.value for m in series.months]
        low, high, _ticks = axis([v for v in values if v is not None], series.target)
        plot = self.plot()
        slot = plot.width() / max(len(values), 1)
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        found = []
        for index, value in enumerate(values):
            if value is None:
                continue
            position = len(values) - 1 - index if rtl else index
            share = (min(max(value, low), high) - low) / (high - low) if high > low else 0.0
            height = share * plot.height()
            width = min(slot * 0.6, 40.0)
            left = plot.left() + position * slot + (slot - width) / 2
            met = series.target is None or value >= series.target - 1e-9
            found.append((QRectF(left, plot.bottom() - height, width, height), met))
        return found

    def ticks(self) -> list[tuple[float, str]]:
        """Each value on the axis and its label, in the UI's language and digits."""
        if self.series is None:
            return []
        values = [m.value for m in self.series.months if m.value is not None]
        _low, _high, ticks = axis(values, self.series.target)
        # Two decimals only where a tick needs them: 99.5% and 99.75% told apart.
        return [(tick, fmt().percent(tick, 0 if float(tick).is_integer() else 2)) for tick in ticks]

    def axis_width(self) -> int:
        """Room for the widest value label, as this font draws it, and the gap to the plot."""
        metrics = self.fontMetrics()
        widest = max((metrics.horizontalAdvance(text) for _, text in self.ticks()), default=0)
        return widest + AXIS_GAP

    def tick_boxes(self) -> list[tuple[QRectF, str]]:
        """Where each value label is drawn: beside the plot, at the start edge."""
        series = self.series
        if series is None:
            return []
        values = [m.value for m in series.months if m.value is not None]
        low, high, _ticks = axis(values, series.target)
        plot, width = self.plot(), self.axis_width() - AXIS_GAP
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        boxes = []
        for tick, text in self.ticks():
            y = plot.bottom() - (tick - low) / (high - low) * plot.height()
            left = plot.right() + AXIS_GAP if rtl else 0
            height = self.fontMetrics().height()
            boxes.append((QRectF(left, y - height / 2, width, height), text))
        return boxes

    def plot(self) -> QRectF:
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        room = self.axis_width()
        left = 0 if rtl else room
        top = max(6, self.fontMetrics().height() // 2 + 1)  # the top label's upper half
        return QRectF(left, top, self.width() - room, self.height() - LABELS_HEIGHT - top)

    def paintEvent(self, event: QPaintEvent) -> None:
        series = self.series
        if series is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        values = [m.value for m in series.months]
        low, high, ticks = axis([v for v in values if v is not None], series.target)
        plot = self.plot()
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        painter.setPen(QPen(self.palette().mid().color(), 1))
        for tick in ticks:
            y = plot.bottom() - (tick - low) / (high - low) * plot.height()
            painter.drawLine(int(plot.left()), int(y), int(plot.right()), int(y))
        align = Qt.AlignmentFlag.AlignLeft if rtl else Qt.AlignmentFlag.AlignRight
        for box, text in self.tick_boxes():
            painter.drawText(box, align | Qt.AlignmentFlag.AlignVCenter, text)
        for rect, met in self.bars():
            painter.fillRect(rect, KEPT if met else SHORT)
        if series.target is not None:
            y = plot.bottom() - (series.target - low) / (high - low) * plot.height()
            pen = QPen(TARGET, 1.6, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawLine(int(plot.left()), int(y), int(plot.right()), int(y))
        painter.setPen(QPen(self.palette().text().color(), 1))
        slot = plot.width() / max(len(values), 1)
        for index, label in enumerate(self.month_labels(slot)):
            position = len(values) - 1 - index if rtl else index
            box = QRectF(plot.left() + position * slot, plot.bottom() + 2, slot, LABELS_HEIGHT)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, label)
        painter.end()
