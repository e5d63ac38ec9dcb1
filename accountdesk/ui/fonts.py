"""The bundled Noto fonts, so the screen shows the same letters as the printed summary."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from accountdesk.ui.paths import resource_dir

# Latin first; Qt falls back along the list for Hebrew and Arabic-script letters.
FAMILIES = ["Noto Sans", "Noto Sans Hebrew", "Noto Sans Arabic"]


def load_fonts(app: QApplication) -> bool:
    """Register the fonts found in resources/fonts and make them the app's font."""
    folder = resource_dir("fonts")
    if folder is None:
        return False
    loaded = [QFontDatabase.addApplicationFont(str(p)) for p in sorted(folder.glob("*.ttf"))]
    if not any(i >= 0 for i in loaded):
        return False
    font = QFont(app.font())
    font.setFamilies(FAMILIES)
    app.setFont(font)
    return True


def scaled(font: QFont, factor: float, bold: bool = False) -> QFont:
    """A copy of `font`, `factor` times bigger (the supporter's card, headings)."""
    bigger = QFont(font)
    size = font.pointSizeF() if font.pointSizeF() > 0 else 10.0
    bigger.setPointSizeF(size * factor)
    if bold:
        bigger.setBold(True)
    return bigger
