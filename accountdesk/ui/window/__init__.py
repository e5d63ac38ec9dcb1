"""The main window, its actions and the flows that open, save and close files."""
