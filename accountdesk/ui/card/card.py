"""The supporter's card: what a supporter needs during a call, on one page, in big type.

Systems with their identifiers, contacts with one-click copy of phone and e-mail, the
escalation path per severity with the time each level is called if the request is raised
now, the support boundaries, the service window and who the backup supporter is.
Read-only; it never changes the file.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QStatusBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from accountdesk.domain.service_file import ContactData, EscalationPathData, ServiceFile, SystemData
from accountdesk.ui.file.timeline import level_times, now_in, when_text, who_text
from accountdesk.ui.fonts import scaled
from accountdesk.ui.formatting import fmt, isolate, isolate_ltr, phone_shown, plain, ui_paragraph
from accountdesk.ui.icons import icon
from accountdesk.ui.labels import label, list_separator, word
from accountdesk.ui.widgets.sizing import fit_to_screen
from accountdesk.ui.widgets.text_cells import align_label
from accountdesk.ui.widgets.wrapped_label import WrappedLabel

SCALE = 1.35
HIGHLIGHT = (
    "background-color: palette(highlight); color: palette(highlighted-text); border-radius: 3px;"
)


def _text_label(text: str, parent: QWidget, bold: bool = False, selectable: bool = True) -> QLabel:
    """A paragraph in the UI's direction; user data inside it is isolated by the caller."""
    widget = WrappedLabel(parent, ui_paragraph(text))
    widget.setTextFormat(Qt.TextFormat.PlainText)
    if selectable:
        widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if bold:
        font = widget.font()
        font.setBold(True)
        widget.setFont(font)
    return widget


def _words_label(text: str, parent: QWidget) -> QLabel:
    """The customer's own paragraphs (support boundaries): every line on the side where its
    text starts, a Hebrew list on the right even in an English card."""
    widget = WrappedLabel(parent, _isolate_lines(text) or "—")
    widget.setTextFormat(Qt.TextFormat.PlainText)
    widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    align_label(widget)
    return widget


def _isolate_lines(text: str) -> str:
    return "\n".join(isolate(line) for line in text.split("\n")) if text else ""


