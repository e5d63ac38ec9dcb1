"""Python's own import function back once PySide6 is loaded.

Importing PySide6 replaces `__import__` with its `__feature_import__`, which, for every
module imported afterwards (or imported again by name), reads the module's whole source
(`inspect.getsource`) looking for the word "PySide6", and keeps it in `linecache`. That
serves `from __feature__ import snake_case`, which AccountDesk does not use, and cost the
app's start about 8 MiB and a tenth of its import time. PySide6 keeps the function it
replaced as `builtins.__orig_import__`.
"""

from __future__ import annotations

import builtins


def use_plain_imports() -> bool:
    """Load PySide6, then put Python's import function back; True if PySide6's had
    replaced it."""
    import PySide6.QtCore  # noqa: F401 - what replaces the function

    original = getattr(builtins, "__orig_import__", None)
    if original is None or builtins.__import__ is original:
        return False
    setattr(builtins, "__import__", original)  # noqa: B010 - mypy refuses a plain assignment
    return True
