"""Icons: the desktop theme's when it has one, else ours (resources/icons), else Qt's style."""

from __future__ import annotations

import functools

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle

from accountdesk.ui.paths import resource_dir

SP = QStyle.StandardPixmap

# name -> (freedesktop theme name, our SVG, Qt standard pixmap)
_ICONS: dict[str, tuple[str, str, QStyle.StandardPixmap | None]] = {
    "new": ("document-new", "add", SP.SP_FileIcon),
    "save": ("document-save", "", SP.SP_DialogSaveButton),
    "open": ("document-open", "", SP.SP_DialogOpenButton),
    "database": ("drive-harddisk", "", SP.SP_DriveHDIcon),
    "import": ("document-import", "", SP.SP_ArrowDown),
    "export": ("document-export", "", SP.SP_ArrowUp),
    "quit": ("application-exit", "", SP.SP_DialogCloseButton),
    "undo": ("edit-undo", "", SP.SP_ArrowBack),
    "redo": ("edit-redo", "", SP.SP_ArrowForward),
    "find": ("edit-find", "search", SP.SP_FileDialogContentsView),
    "add": ("list-add", "add", SP.SP_FileDialogNewFolder),
    "edit": ("document-edit", "edit", SP.SP_FileDialogDetailedView),
    "delete": ("edit-delete", "delete", SP.SP_TrashIcon),
    "up": ("go-up", "", SP.SP_ArrowUp),
    "down": ("go-down", "", SP.SP_ArrowDown),
    "copy": ("edit-copy", "copy", SP.SP_FileLinkIcon),
    "card": ("", "card", SP.SP_FileDialogInfoView),
    "overdue": ("", "overdue", SP.SP_MessageBoxWarning),
    "unsigned": ("", "unsigned", SP.SP_MessageBoxInformation),
    "warning": ("dialog-warning", "warning", SP.SP_MessageBoxWarning),
    "about": ("help-about", "", SP.SP_MessageBoxInformation),
    "customer": ("", "customer", SP.SP_DirHomeIcon),
    "system": ("", "system", SP.SP_ComputerIcon),
    "contact": ("", "contact", SP.SP_DirLinkIcon),
}


@functools.cache
def icon(name: str) -> QIcon:
    theme_name, ours, standard = _ICONS[name]
    if theme_name and QIcon.hasThemeIcon(theme_name):
        return QIcon.fromTheme(theme_name)
    folder = resource_dir("icons")
    if ours and folder is not None and (folder / f"{ours}.svg").is_file():
        return QIcon(str(folder / f"{ours}.svg"))
    if standard is not None and QApplication.instance() is not None:
        return QApplication.style().standardIcon(standard)
    return QIcon()
