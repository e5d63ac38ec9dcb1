"""The open service file as tabs. The tabs are a registration list, so a later tab (the
Summaries tab) is added with one call and no change here:

    FileView.register_tab(SummariesTab)   # before the main window is built, or
    window.file_view.add_tab(SummariesTab)  # at run time, or, to keep start-up fast,
    FileView.register_tab(lazy_tab("summaries", title, "accountdesk.ui.summaries.tab:SummariesTab"))

A factory is called as `factory(context, parent)` and returns a `FileTab`.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import ClassVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QLabel,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from accountdesk.domain.errors import FieldProblem
from accountdesk.domain.words import N_
from accountdesk.ui.file.context import FileContext
from accountdesk.ui.file.session import FileSession
from accountdesk.ui.file.tab import FileTab
from accountdesk.ui.fonts import scaled
from accountdesk.ui.formatting import isolate, ui_paragraph
from accountdesk.ui.labels import problem_text, word
from accountdesk.ui.widgets.forms import error_label
from accountdesk.ui.widgets.retranslate import Retranslating
from accountdesk.ui.widgets.wrapped_label import WrappedLabel

TabFactory = Callable[[FileContext, QWidget], FileTab]
HEADER_SCALE = 1.35

# Every file's tabs, as "module:factory": imported when the first file opens, so that a
# window showing only the list of customers starts without their modules.
DEFAULT_TABS = [
    "accountdesk.ui.file.overview:OverviewTab",
    "accountdesk.ui.file.systems:SystemsTab",
    "accountdesk.ui.file.contacts:ContactsTab",
    "accountdesk.ui.file.escalation:EscalationTab",
    "accountdesk.ui.file.expectations:ExpectationsTab",
    "accountdesk.ui.file.meetings:MeetingsTab",
    "accountdesk.ui.file.feedback:FeedbackTab",
]
# Search results point at these kinds of records; each lives in one tab.
TAB_OF_KIND = {"system": "systems", "contact": "contacts"}
SECTION_TITLES = {
    "systems": N_("Section", "Systems"),
    "contacts": N_("Section", "Contacts"),
    "escalation_paths": N_("Section", "Escalation"),
    "expectations": N_("Section", "Expectations"),
    "meetings": N_("Section", "Meetings"),
    "reports": N_("Section", "Reports"),
    "feedback": N_("Section", "Feedback"),
}
TAB_OF_SECTION = {
    "systems": "systems",
    "contacts": "contacts",
    "escalation_paths": "escalation",
    "expectations": "expectations",
    "meetings": "meetings",
    "feedback": "feedback",
}


class LazyTab(FileTab):
    """Stands in for a tab whose module is heavy to import (PDF, printing): the real tab
    is imported and built the first time this one is shown."""

    def __init__(
        self, context: FileContext, parent: QWidget | None, key: str, title: str, target: str
    ) -> None:
        super().__init__(context, parent)
        self.key = key
        self._title = title  # source text, "FileView" context
        self._target = target  # "package.module:Factory"
        self.real: FileTab | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def title(self) -> str:
        return (
            self.real.title()
            if self.real is not None
            else QCoreApplication.translate("FileView", self._title)
        )

    def showEvent(self, event: QShowEvent) -> None:
        if self.real is None:
            self.load()
        super().showEvent(event)

    def load(self) -> FileTab:
        self.real = imported(self._target)(self.context, self)
        self._layout.addWidget(self.real)
        self.real.set_session(self.session)
        return self.real

    def set_session(self, session: FileSession | None) -> None:
        self.session = session
        if self.real is not None:
            self.real.set_session(session)

    def focus_record(self, record_id: int) -> bool:
        real = self.real if self.real is not None else self.load()
        return real.focus_record(record_id)


@dataclass(frozen=True)
class LazyTabFactory:
    """A TabFactory making a LazyTab; its `key` says which tab it stands for."""

    key: str
    title: str  # source text, "FileView" context
    target: str  # "package.module:Factory"

    def __call__(self, context: FileContext, parent: QWidget) -> FileTab:
        return LazyTab(context, parent, self.key, self.title, self.target)


def imported(target: str) -> TabFactory:
    """The factory named by "package.module:Factory", its module imported."""
    module_name, _, name = target.partition(":")
    factory: TabFactory = getattr(importlib.import_module(module_name), name)
    return factory


def lazy_tab(key: str, title: str, target: str) -> LazyTabFactory:
    """A factory for a tab imported on first show; `title` is a "FileView" source text."""
    return LazyTabFactory(key, title, target)


class FileView(Retranslating, QWidget):
    _registered: ClassVar[list[TabFactory]] = []

    @classmethod
    def register_tab(cls, factory: TabFactory) -> None:
        """Add a tab to every file view built from now on."""
        cls._registered.append(factory)

    def __init__(self, context: FileContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._session: FileSession | None = None
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.placeholder = WrappedLabel(self)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.banner = error_label(self)
        # What of the open file the person signed in may not change, and why.
        self.rights_banner = WrappedLabel(self)
        self.rights_banner.setObjectName("rights_banner")
        self.rights_banner.set_padding(8, 2, 8, 4)
        self.rights_banner.setVisible(False)
        self.header = QLabel(self)  # whose file this is, above everything else
        self.header.setObjectName("customer_header")
        self.header.setTextFormat(Qt.TextFormat.PlainText)
        self.header.setFont(scaled(self.header.font(), HEADER_SCALE, bold=True))
        self.header.setContentsMargins(8, 6, 8, 2)
        self.header.setVisible(False)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.placeholder)
        self.stack.addWidget(self.tabs)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.header)
        layout.addWidget(self.rights_banner)
        layout.addWidget(self.banner)
        layout.addWidget(self.stack, 1)
        # The tabs are built when the first file opens: a window showing only the list
        # of customers starts without them.
        self._pending: list[TabFactory | str] | None = [*DEFAULT_TABS, *self._registered]
        context.session_changed.connect(self.set_session)
        self.retranslate()
        self.set_session(context.session)

    # ------------------------------------------------------------ tabs

    def add_tab(self, factory: TabFactory) -> FileTab:
        self._build_tabs()  # a tab added at run time goes after the registered ones
        tab = factory(self.context, self.tabs)
        self.tabs.addTab(tab, tab.title())
        tab.set_session(self.context.session)
        return tab

    def _build_tabs(self) -> None:
        pending, self._pending = self._pending, None
        if not pending:
            return
        for factory in pending:
            self.add_tab(imported(factory) if isinstance(factory, str) else factory)
        # The tabs need more room than the placeholder did: a splitter around this view
        # makes it now, as it would have at start-up.
        self.updateGeometry()
        splitter = self.parentWidget()
        while splitter is not None and not isinstance(splitter, QSplitter):
            splitter = splitter.parentWidget()  # beside the home view, in a stack
        if splitter is not None:
            splitter.refresh()

    def all_tabs(self) -> list[FileTab]:
        self._build_tabs()
        return self._built_tabs()

    def _built_tabs(self) -> list[FileTab]:
        tabs = (self.tabs.widget(i) for i in range(self.tabs.count()))
        return [tab for tab in tabs if isinstance(tab, FileTab)]  # every one is

    def tab(self, key: str) -> FileTab | None:
        return next((t for t in self.all_tabs() if t.key == key), None)

    def show_tab(self, key: str) -> FileTab | None:
        tab = self.tab(key)
        if tab is not None:
            self.tabs.setCurrentWidget(tab)
        return tab

    def current_key(self) -> str:
        current = self.tabs.currentWidget()
        return current.key if isinstance(current, FileTab) else ""

    # ------------------------------------------------------------ the open file

    def set_session(self, session: FileSession | None) -> None:
        if self._session is not None:
            self._session.changed.disconnect(self._show_header)
        self._session = session
        if session is not None:
            session.changed.connect(self._show_header)
        self._show_header()
        self.stack.setCurrentWidget(self.tabs if session is not None else self.placeholder)
        self.clear_problems()
        if session is None and self._pending is not None:
            return  # no tabs yet, and none needed
        for tab in self.all_tabs():
            tab.set_session(session)

    def _show_header(self) -> None:
        """The customer's name as typed, isolated so that it cannot reorder what is
        around it, on the side where the UI starts."""
        session = self._session
        self.header.setVisible(session is not None)
        reason = session.rights.reason if session is not None else ""
        self.rights_banner.setText(ui_paragraph(word("Rights", reason)) if reason else "")
        self.rights_banner.setVisible(bool(reason))
        if session is None:
            self.header.clear()
            return
        name = session.file.name.strip() or self.tr("New customer")
        # A label takes its side from its first strong letter and skips isolates: the mark
        # of the UI's direction puts the name where the UI starts.
        self.header.setText(ui_paragraph(isolate(name)))
        self.header.setAccessibleName(self.tr("Service file of {name}").format(name=isolate(name)))

    def focus_record(self, kind: str, ref_id: int) -> bool:
        """Show the tab holding a system or contact (or the tab named, for the home view's
        items) and select its row; `ref_id` 0: the tab alone."""
        key = TAB_OF_KIND.get(kind, kind)
        tab = self.show_tab(key) if key else None
        if tab is None or not ref_id:
            return tab is not None
        return tab.focus_record(ref_id)

    # ------------------------------------------------------------ problems from saving

    def show_problems(self, problems: list[FieldProblem]) -> None:
        from accountdesk.ui.file.overview import OverviewTab

        overview = self.tab("overview")
        if isinstance(overview, OverviewTab):
            overview.show_problems(problems)
        rows = [p for p in problems if p.section]
        self.banner.setText("\n".join(_where(p) for p in rows))
        self.banner.setVisible(bool(rows))
        first = (
            "overview"
            if any(not p.section for p in problems)
            else TAB_OF_SECTION.get(rows[0].section, "")
            if rows
            else ""
        )
        if first:
            self.show_tab(first)

    def clear_problems(self) -> None:
        self.banner.clear()
        self.banner.setVisible(False)
        tabs = self._built_tabs()
        if tabs:  # the overview's module is loaded with the tabs
            from accountdesk.ui.file.overview import OverviewTab

            for tab in tabs:
                if isinstance(tab, OverviewTab):
                    tab.clear_problems()

    def retranslate(self) -> None:
        self._show_header()
        for index, tab in enumerate(self._built_tabs()):
            self.tabs.setTabText(index, tab.title())
        # Qt names the tab bar's scroll buttons in English only; screen readers read ours.
        for button in self.tabs.tabBar().findChildren(QToolButton):
            if button.objectName() == "ScrollLeftButton":
                button.setAccessibleName(self.tr("Scroll the tabs left"))
            elif button.objectName() == "ScrollRightButton":
                button.setAccessibleName(self.tr("Scroll the tabs right"))
        self.placeholder.setText(
            self.tr(
                "Choose a customer on the list, find one with Ctrl+F, or create one with Ctrl+N."
            )
        )


def _where(problem: FieldProblem) -> str:
    section = word("Section", SECTION_TITLES.get(problem.section, problem.section))
    row = (problem.index or 0) + 1
    return QCoreApplication.translate("FileView", "{section}, row {row}: {problem}").format(
        section=section, row=row, problem=problem_text(problem)
    )
