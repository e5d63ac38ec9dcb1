"""The desktop user interface (PySide6 Qt Widgets).

Calls the services, never the storage tables. Start it with `accountdesk.ui.app.run`.
"""

from accountdesk.ui import collection

collection.hold()  # until the main window is first shown

# Loaded before PySide6, which replaces Python's import function with one of its own
# (`__feature_import__`): SQLAlchemy and the services imported after it took about 0.4 s
# and 18 MiB more at start-up than imported before it.
import accountdesk.services.history  # noqa: E402
import accountdesk.services.service_files  # noqa: E402, F401
from accountdesk.ui.plain_imports import use_plain_imports  # noqa: E402

use_plain_imports()  # then PySide6, and Python's own import for all that follows