class CopyButton(QToolButton):
    """Shows a value (a phone, an e-mail, a host) and copies it with one click."""

    copied = Signal(str, str)  # what was copied (a description), the value

    def __init__(
        self, value: str, description: str, shown: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.value = value
        self.description = description
        self.setText(isolate_ltr(shown or value))
        self.setIcon(icon("copy"))
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setAutoRaise(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAccessibleName(description)
        self.setToolTip(description)
        self.clicked.connect(self._copy)

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self.value)
        self.copied.emit(self.description, self.value)


class SupporterCard(QDialog):
    """A top-level window; `show_file` fills it for one customer."""

    copied = Signal(str)  # the status message after a copy, for the main window too

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.file: ServiceFile | None = None
        self.focus: tuple[str, int] | None = None
        self.highlighted: QWidget | None = None
        self.copy_buttons: list[CopyButton] = []
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.status = QStatusBar(self)
        self.status.setSizeGripEnabled(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.status)
        close = QShortcut(QKeySequence(QKeySequence.StandardKey.Close), self)
        close.activated.connect(self.close)
        fit_to_screen(self, 980, 820)
        self._retitle()

    def _retitle(self) -> None:
        name = self.file.name if self.file else ""
        self.setWindowTitle(
            self.tr("Supporter's card — {name}").format(name=isolate(name))
            if name
            else self.tr("Supporter's card")
        )
        self.setAccessibleName(self.windowTitle())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self.file is not None:
            self.show_file(self.file, self.focus)
        super().changeEvent(event)

    # ------------------------------------------------------------ content

    def show_file(self, file: ServiceFile, focus: tuple[str, int] | None = None) -> None:
        """Fill the card for `file`; `focus` = ('system' | 'contact', id) to highlight."""
        self.file = file
        self.focus = focus
        self.highlighted = None
        self.copy_buttons = []
        content = QWidget()
        content.setFont(scaled(self.font(), SCALE))
        layout = QVBoxLayout(content)
        layout.addWidget(self._header(file, content))
        layout.addWidget(self._systems(file.systems, content))
        layout.addWidget(self._contacts(file.contacts, content))
        layout.addWidget(self._escalation(file, content))
        layout.addWidget(self._boundaries(file, content))
        layout.addStretch(1)
        self.scroll_area.setWidget(content)
        self._retitle()
        self._show_highlighted()

    def _show_highlighted(self) -> None:
        # Apart from show_file, where mypy takes `highlighted` for the None it was reset to.
        if self.highlighted is not None:
            self.scroll_area.ensureWidgetVisible(self.highlighted)

    def _header(self, f: ServiceFile, parent: QWidget) -> QWidget:
        box = QWidget(parent)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        title = _text_label(isolate(f.name), box, bold=True)
        title.setFont(scaled(parent.font(), 1.3))
        layout.addWidget(title)
        lines = [
            self.tr("Dedicated supporter: {name}").format(name=isolate(f.supporter) or "—"),
            self.tr("Backup supporter: {name}").format(name=isolate(f.backup_supporter) or "—"),
            self.tr("Account manager: {name}").format(name=isolate(f.account_manager) or "—"),
            self.tr("Service window: {window}").format(window=fmt().window(f.window)),
            self.tr(
                "Support level: {level} · criticality to them: {criticality} · knowledge: {knowledge}"
            ).format(
                level=label(f.support_level),
                criticality=label(f.criticality),
                knowledge=label(f.knowledge_level),
            ),
        ]
        for line in lines:
            layout.addWidget(_text_label(line, box))
        return box

    def _group(self, title: str, parent: QWidget) -> tuple[QGroupBox, QVBoxLayout]:
        box = QGroupBox(title, parent)
        layout = QVBoxLayout(box)
        layout.setSpacing(2)
        return box, layout

    def _record(
        self, title: str, buttons: list[tuple[str, CopyButton]], extra: str, parent: QWidget
    ) -> QWidget:
        """One system or contact: its name, then its identifiers, each copied with a click."""
        block = QWidget(parent)
        layout = QVBoxLayout(block)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.setSpacing(0)
        name = _text_label(title, block, bold=True)
        name.setObjectName("record-title")
        layout.addWidget(name)
        row = QHBoxLayout()
        for caption, button in buttons:
            row.addWidget(QLabel(caption, block))
            row.addWidget(button)
            row.addSpacing(12)
        row.addStretch(1)
        if buttons:
            layout.addLayout(row)
        if extra:
            layout.addWidget(_text_label(extra, block))
        return block

    def _systems(self, systems: list[SystemData], parent: QWidget) -> QWidget:
        box, layout = self._group(word("Section", "Systems"), parent)
        if not systems:
            layout.addWidget(_text_label(self.tr("No systems recorded."), box))
        for system in systems:
            buttons = [
                (
                    caption,
                    self._copy(
                        value,
                        self.tr("{field} of {name}").format(
                            field=caption, name=isolate(system.name)
                        ),
                        box,
                    ),
                )
                for caption, value in self._identifiers(system)
            ]
            details = list_separator().join(
                t
                for t in (
                    label(system.kind),
                    label(system.environment),
                    isolate(system.business_function),
                )
                if t
            )
            block = self._record(
                f"{isolate(system.name)} — {details}", buttons, isolate(system.location), box
            )
            layout.addWidget(block)
            self._maybe_highlight("system", system.id, block)
        return box

    def _identifiers(self, system: SystemData) -> list[tuple[str, str]]:
        pairs = [
            (self.tr("host"), system.host),
            (self.tr("address"), system.address),
            (self.tr("serial"), system.serial),
        ]
        return [(field, value) for field, value in pairs if value]

    def _contacts(self, contacts: list[ContactData], parent: QWidget) -> QWidget:
        box, layout = self._group(word("Section", "Contacts"), parent)
        if not contacts:
            layout.addWidget(_text_label(self.tr("No contacts recorded."), box))
        for contact in contacts:
            who = (
                f"{isolate(contact.name)} — {isolate(contact.role)}"
                if contact.role
                else isolate(contact.name)
            )
            buttons = [
                (caption, self._copy(value, what, box, shown))
                for caption, value, what, shown in self._reach(contact)
            ]
            extra = self.tr("Prefers: {channel}").format(channel=label(contact.preferred_channel))
            if contact.reachable_hours:
                extra += fmt().separator + self.tr("reachable: {hours}").format(
                    hours=isolate(contact.reachable_hours)
                )
            block = self._record(
                f"{who} ({label(contact.side)}, {label(contact.itil_relation)})",
                buttons,
                extra,
                box,
            )
            layout.addWidget(block)
            self._maybe_highlight("contact", contact.id, block)
        return box

    def _reach(self, c: ContactData) -> list[tuple[str, str, str, str]]:
        found = []
        if c.phone:
            found.append(
                (
                    self.tr("phone"),
                    c.phone,
                    self.tr("phone of {name}").format(name=c.name),
                    phone_shown(c.phone),
                )
            )
        if c.mobile:
            found.append(
                (
                    self.tr("mobile"),
                    c.mobile,
                    self.tr("mobile of {name}").format(name=c.name),
                    phone_shown(c.mobile),
                )
            )
        if c.email:
            found.append(
                (
                    self.tr("e-mail"),
                    c.email,
                    self.tr("e-mail of {name}").format(name=c.name),
                    c.email,
                )
            )
        return found

    def _copy(
        self, value: str, description: str, parent: QWidget, shown: str | None = None
    ) -> CopyButton:
        button = CopyButton(value, description, shown, parent)
        button.copied.connect(self._announce_copy)
        self.copy_buttons.append(button)
        return button

    def _announce_copy(self, description: str, value: str) -> None:
        message = self.tr("Copied {what}: {value}").format(
            what=description, value=isolate_ltr(value)
        )
        self.status.showMessage(message, 8000)
        self.copied.emit(message)

    def _escalation(self, f: ServiceFile, parent: QWidget) -> QWidget:
        now = now_in(f.window)
        title = self.tr("Escalation if raised now ({moment})").format(moment=fmt().datetime(now))
        box = QGroupBox(title, parent)
        grid = QGridLayout(box)
        grid.setHorizontalSpacing(16)
        if not f.escalation_paths:
            grid.addWidget(_text_label(self.tr("No escalation path recorded."), box), 0, 0)
        row = 0
        for path in f.escalation_paths:
            grid.addWidget(_text_label(self._path_title(path), box, bold=True), row, 0, 1, 3)
            row += 1
            for item in level_times(path, f.window, now):
                grid.addWidget(_text_label(fmt().integer(item.number) + ".", box), row, 0)
                grid.addWidget(
                    _text_label(
                        f"{isolate(who_text(item.level, f))} ({label(item.level.channel)})", box
                    ),
                    row,
                    1,
                )
                grid.addWidget(_text_label(when_text(item, now), box), row, 2)
                row += 1
        grid.setColumnStretch(1, 1)
        return box

    def _path_title(self, path: EscalationPathData) -> str:
        return self.tr("{severity} — {side}'s chain").format(
            severity=label(path.severity), side=label(path.side)
        )

    def _boundaries(self, f: ServiceFile, parent: QWidget) -> QWidget:
        box = QGroupBox(word("Field", "Support boundaries"), parent)
        grid = QGridLayout(box)
        grid.addWidget(
            _text_label(self.tr("In scope:"), box, bold=True), 0, 0, Qt.AlignmentFlag.AlignTop
        )
        grid.addWidget(_words_label(f.support_in_scope, box), 0, 1)
        grid.addWidget(
            _text_label(self.tr("Out of scope:"), box, bold=True), 1, 0, Qt.AlignmentFlag.AlignTop
        )
        grid.addWidget(_words_label(f.support_out_of_scope, box), 1, 1)
        grid.setColumnStretch(1, 1)
        return box

    def highlighted_title(self) -> str:
        """The name of the system or contact the card was opened at ('' if none)."""
        if self.highlighted is None:
            return ""
        return plain(_record_title(self.highlighted).text())

    def _maybe_highlight(self, kind: str, record_id: Any, block: QWidget) -> None:
        if self.focus is not None and self.focus == (kind, record_id):
            _record_title(block).setStyleSheet(HIGHLIGHT)
            self.highlighted = block


def _record_title(block: QWidget) -> QLabel:
    """The title label every system's and contact's block has."""
    title = block.findChild(QLabel, "record-title")
    assert title is not None
    return title
