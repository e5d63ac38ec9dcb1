"""What the app loads before its first window: nothing that window does not show. On a
current file that includes SQLAlchemy: the list is read with plain sqlite3, and the file
is opened with the ORM once the window is painted."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

# Heavy, and needed only by a command, a tab or a database the first window does not open.
NOT_BEFORE_THE_WINDOW = (
    "sqlalchemy",  # the list of a current file is read without it; the ORM opens after
    "accountdesk.storage.tables",
    "accountdesk.services.service_files",
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
    window.repaint()  # the first paint: the file is opened with the ORM after it
    def opened():
        if window.context.opening:
            QTimer.singleShot(10, opened)
            return
        print(type(window.context.db).__name__, "sqlalchemy" in sys.modules)
        app.quit()
    opened()

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
    rows, loaded, opened, orm = done.stdout.split()
    assert rows == "3"  # the window shows the list
    assert loaded == "-"
    assert (opened, orm) == ("SqliteDatabase", "True")  # then the file is opened
