"""Where the bundled resources are: the source tree first, then the installed package."""

from __future__ import annotations

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parents[1]  # .../accountdesk


def resource_dir(name: str) -> Path | None:
    """`resources/<name>` in a source checkout, or `accountdesk/_resources/<name>` installed."""
    for candidate in (PACKAGE_DIR.parent / "resources" / name, PACKAGE_DIR / "_resources" / name):
        if candidate.is_dir():
            return candidate
    return None


def translation_dirs() -> list[Path]:
    """Where the .qm files are: the word catalogues' folders (accountdesk.i18n.words)."""
    from accountdesk.i18n.words import translation_dirs as catalogue_dirs

    return catalogue_dirs()
