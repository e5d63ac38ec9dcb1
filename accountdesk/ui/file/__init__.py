"""The open service file: its editing session, tabs and editors."""
