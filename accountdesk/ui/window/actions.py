"""The main window's actions and menus: File, Edit, View, Language, Help.

Declared in one table (name, icon, text, shortcut) so re-translation is one loop. The
window connects each action to what it does.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSignalBlocker, Signal, SignalInstance
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QUndoGroup
from PySide6.QtWidgets import QMainWindow, QMenu, QMenuBar

from accountdesk.ui.icons import directed_icon, icon
from accountdesk.ui.language import (
    ENDONYMS,
    SUPPORTED,
    current_language,
    digits_sample,
    has_native_digits,
    has_own_calendar,
)
from accountdesk.ui.tr_noop import QT_TRANSLATE_NOOP

Key = QKeySequence.StandardKey

# name: (icon, text, shortcuts)
ACTIONS: dict[str, tuple[str, str, list]] = {
    "new_customer": (
        "new",
        QT_TRANSLATE_NOOP("Actions", "&New customer"),
        [QKeySequence("Ctrl+N")],
    ),
    "save": ("save", QT_TRANSLATE_NOOP("Actions", "&Save"), [QKeySequence("Ctrl+S")]),
    "import_json": ("import", QT_TRANSLATE_NOOP("Actions", "Import customers from &JSON…"), []),
    "import_systems_csv": ("import", QT_TRANSLATE_NOOP("Actions", "Import &systems from CSV…"), []),
    "import_contacts_csv": (
        "import",
        QT_TRANSLATE_NOOP("Actions", "Import &contacts from CSV…"),
        [],
    ),
    "import_incidents": (
        "import",
        QT_TRANSLATE_NOOP("Actions", "Import &incidents from a helpdesk…"),
        [],
    ),
    "export_json": ("export", QT_TRANSLATE_NOOP("Actions", "&Export this customer as JSON…"), []),
    "archive_customer": (
        "archive",
        QT_TRANSLATE_NOOP("Actions", "&Archive this customer"),
        [],
    ),
    "unarchive_customer": (
        "archive",
        QT_TRANSLATE_NOOP("Actions", "&Bring back from archive"),
        [],
    ),
    "delete_customer": ("delete", QT_TRANSLATE_NOOP("Actions", "&Delete this customer…"), []),
    "export_listed": (
        "export",
        QT_TRANSLATE_NOOP("Actions", "Export the &listed customers as JSON…"),
        [],
    ),
    "new_database": ("database", QT_TRANSLATE_NOOP("Actions", "New &database…"), []),
    "open_database": ("open", QT_TRANSLATE_NOOP("Actions", "&Open database…"), []),
    "connect_database": (
        "database",
        QT_TRANSLATE_NOOP("Actions", "Connect to a &team database…"),
        [],
    ),
    "open_local": ("open", QT_TRANSLATE_NOOP("Actions", "Open &local database"), []),
    "restore_backup": (
        "database",
        QT_TRANSLATE_NOOP("Actions", "Restore from &backup…"),
        [],
    ),
    "backup_folder": ("open", QT_TRANSLATE_NOOP("Actions", "Backup fol&der…"), []),
    "quit": ("quit", QT_TRANSLATE_NOOP("Actions", "&Quit"), [QKeySequence("Ctrl+Q")]),
    "find": ("find", QT_TRANSLATE_NOOP("Actions", "&Find…"), [QKeySequence("Ctrl+F")]),
    "card": (
        "card",
        QT_TRANSLATE_NOOP("Actions", "Supporter's &card"),
        [QKeySequence("Ctrl+K"), QKeySequence("F4")],
    ),
    "home": (
        "home",
        QT_TRANSLATE_NOOP("Actions", "&Home: this week"),
        [QKeySequence("Alt+Home")],
    ),
    "notifications": (
        "home",
        QT_TRANSLATE_NOOP("Actions", "Desktop &notifications of what falls due"),
        [],
    ),
    "about": ("about", QT_TRANSLATE_NOOP("Actions", "&About AccountDesk"), []),
}
MENUS = {
    "file": QT_TRANSLATE_NOOP("Actions", "&File"),
    "recent": QT_TRANSLATE_NOOP("Actions", "&Recent databases"),
    "recent_servers": QT_TRANSLATE_NOOP("Actions", "Recent team data&bases"),
    "edit": QT_TRANSLATE_NOOP("Actions", "&Edit"),
    "view": QT_TRANSLATE_NOOP("Actions", "&View"),
    "language": QT_TRANSLATE_NOOP("Actions", "&Language"),
    "help": QT_TRANSLATE_NOOP("Actions", "&Help"),
}


# The options of a language with digits or a calendar of its own, in the Language menu
# (each shown while the UI language has it); {digits} is 123 in the language's digits.
LANGUAGE_OPTIONS = {
    "native_digits": QT_TRANSLATE_NOOP("Actions", "Native &digits ({digits})"),
    "jalali": QT_TRANSLATE_NOOP("Actions", "Solar &Hijri calendar"),
}


class Actions(QObject):
    language_chosen = Signal(str)
    recent_chosen = Signal(Path)
    recent_server_chosen = Signal(str)
    language_option_changed = Signal(str, bool)  # "native_digits" or "jalali", on or off

    def __init__(self, window: QMainWindow, undo_group: QUndoGroup) -> None:
        super().__init__(window)
        self.by_name: dict[str, QAction] = {}
        for name, (icon_name, _text, keys) in ACTIONS.items():
            action = QAction(icon(icon_name), "", window)
            action.setShortcuts(keys)
            self.by_name[name] = action
        self._undo_group = undo_group
        self.undo = self._undo_action(
            window, undo_group.undo, undo_group.canUndoChanged, undo_group.undoTextChanged
        )
        self.undo.setShortcuts([QKeySequence(Key.Undo)])
        self.redo = self._undo_action(
            window, undo_group.redo, undo_group.canRedoChanged, undo_group.redoTextChanged
        )
        self.redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        # The actions whose icon points the way text runs, mirrored right to left.
        self.directional: dict[str, QAction] = {"undo": self.undo, "redo": self.redo}
        self.languages = self._language_actions(window)
        self.language_options: dict[str, QAction] = {}
        for name in LANGUAGE_OPTIONS:
            action = QAction(window)
            action.setCheckable(True)
            action.setChecked(True)
            action.toggled.connect(
                lambda on, option=name: self.language_option_changed.emit(option, on)
            )
            self.language_options[name] = action
        self.menus: dict[str, QMenu] = {}
        self._build_menus(window)
        self.retranslate()

    def _undo_action(
        self,
        window: QMainWindow,
        run: Callable[[], None],
        enabled_changed: SignalInstance,
        text_changed: SignalInstance,
    ) -> QAction:
        """Undo or redo of the active file, in our words (QUndoGroup's own actions keep the
        language they were made in)."""
        action = QAction(window)
        action.setEnabled(False)
        action.triggered.connect(run)
        enabled_changed.connect(action.setEnabled)
        text_changed.connect(lambda _text: self._undo_texts())
        return action

    def _undo_texts(self) -> None:
        group = self._undo_group
        for action, what, plain, named in (
            (self.undo, group.undoText(), self.tr("&Undo"), self.tr("&Undo {what}")),
            (self.redo, group.redoText(), self.tr("&Redo"), self.tr("&Redo {what}")),
        ):
            action.setText(named.format(what=what) if what else plain)
            action.setToolTip(action.text().replace("&", ""))

    def _directional_icons(self) -> None:
        for name, action in self.directional.items():
            action.setIcon(directed_icon(name))

    def __getitem__(self, name: str) -> QAction:
        return self.by_name[name]

    def _language_actions(self, window: QMainWindow) -> dict[str, QAction]:
        group = QActionGroup(window)
        group.setExclusive(True)
        found = {}
        for language in SUPPORTED:
            action = QAction(ENDONYMS[language], group)
            action.setCheckable(True)
            action.triggered.connect(
                lambda _checked=False, lang=language: self.language_chosen.emit(lang)
            )
            found[language] = action
        return found

    def _build_menus(self, window: QMainWindow) -> None:
        bar = window.menuBar()
        file = self._menu(bar, "file")
        for name in ("new_customer", "save"):
            file.addAction(self[name])
        file.addSeparator()
        for name in (
            "import_json",
            "import_systems_csv",
            "import_contacts_csv",
            "import_incidents",
            "export_json",
            "export_listed",
        ):
            file.addAction(self[name])
        file.addSeparator()
        for name in ("archive_customer", "unarchive_customer", "delete_customer"):
            file.addAction(self[name])
        file.addSeparator()
        file.addAction(self["new_database"])
        file.addAction(self["open_database"])
        self.menus["recent"] = file.addMenu("")
        file.addAction(self["connect_database"])
        self.menus["recent_servers"] = file.addMenu("")
        file.addAction(self["open_local"])
        file.addAction(self["restore_backup"])
        file.addAction(self["backup_folder"])
        file.addSeparator()
        file.addAction(self["quit"])
        edit = self._menu(bar, "edit")
        edit.addAction(self.undo)
        edit.addAction(self.redo)
        edit.addSeparator()
        edit.addAction(self["find"])
        view = self._menu(bar, "view")
        view.addAction(self["home"])
        view.addAction(self["card"])
        view.addSeparator()
        self["notifications"].setCheckable(True)
        view.addAction(self["notifications"])
        language = self._menu(bar, "language")
        for action in self.languages.values():
            language.addAction(action)
        self._options_separator = language.addSeparator()
        for action in self.language_options.values():
            language.addAction(action)
        self._menu(bar, "help").addAction(self["about"])

    def _menu(self, bar: QMenuBar, name: str) -> QMenu:
        menu = bar.addMenu("")
        self.menus[name] = menu
        return menu

    def set_recent(self, paths: list[Path]) -> None:
        menu = self.menus["recent"]
        menu.clear()
        for path in paths:
            action = menu.addAction(str(path))
            action.triggered.connect(lambda _checked=False, p=path: self.recent_chosen.emit(p))
        menu.setEnabled(bool(paths))

    def set_recent_servers(self, urls: list[str]) -> None:
        """Team databases connected to recently (their URLs, never with a password)."""
        menu = self.menus["recent_servers"]
        menu.clear()
        for url in urls:
            action = menu.addAction(url)
            action.triggered.connect(
                lambda _checked=False, u=url: self.recent_server_chosen.emit(u)
            )
        menu.setEnabled(bool(urls))

    def check_language(self, language: str) -> None:
        if language in self.languages:
            self.languages[language].setChecked(True)
        shown = {
            "native_digits": has_native_digits(language),
            "jalali": has_own_calendar(language),
        }
        self._options_separator.setVisible(any(shown.values()))
        for name, action in self.language_options.items():
            action.setVisible(shown[name])

    def check_language_options(self, native_digits: bool, jalali: bool) -> None:
        for name, on in (("native_digits", native_digits), ("jalali", jalali)):
            with QSignalBlocker(self.language_options[name]):
                self.language_options[name].setChecked(on)

    def retranslate(self) -> None:
        for name, (_icon, text, _keys) in ACTIONS.items():
            action = self.by_name[name]
            translated = QCoreApplication.translate("Actions", text)
            action.setText(translated)
            action.setToolTip(translated.replace("&", "").rstrip("…"))
        for name, menu in self.menus.items():
            menu.setTitle(QCoreApplication.translate("Actions", MENUS[name]))
        for name, action in self.language_options.items():
            text = QCoreApplication.translate("Actions", LANGUAGE_OPTIONS[name])
            action.setText(text.replace("{digits}", digits_sample(current_language())))
        self._undo_texts()
        self._directional_icons()
