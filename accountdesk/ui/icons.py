"""Icons: the desktop theme's when it has one, else ours (resources/icons), else Qt's style.

Icons that point along the line of text (undo, redo) are drawn for left to right and
mirrored in a right-to-left UI: `directed_icon(name)` gives the one for the UI's direction.
"""

from __future__ import annotations

import functools

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QPixmap
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
    # Left and right, not Back and Forward: Qt's style flips those itself, by the direction
    # of the moment the icon is made.
    "undo": ("edit-undo", "", SP.SP_ArrowLeft),
    "redo": ("edit-redo", "", SP.SP_ArrowRight),
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
    "archive": ("folder", "", SP.SP_DirClosedIcon),
    "about": ("help-about", "", SP.SP_MessageBoxInformation),
    "home": ("go-home", "", SP.SP_DirHomeIcon),
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


# Icons whose picture points the way text runs (back/forward, undo/redo, indent).
DIRECTIONAL = frozenset({"undo", "redo"})
_SIZES = (16, 22, 24, 32, 48)
_MODES = (QIcon.Mode.Normal, QIcon.Mode.Disabled, QIcon.Mode.Active, QIcon.Mode.Selected)


def directed_icon(name: str, direction: Qt.LayoutDirection | None = None) -> QIcon:
    """The icon for the UI's layout direction (or `direction`): a directional icon is
    mirrored left to right in a right-to-left UI."""
    if direction is None:
        direction = QGuiApplication.layoutDirection()
    if name in DIRECTIONAL and direction == Qt.LayoutDirection.RightToLeft:
        return _mirrored_icon(name)
    return icon(name)


@functools.cache
def _mirrored_icon(name: str) -> QIcon:
    return mirrored(icon(name))


def mirrored(source: QIcon) -> QIcon:
    """The icon flipped left to right, in each size and mode it is drawn in."""
    out = QIcon()
    sizes = set(source.availableSizes()) | {QSize(n, n) for n in _SIZES}
    for size in sorted(sizes, key=lambda s: (s.width(), s.height())):
        for mode in _MODES:
            pixmap = source.pixmap(size, mode)
            if not pixmap.isNull():
                image = pixmap.toImage().flipped(Qt.Orientation.Horizontal)
                out.addPixmap(QPixmap.fromImage(image), mode)
    return out
