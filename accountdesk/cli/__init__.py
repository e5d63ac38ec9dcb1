"""The `accountdesk` command line: starts the desktop app, and scripts the service files.

No Qt is imported here unless the desktop app is started.
"""
