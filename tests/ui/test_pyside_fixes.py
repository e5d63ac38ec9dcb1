"""The PySide6 6.12 / Python 3.11 work-around for None's and True's references."""

from __future__ import annotations

import subprocess
import sys

SCRIPT = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from accountdesk.ui.pyside_fixes import protect_constants
from PySide6.QtCore import QObject, Signal
class Probe(QObject):
    fired = Signal(bool)
protect_constants()
probe = Probe()
probe.fired.connect(lambda on: None)
for _ in range(200_000):
    probe.setObjectName("x")
    probe.fired.emit(False)
print("ok")
"""


def test_a_long_session_of_void_calls_and_signals_does_not_kill_the_process(tmp_path):
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=str(tmp_path),
        env={"PYTHONPATH": str(__import__("accountdesk").__path__[0] + "/..")},
    )
    assert done.returncode == 0, done.stderr[-500:]
    assert done.stdout.strip() == "ok"
