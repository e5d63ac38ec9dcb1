"""What the app loads before its first window: nothing that window does not show."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

# Heavy, and needed only by a command, a tab or a database the first window does not open.
NOT_BEFORE_THE_WINDOW = (
    "alembic",  # only when a database needs upgrading
    "psycopg",  # only for a team database
    "openpyxl",  # only for a spreadsheet import
    "reportlab",  # only for a PDF
    "phonenumbers",
    "jdatetime",  # only for Persian dates
    "accountdesk.ui.incidents",
    "accountdesk.ui.summaries",
    "accountdesk.ui.file.feedback",
    "accountdesk.services.feedback_trends",
    "accountdesk.services.figures",
)

SCRIPT = """
import sys
from pathlib import Path
from accountdesk.ui import app as ui_app

app = ui_app.make_application()
from PySide6.QtCore import QTimer

def shown():
    window = next(w for w in app.topLevelWidgets() if type(w).__name__ == "MainWindow")
    loaded = [n for n in sys.argv[2].split(",") if any(
        m == n or m.startswith(n + ".") for m in sys.modules)]
    print(window.list_model.rowCount(), ",".join(loaded) or "-")
    app.quit()

QTimer.singleShot(0, shown)
sys.exit(ui_app.run(Path(sys.argv[1]), False, "en"))
"""


def test_the_first_window_comes_up_without_the_heavy_modules(tmp_path, template_db):
    path = tmp_path / "start.sqlite3"
    shutil.copyfile(template_db, path)
    env = dict(os.environ, HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path))
    env["QT_QPA_PLATFORM"] = "offscreen"
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(path), ",".join(NOT_BEFORE_THE_WINDOW)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert done.returncode == 0, done.stderr[-500:]
    rows, loaded = done.stdout.split()
    assert rows == "3"  # the window shows the list
    assert loaded == "-"
