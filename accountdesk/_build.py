"""Build step: compile the Qt Linguist sources (translations/*.ts) into .qm files and the
word catalogues (translations/words_*.po) into .mo files.

setuptools runs this as `build_py` (see pyproject.toml), so every wheel and every install
carries compiled translations; an editable install compiles them beside their sources.
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

from setuptools.command.build_py import build_py

SOURCE_DIR = Path(__file__).resolve().parent.parent / "translations"


def qt_tool(name: str) -> list[str]:
    """A Qt Linguist tool ('lrelease', 'lupdate') as shipped in the PySide6 wheel.

    Found beside the PySide6 package, so it works in a virtual environment that is not
    activated (as in CI), then on PATH.
    """
    try:
        import PySide6
    except ImportError as exc:  # pragma: no cover - declared in build-system.requires
        raise RuntimeError("PySide6-Essentials is needed for the Qt Linguist tools") from exc
    package = Path(PySide6.__file__).parent
    for candidate in (package / name, package / f"{name}.exe", package / "Qt" / "bin" / name):
        if candidate.exists():
            return [str(candidate)]
    found = shutil.which(f"pyside6-{name}")
    if found:
        return [found]
    return [sys.executable, "-m", "PySide6.scripts.pyside_tool", name]


def lrelease_command() -> list[str]:
    return qt_tool("lrelease")


def compile_translations(source_dir: Path, target_dir: Path) -> list[Path]:
    target_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for ts_file in sorted(source_dir.glob("*.ts")):
        qm_file = target_dir / ts_file.with_suffix(".qm").name
        subprocess.run(
            [*lrelease_command(), "-silent", str(ts_file), "-qm", str(qm_file)],
            check=True,
        )
        written.append(qm_file)
    return written


def compile_word_catalogues(source_dir: Path, target_dir: Path) -> list[Path]:
    """Each words_<code>.po as the .mo the standard library's gettext reads."""
    # Loaded from its file: the package is not importable while it is being built.
    spec = importlib.util.spec_from_file_location(
        "accountdesk_po", Path(__file__).resolve().parent / "i18n" / "po.py"
    )
    assert spec is not None and spec.loader is not None
    po = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(po)
    target_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for po_file in sorted(source_dir.glob("words_*.po")):
        mo_file = target_dir / po_file.with_suffix(".mo").name
        mo_file.write_bytes(po.compile_po(po_file))
        written.append(mo_file)
    return written


class BuildPy(build_py):  # type: ignore[misc]  # setuptools ships no type hints
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            target = SOURCE_DIR  # the editable install reads translations/ in place
        else:
            target = Path(self.build_lib) / "accountdesk" / "_translations"
        compile_translations(SOURCE_DIR, target)
        compile_word_catalogues(SOURCE_DIR, target)
