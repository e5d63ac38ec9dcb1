"""File choosers, in one place so tests can answer them without a native dialog."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget


def open_path(parent: QWidget | None, title: str, filters: str, folder: str = "") -> Path | None:
    chosen, _ = QFileDialog.getOpenFileName(parent, title, folder, filters)
    return Path(chosen) if chosen else None


def save_path(parent: QWidget | None, title: str, filters: str, suggested: str = "") -> Path | None:
    chosen, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
    return Path(chosen) if chosen else None


def folder_path(parent: QWidget, title: str, start: Path) -> Path | None:
    chosen = QFileDialog.getExistingDirectory(parent, title, str(start))
    return Path(chosen) if chosen else None
