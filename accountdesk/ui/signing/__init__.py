"""The signing panel: summary versions, their signatures and their integrity.

Add it to the file view as a tab, or inside the Summaries tab, with one line:

    FileView.register_tab(SigningPanel)                 # a tab of its own
    layout.addWidget(SigningPanel(self.context, self))  # inside another tab

It follows the open file by itself (through the `FileContext`).
"""

from accountdesk.ui.signing.panel import SigningPanel

__all__ = ["SigningPanel"]
