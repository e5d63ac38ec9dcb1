"""The PySide6 6.12 / Python 3.11 None reference work-around."""

from __future__ import annotations

import subprocess
import sys

SCRIPT = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from accountdesk.ui.pyside_fixes import protect_none
from PySide6.QtCore import QObject
protect_none()
probe = QObject()
before = sys.getrefcount(None)
for _ in range(200_000):
    probe.setObjectName("x")
print("ok")
"""


def test_a_long_session_of_void_calls_does_not_kill_the_process(tmp_path):
    done = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120,
                          cwd=str(tmp_path), env={"PYTHONPATH": str(__import__("accountdesk").__path__[0] + "/..")})
    assert done.returncode == 0, done.stderr[-500:]
    assert done.stdout.strip() == "ok"
