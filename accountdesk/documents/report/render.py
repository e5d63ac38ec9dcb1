"""The report laid out by the summary's layout, which learns one more block: the chart."""

from __future__ import annotations

from reportlab.platypus import Flowable

from accountdesk.documents.report.chart import ChartFlowable
from accountdesk.documents.summary import blocks as b
from accountdesk.documents.summary.render import SummaryLayout


class ReportLayout(SummaryLayout):
    def flowables_for(self, block: b.Block) -> list[Flowable]:
        if isinstance(block, b.Chart):
            return [ChartFlowable(block, self.doc.rtl, self.doc.language)]
        return super().flowables_for(block)
