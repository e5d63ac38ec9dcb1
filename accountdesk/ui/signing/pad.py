"""A signature pad: draw with the mouse, a pen or a finger; strokes kept as point lists."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QEvent, QPointF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QTabletEvent,
    QTouchEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from accountdesk.documents.signatures.drawing import Drawing

INK = QColor("#0a2970")
PEN_WIDTH = 2.0
_TOUCH = (QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd)


class SignaturePad(QWidget):
    """Records strokes in the pad's own coordinates (y downwards), as `Drawing`."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._strokes: list[list[tuple[float, float]]] = []
        self._drawing = False
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        self.setMinimumSize(360, 110)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(130)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    # ------------------------------------------------------------ the strokes

    def is_empty(self) -> bool:
        return not any(self._strokes)

    def clear(self) -> None:
        self._strokes.clear()
        self._drawing = False
        self.update()
        self.changed.emit()

    def drawing(self) -> Drawing:
        strokes = tuple(tuple(stroke) for stroke in self._strokes if stroke)
        return Drawing(float(self.width()), float(self.height()), strokes, PEN_WIDTH)

    def _begin(self, point: QPointF) -> None:
        self._drawing = True
        self._strokes.append([(point.x(), point.y())])
        self.update()

    def _extend(self, point: QPointF) -> None:
        if self._drawing:
            self._strokes[-1].append((point.x(), point.y()))
            self.update()

    def _end(self) -> None:
        if self._drawing:
            self._drawing = False
            self.changed.emit()

    # ------------------------------------------------------------ input

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._begin(event.position())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self._extend(event.position())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._extend(event.position())
        self._end()

    def tabletEvent(self, event: QTabletEvent) -> None:
        # Accepted, so Qt does not also send the same movement as mouse events.
        kind = event.type()
        if kind == QEvent.Type.TabletPress:
            self._begin(event.position())
        elif kind == QEvent.Type.TabletMove:
            self._extend(event.position())
        elif kind == QEvent.Type.TabletRelease:
            self._end()
        event.accept()

    def event(self, event: QEvent) -> bool:
        if event.type() in _TOUCH:
            points = cast(QTouchEvent, event).points()  # a touch event type: a QTouchEvent
            if points:
                self._touch(event.type(), points[0].position())
            event.accept()
            return True
        return super().event(event)

    def _touch(self, kind: QEvent.Type, point: QPointF) -> None:
        if kind == QEvent.Type.TouchBegin:
            self._begin(point)
        elif kind == QEvent.Type.TouchUpdate:
            self._extend(point)
        else:
            self._extend(point)
            self._end()

    # ------------------------------------------------------------ painting

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        painter.setPen(QPen(QColor("#c5ced9"), 1, Qt.PenStyle.DashLine))
        baseline = self.height() - 22
        painter.drawLine(12, baseline, self.width() - 12, baseline)
        pen = QPen(
            INK,
            PEN_WIDTH,
            Qt.PenStyle.SolidLine,
            Qt.PenCapStyle.RoundCap,
            Qt.PenJoinStyle.RoundJoin,
        )
        painter.setPen(pen)
        for stroke in self._strokes:
            painter.drawPath(_path(stroke))
        painter.end()


def _path(stroke: list[tuple[float, float]]) -> QPainterPath:
    path = QPainterPath(QPointF(*stroke[0]))
    if len(stroke) == 1:
        path.lineTo(QPointF(stroke[0][0] + 0.1, stroke[0][1]))  # a dot
    for x, y in stroke[1:]:
        path.lineTo(QPointF(x, y))
    return path
