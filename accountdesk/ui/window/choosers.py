"""File choosers, in one place so tests can answer them without a native dialog.

Files are saved, at first, into the user's Documents folder (never wherever the program was
started from), then into the folder last saved into, remembered in the settings.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from accountdesk.ui.settings import Settings

_settings: list[Settings] = []  # the window's, once it is built


def use_settings(settings: Settings) -> None:
    """Remember the last save folder in these settings."""
    _settings[:] = [settings]


def save_folder() -> Path:
    """Where a save dialog starts: the last folder saved into while it exists, else Documents."""
    last = _settings[0].save_folder() if _settings else None
    if last is not None and last.is_dir():
        return last
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return Path(documents)
    return Path.home()


def saved_into(path: Path) -> None:
    """The user chose to save `path`: its folder is where the next save dialog starts."""
    if _settings:
        _settings[0].set_save_folder(path.parent)


def prepare_save_dialog(dialog: QFileDialog, suggested: str) -> None:
    """Start a save dialog in `save_folder()` with `suggested` as the name, and remember
    the folder of the file chosen."""
    dialog.setDirectory(str(save_folder()))
    dialog.selectFile(suggested)
    dialog.fileSelected.connect(lambda chosen: saved_into(Path(chosen)))


def open_path(parent: QWidget | None, title: str, filters: str, folder: str = "") -> Path | None:
    chosen, _ = QFileDialog.getOpenFileName(parent, title, folder, filters)
    return Path(chosen) if chosen else None


def save_path(parent: QWidget | None, title: str, filters: str, suggested: str = "") -> Path | None:
    start = save_folder() / suggested if suggested else save_folder()
    chosen, _ = QFileDialog.getSaveFileName(parent, title, str(start), filters)
    if not chosen:
        return None
    saved_into(Path(chosen))
    return Path(chosen)


def folder_path(parent: QWidget, title: str, start: Path) -> Path | None:
    chosen = QFileDialog.getExistingDirectory(parent, title, str(start))
    return Path(chosen) if chosen else None
