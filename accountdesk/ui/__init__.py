"""The desktop user interface (PySide6 Qt Widgets).

Calls the services, never the storage tables. Start it with `accountdesk.ui.app.run`.
"""

from accountdesk.ui import collection

collection.hold()  # until the main window is first shown

from accountdesk.ui.plain_imports import use_plain_imports  # noqa: E402

# Then PySide6, and Python's own import for all that follows (SQLAlchemy, once the first
# window is up, among them).
use_plain_imports()
