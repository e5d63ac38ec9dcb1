"""The Meetings tab: kickoff, alignment and review meetings, and what a kickoff still needs."""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from accountdesk.domain.service_file import MeetingData
from accountdesk.domain.words import N_
from accountdesk.ui.file.context import FileContext
from accountdesk.ui.file.readiness import CHECKLIST, kickoff_gaps
from accountdesk.ui.file.record_dialog import Where
from accountdesk.ui.file.tab import SectionTab
from accountdesk.ui.formatting import fmt, ui_paragraph
from accountdesk.ui.labels import label, word
from accountdesk.ui.tr_noop import QT_TRANSLATE_NOOP
from accountdesk.ui.widgets.row_model import Column
from accountdesk.ui.widgets.wrapped_label import WrappedLabel

if TYPE_CHECKING:
    from accountdesk.ui.file.meeting_dialog import MeetingDialog


def _covered(m: MeetingData) -> str:
    done = sum(bool(getattr(m, field)) for field in CHECKLIST.values())
    return f"{fmt().integer(done)}/{fmt().integer(len(CHECKLIST))}"


def _open_actions(m: MeetingData) -> str:
    return fmt().integer(sum(not a.done for a in m.action_items))


class MeetingsTab(SectionTab):
    key = "meetings"
    section = "meetings"
    noun = QT_TRANSLATE_NOOP("Sections", "meeting")

    def __init__(self, context: FileContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.gaps = WrappedLabel(self)
        self.layout_.addWidget(self.gaps)
        self.retranslate()

    def title(self) -> str:
        return word("Section", "Meetings")

    def columns(self) -> list[Column]:
        return [
            Column(N_("Field", "Date"), lambda m: fmt().date(m.held_on)),
            Column(N_("Field", "Kind"), lambda m: label(m.kind)),
            Column(
                N_("Field", "Participants"),
                lambda m: ", ".join(p.name for p in m.participants),
                free_text=True,
            ),
            Column(N_("Field", "Checklist covered"), _covered),
            Column(N_("Field", "Open action items"), _open_actions),
        ]

    def describe(self, record: MeetingData) -> str:
        return f"{label(record.kind)} {fmt().date(record.held_on)}"

    def new_record(self) -> MeetingData:
        return MeetingData()

    def make_dialog(self, record: MeetingData, where: Where) -> MeetingDialog:
        from accountdesk.ui.file.meeting_dialog import MeetingDialog

        assert self.session is not None
        return MeetingDialog(record, where, self.session.file, self.context.staff_names(), self)

    def _show_rows(self, read: Callable[[], None]) -> None:
        super()._show_rows(read)
        self.update_gaps()

    def update_gaps(self) -> None:
        if not hasattr(self, "gaps"):
            return
        gaps = kickoff_gaps(self.session.file) if self.session else []
        if not gaps:
            self.gaps.setText(
                ui_paragraph(
                    self.tr("Ready for a kickoff: the file has everything the checklist asks for.")
                )
            )
            return
        lines = "".join(f"<li>{ui_paragraph(html.escape(g.translated()))}</li>" for g in gaps)
        title = ui_paragraph(html.escape(self.tr("Before a kickoff, the file still lacks:")))
        self.gaps.setText(f"{title}<ul>{lines}</ul>")

    def retranslate(self) -> None:
        super().retranslate()
        if hasattr(self, "gaps"):
            self.gaps.setAccessibleName(self.tr("Still missing before a kickoff"))
            self.update_gaps()
