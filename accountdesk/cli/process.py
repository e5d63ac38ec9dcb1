"""The `accountdesk` program as a process of its own, rather than `main()` called from
other code (tests, scripts).

A command lives for well under a second, and what its imports create (modules, classes,
tables, fonts: some 100,000 objects) lives until it exits. Python's cyclic collector would
still walk all of it on each full pass and once more at exit, a sixth of the cold start of
`accountdesk summary`. Freezing what is there once the imports are done leaves the
collector to what the command itself allocates. Code that merely calls `main()` keeps its
collector as it is.
"""

from __future__ import annotations

import gc

_own_process = False


def started_as_program() -> None:
    """Called first by the program's entry point."""
    global _own_process
    _own_process = True


def imports_done() -> None:
    """The modules a command needs are loaded: the collector need not look at them again."""
    if _own_process:
        gc.freeze()
