"""The Reports tab's chart keeps room beside its plot for its widest value label, as the
widget's font draws it, in every language and digits setting: "99.75%" is never cut."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QRectF

from accountdesk.domain.monthly import MonthValue, Series, SeriesMeasure
from accountdesk.ui.reports.chart import SeriesChart


def _series(values: list[float | None], target: float) -> Series:
    months = tuple(
        MonthValue(dt.date(2026, month, 1), value) for month, value in enumerate(values, start=1)
    )
    return Series(0, SeriesMeasure.AVAILABILITY, target, months)


@pytest.mark.parametrize(
    "language, native_digits",
    [("en", True), ("he", True), ("fa", True), ("fa", False), ("ar", True), ("ar", False)],
)
@pytest.mark.parametrize("points", [9, 14])
def test_every_value_label_is_drawn_whole_beside_the_plot(
    qtbot, languages, language, native_digits, points
):
    languages.set_language_options(native_digits=native_digits)
    languages.apply(language)
    chart = SeriesChart()
    qtbot.addWidget(chart)
    font = chart.font()
    font.setPointSize(points)
    chart.setFont(font)
    chart.resize(320, 160)
    chart.show_series(_series([99.9, 99.62, None, 100.0], 99.8))
    metrics = chart.fontMetrics()
    boxes = chart.tick_boxes()
    texts = [text for _, text in boxes]
    assert any(len(text) >= 6 for text in texts), texts  # "99.75%", "٩٩٫٧٥٪"…
    plot = chart.plot()
    whole = QRectF(chart.rect())
    for box, text in boxes:
        assert metrics.horizontalAdvance(text) <= box.width(), (text, box)
        assert whole.contains(box), (text, box, whole)
        assert box.right() < plot.left() or box.left() > plot.right(), (text, box, plot)
    languages.set_language_options(native_digits=True)
