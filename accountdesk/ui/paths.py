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
    candidates = (PACKAGE_DIR.parent / "translations", PACKAGE_DIR / "_translations")
    return [c for c in candidates if c.is_dir()]
