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

    def story(self) -> list[Flowable]:
        """The summary's story, with each expectation's heading, verdict and figures kept
        on the page of its first chart: a chart never starts a page apart from the
        promise it measures."""
        flowables = super().story()
        heading: int | None = None
        for index, flowable in enumerate(flowables):
            if getattr(flowable, "is_heading", False):
                heading = index
            elif isinstance(flowable, ChartFlowable) and heading is not None:
                for kept in flowables[heading:index]:
                    kept.keepWithNext = True
                heading = None  # a second chart of the same promise stands on its own
        return flowables
