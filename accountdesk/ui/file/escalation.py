"""The Escalation tab: a path per severity and side, and when its levels would be called now."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from accountdesk.domain.enums import Severity, Side
from accountdesk.domain.service_file import EscalationPathData
from accountdesk.domain.words import N_
from accountdesk.ui.file.context import FileContext
from accountdesk.ui.file.record_dialog import Where
from accountdesk.ui.file.tab import SectionTab
from accountdesk.ui.file.timeline import now_in, timeline_text, who_text
from accountdesk.ui.formatting import fmt, ui_paragraph
from accountdesk.ui.labels import label, word
from accountdesk.ui.tr_noop import QT_TRANSLATE_NOOP
from accountdesk.ui.widgets.row_model import Column
from accountdesk.ui.widgets.wrapped_label import WrappedLabel

if TYPE_CHECKING:
    from accountdesk.ui.file.escalation_dialog import EscalationDialog


class EscalationTab(SectionTab):
    key = "escalation"
    section = "escalation_paths"
    shows = frozenset({"escalation_paths", "contacts", "window"})
    noun = QT_TRANSLATE_NOOP("Sections", "escalation path")

    def __init__(self, context: FileContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.preview = WrappedLabel(self)
        self.layout_.addWidget(self.preview)
        self.table.view.selectionModel().selectionChanged.connect(self.update_preview)
        self.model.refreshed.connect(self.update_preview)
        self.retranslate()

    def title(self) -> str:
        return word("Section", "Escalation")

    def columns(self) -> list[Column]:
        return [
            Column(N_("Field", "Severity"), lambda p: label(p.severity)),
            Column(N_("Field", "Whose chain"), lambda p: label(p.side)),
            Column(N_("Field", "Levels"), self._levels_text),
        ]

    def _levels_text(self, path: EscalationPathData) -> str:
        if self.session is None:
            return ""
        return fmt().separator.join(who_text(level, self.session.file) for level in path.levels)

    def describe(self, record: EscalationPathData) -> str:
        return f"{label(record.severity)} / {label(record.side)}"

    def new_record(self) -> EscalationPathData:
        taken = {(p.severity, p.side) for p in self._rows()}
        free = [
            (s, side)
            for s in Severity
            for side in (Side.PROVIDER, Side.CUSTOMER)
            if (s, side) not in taken
        ]
        severity, side = free[0] if free else (Severity.HIGH, Side.PROVIDER)
        return EscalationPathData(severity=severity, side=side)

    def make_dialog(self, record: EscalationPathData, where: Where) -> EscalationDialog:
        from accountdesk.ui.file.escalation_dialog import EscalationDialog

        assert self.session is not None
        return EscalationDialog(record, where, self.session.file, self.context.staff_names(), self)

    def update_preview(self) -> None:
        row = self.table.current_row()
        if self.session is None or row < 0:
            self.preview.setText(self.tr("Select a path to see when each level would be called."))
            return
        path = self._rows()[row]
        window = self.session.file.window
        self.preview.setText(ui_paragraph(timeline_text(path, window, now_in(window))))

    def retranslate(self) -> None:
        super().retranslate()
        if hasattr(self, "preview"):
            self.preview.setAccessibleName(self.tr("Escalation timeline"))
            self.update_preview()
