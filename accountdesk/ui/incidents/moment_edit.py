"""A date and time in the customer's time zone, optionally unset: an incident's times."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QWidget

from accountdesk.ui.widgets.editors import ClockEdit, DateEdit, from_qdate, to_qdate


class MomentEdit(QWidget):
    """`value()` is an aware datetime, None when unset, or the text typed when the time is
    not a time (the rules then name the field)."""

    changed = Signal()

    def __init__(self, zone: str, optional: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.zone = ZoneInfo(zone)
        self.enabled = QCheckBox(self)
        self.enabled.setVisible(optional)
        self.date = DateEdit(self)
        self.clock = ClockEdit(parent=self)
        self.zone_label = QLabel(zone, self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.enabled)
        layout.addWidget(self.date, 1)
        layout.addWidget(self.clock)
        layout.addWidget(self.zone_label)
        self.setFocusProxy(self.enabled if optional else self.date)
        self.enabled.toggled.connect(self._enable)
        self.enabled.toggled.connect(self.changed)
        self.date.dateChanged.connect(self.changed)
        self.clock.changed.connect(self.changed)
        self.set_value(None)

    def _enable(self, on: bool) -> None:
        self.date.setEnabled(on)
        self.clock.setEnabled(on)

    def value(self) -> dt.datetime | str | None:
        if not self.enabled.isChecked():
            return None
        minute = self.clock.value()
        if minute is None or minute >= 24 * 60:
            return self.clock.text()
        day = from_qdate(self.date.date())
        wall = dt.datetime.combine(day, dt.time(minute // 60, minute % 60))
        return wall.replace(tzinfo=self.zone).astimezone(dt.UTC)

    def set_value(self, value: dt.datetime | None) -> None:
        local = value.astimezone(self.zone) if value is not None else None
        shown = local or dt.datetime.now(self.zone)
        with QSignalBlocker(self.enabled), QSignalBlocker(self.date), QSignalBlocker(self.clock):
            self.enabled.setChecked(local is not None or self.enabled.isHidden())
            self._enable(self.enabled.isChecked())
            self.date.setDate(to_qdate(shown.date()))
            self.clock.set_value(shown.hour * 60 + shown.minute)

    def set_accessible(self, name: str) -> None:
        for widget in (self, self.enabled, self.date, self.clock):
            widget.setAccessibleName(name)
