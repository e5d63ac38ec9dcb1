"""The desktop user interface (PySide6 Qt Widgets).

Calls the services, never the storage tables. Start it with `accountdesk.ui.app.run`.
"""
