"""Opening sizes for windows and dialogs that still fit a small screen."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    """Open at this size, or smaller on a small screen (room left for a panel and frame)."""
    screen = widget.screen().availableGeometry() if widget.screen() else None
    if screen is not None:
        width, height = min(width, screen.width() - 40), min(height, screen.height() - 60)
    widget.resize(width, height)
