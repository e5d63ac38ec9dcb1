"""After the UI package is loaded, modules import without PySide6 reading their source."""

from __future__ import annotations

import subprocess
import sys

SCRIPT = """
import linecache, sys
sys.path.insert(0, sys.argv[1])
import accountdesk.ui
from PySide6.QtWidgets import QWidget
import imported_later
print(sum(1 for name in linecache.cache if name.endswith("imported_later.py")))
"""


def test_a_module_imported_after_pyside6_is_not_read_as_text(tmp_path):
    (tmp_path / "imported_later.py").write_text("from PySide6.QtCore import QObject\n")
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=str(tmp_path),
    )
    assert done.returncode == 0, done.stderr[-500:]
    assert done.stdout.strip() == "0"
