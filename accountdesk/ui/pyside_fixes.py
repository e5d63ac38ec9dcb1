"""A work-around for reference-count bugs in PySide6 6.12 on CPython 3.11.

Two kinds of call give back a shared constant without taking a reference to it:
- every PySide6 method that returns nothing (`setText`, `clear`, `setObjectName`...)
  returns `None` so;
- every `signal.emit(...)` returns `True` so (whatever the signal and its receivers).

Each such call drops one of the constant's references. On Python 3.12 and later these
constants are immortal and nothing happens; on 3.11 the count falls by one per call, and
a session of some thousands of clicks or signals brings it to zero: "Fatal Python error:
none_dealloc" (or bool_dealloc), the process aborts.

`protect_constants()` checks whether this PySide6 has either bug and, only then, gives
None, True and False a very large number of references, which is what 3.12's immortal
objects do. Remove this module once PySide6 is fixed or Python 3.11 is no longer supported.
"""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Callable

PROBE_CALLS = 64
# Far more references than any process can drop; still far below the counter's range.
BALLAST = 1 << 40

_done = False


def _drops(constant: object, call: Callable[[], object]) -> bool:
    """True when `call()` loses a reference to `constant` (measured, not assumed)."""
    before = sys.getrefcount(constant)
    for _ in range(PROBE_CALLS):
        call()
    return sys.getrefcount(constant) - before <= -PROBE_CALLS // 2


def leaks_none() -> bool:
    """True when void PySide6 calls drop references to None."""
    from PySide6.QtCore import QObject

    probe = QObject()
    return _drops(None, lambda: probe.setObjectName("probe"))


def leaks_bools() -> bool:
    """True when emitting a signal drops a reference to True."""
    from PySide6.QtCore import QObject, Signal

    class Probe(QObject):
        fired = Signal()

    probe = Probe()
    return _drops(True, probe.fired.emit)


def protect_constants() -> bool:
    """Apply the work-around when needed; True if it was applied (once per process)."""
    global _done
    if _done or sys.version_info >= (3, 12):
        return False
    constants: tuple[object, ...] = ()
    if leaks_none():
        constants += (None,)
    if leaks_bools():
        constants += (True, False)  # one code path gives back either
    for constant in constants:
        refcount = ctypes.c_ssize_t.from_address(id(constant))  # ob_refcnt, the first field
        refcount.value += BALLAST
    _done = bool(constants)
    return _done
