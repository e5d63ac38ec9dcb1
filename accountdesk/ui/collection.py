"""Fewer garbage collections while the app starts.

Loading SQLAlchemy, PySide6 and the app and building the window make a few hundred
thousand objects that live as long as the process. Python's collector runs after every
700 new objects, more than 200 times before the window is up, and finds little to free:
about a tenth of the start's CPU time. Until `release()` (when the main window is first
shown, or on a file listed before it is opened, once it is open) it runs after every
50,000 instead; it still runs, so a cycle dropped meanwhile is still freed.
"""

from __future__ import annotations

import gc

STARTING_THRESHOLD = 50_000

_saved: tuple[int, int, int] | None = None


def hold() -> None:
    """Collect less often from now until `release()`."""
    global _saved
    if _saved is None:
        _saved = gc.get_threshold()
        gc.set_threshold(STARTING_THRESHOLD, _saved[1], _saved[2])


def release() -> None:
    """Collect as often as before `hold()`."""
    global _saved
    if _saved is not None:
        gc.set_threshold(*_saved)
        _saved = None
