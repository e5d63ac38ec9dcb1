"""The main window's actions and menus: File, Edit, View, Language, Help.

Declared in one table (name, icon, text, shortcut) so re-translation is one loop. The
window connects each action to what it does.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QUndoGroup
from PySide6.QtWidgets import QMainWindow, QMenu

from accountdesk.ui.icons import icon
from accountdesk.ui.language import ENDONYMS, SUPPORTED

Key = QKeySequence.StandardKey

# name: (icon, text, shortcuts)
ACTIONS: dict[str, tuple[str, str, list]] = {
    "new_customer": ("new", QT_TRANSLATE_NOOP("Actions", "&New customer"), [QKeySequence("Ctrl+N")]),
    "save": ("save", QT_TRANSLATE_NOOP("Actions", "&Save"), [QKeySequence("Ctrl+S")]),
    "import_json": ("import", QT_TRANSLATE_NOOP("Actions", "Import customers from &JSON…"), []),
    "import_systems_csv": ("import", QT_TRANSLATE_NOOP("Actions", "Import &systems from CSV…"), []),
    "import_contacts_csv": ("import", QT_TRANSLATE_NOOP("Actions", "Import &contacts from CSV…"), []),
    "export_json": ("export", QT_TRANSLATE_NOOP("Actions", "&Export this customer as JSON…"), []),
    "export_listed": ("export", QT_TRANSLATE_NOOP("Actions", "Export the &listed customers as JSON…"), []),
    "new_database": ("database", QT_TRANSLATE_NOOP("Actions", "New &database…"), []),
    "open_database": ("open", QT_TRANSLATE_NOOP("Actions", "&Open database…"), []),
    "quit": ("quit", QT_TRANSLATE_NOOP("Actions", "&Quit"), [QKeySequence("Ctrl+Q")]),
    "find": ("find", QT_TRANSLATE_NOOP("Actions", "&Find…"), [QKeySequence("Ctrl+F")]),
    "card": ("card", QT_TRANSLATE_NOOP("Actions", "Supporter's &card"), [QKeySequence("Ctrl+K"), QKeySequence("F4")]),
    "about": ("about", QT_TRANSLATE_NOOP("Actions", "&About AccountDesk"), []),
}
MENUS = {
    "file": QT_TRANSLATE_NOOP("Actions", "&File"),
    "recent": QT_TRANSLATE_NOOP("Actions", "&Recent databases"),
    "edit": QT_TRANSLATE_NOOP("Actions", "&Edit"),
    "view": QT_TRANSLATE_NOOP("Actions", "&View"),
    "language": QT_TRANSLATE_NOOP("Actions", "&Language"),
    "help": QT_TRANSLATE_NOOP("Actions", "&Help"),
}


class Actions(QObject):
    language_chosen = Signal(str)
    recent_chosen = Signal(Path)

    def __init__(self, window: QMainWindow, undo_group: QUndoGroup) -> None:
        super().__init__(window)
        self._window = window
        self.by_name: dict[str, QAction] = {}
        for name, (icon_name, _text, keys) in ACTIONS.items():
            action = QAction(icon(icon_name), "", window)
            action.setShortcuts(keys)
            self.by_name[name] = action
        self.undo = undo_group.createUndoAction(window)
        self.undo.setShortcuts([QKeySequence(Key.Undo)])
        self.undo.setIcon(icon("undo"))
        self.redo = undo_group.createRedoAction(window)
        self.redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.redo.setIcon(icon("redo"))
        self.languages = self._language_actions(window)
        self.menus: dict[str, QMenu] = {}
        self._build_menus(window)
        self.retranslate()

    def __getitem__(self, name: str) -> QAction:
        return self.by_name[name]

    def _language_actions(self, window: QMainWindow) -> dict[str, QAction]:
        group = QActionGroup(window)
        group.setExclusive(True)
        found = {}
        for language in SUPPORTED:
            action = QAction(ENDONYMS[language], group)
            action.setCheckable(True)
            action.triggered.connect(lambda _checked=False, lang=language: self.language_chosen.emit(lang))
            found[language] = action
        return found

    def _build_menus(self, window: QMainWindow) -> None:
        bar = window.menuBar()
        file = self._menu(bar, "file")
        for name in ("new_customer", "save"):
            file.addAction(self[name])
        file.addSeparator()
        for name in ("import_json", "import_systems_csv", "import_contacts_csv", "export_json", "export_listed"):
            file.addAction(self[name])
        file.addSeparator()
        file.addAction(self["new_database"])
        file.addAction(self["open_database"])
        self.menus["recent"] = file.addMenu("")
        file.addSeparator()
        file.addAction(self["quit"])
        edit = self._menu(bar, "edit")
        edit.addAction(self.undo)
        edit.addAction(self.redo)
        edit.addSeparator()
        edit.addAction(self["find"])
        self._menu(bar, "view").addAction(self["card"])
        language = self._menu(bar, "language")
        for action in self.languages.values():
            language.addAction(action)
        self._menu(bar, "help").addAction(self["about"])

    def _menu(self, bar, name: str) -> QMenu:
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

    def check_language(self, language: str) -> None:
        if language in self.languages:
            self.languages[language].setChecked(True)

    def retranslate(self) -> None:
        for name, (_icon, text, _keys) in ACTIONS.items():
            action = self.by_name[name]
            translated = QCoreApplication.translate("Actions", text)
            action.setText(translated)
            action.setToolTip(translated.replace("&", "").rstrip("…"))
        for name, menu in self.menus.items():
            menu.setTitle(QCoreApplication.translate("Actions", MENUS[name]))
