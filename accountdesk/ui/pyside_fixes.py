"""A work-around for a reference-count bug in PySide6 6.12 on CPython 3.11.

Every call of a PySide6 method that returns nothing (`setText`, `clear`,
`setObjectName`...) gives back `None` without taking a reference to it, so each such call
drops one of None's references. On Python 3.12 and later None is immortal and nothing
happens; on 3.11 its count falls by one per call, and a session of a few thousand clicks
brings it to zero: "Fatal Python error: none_dealloc", the process aborts.

`protect_none()` checks whether this PySide6 has the bug and, only then, gives None a
very large number of references, which is what 3.12's immortal objects do. Remove this
module once PySide6 is fixed or Python 3.11 is no longer supported.
"""

from __future__ import annotations

import ctypes
import sys

PROBE_CALLS = 64
# Far more references than any process can drop; still far below the counter's range.
BALLAST = 1 << 40

_done = False


def leaks_none() -> bool:
    """True when void PySide6 calls drop references to None (measured, not assumed)."""
    from PySide6.QtCore import QObject

    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(PROBE_CALLS):
        probe.setObjectName("probe")
    return sys.getrefcount(None) - before <= -PROBE_CALLS // 2


def protect_none() -> bool:
    """Apply the work-around when needed; True if it was applied (once per process)."""
    global _done
    if _done or sys.version_info >= (3, 12) or not leaks_none():
        return False
    refcount = ctypes.c_ssize_t.from_address(id(None))  # ob_refcnt, the first field
    refcount.value += BALLAST
    _done = True
    return True
