"""The Summaries tab of the file view (register it with `FileView.register_tab`)."""

from accountdesk.ui.summaries.tab import SummariesTab

__all__ = ["SummariesTab"]
