"""Work off the UI thread, with success and failure callbacks run back on the UI thread.

    BackgroundOp(parent, lambda: search(db, text)).success(show).failure(report).run()

The operation must open its own database session (services do: each call makes one), so
no session is ever shared between threads. Results come back through a queued signal, so
the callbacks run on the UI thread; an operation whose parent is gone reports nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class _Relay(QObject):
    """Lives on the UI thread; the worker emits, the UI thread receives."""

    succeeded = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._work = work
        self._relay = relay

    def run(self) -> None:
        work, relay = self._work, self._relay
        # Let go of the work (and what it holds: a file's copy, a database) now: the pool
        # deletes the task, but its Python side may outlive it.
        del self._work, self._relay
        try:
            result = work()
        except Exception as exc:
            relay.failed.emit(exc)
        else:
            relay.succeeded.emit(result)


class BackgroundOp(QObject):
    """One background call; chain `.success(...)`, `.failure(...)`, then `.run()`."""

    finished = Signal()

    def __init__(self, parent: QObject, work: Callable[[], Any]) -> None:
        super().__init__(parent)
        self._work = work
        self._on_success: Callable[[Any], None] | None = None
        self._on_failure: Callable[[Exception], None] | None = None
        self._relay = _Relay(self)
        self._relay.succeeded.connect(self._succeeded)
        self._relay.failed.connect(self._failed)

    def success(self, callback: Callable[[Any], None]) -> BackgroundOp:
        self._on_success = callback
        return self

    def failure(self, callback: Callable[[Exception], None]) -> BackgroundOp:
        self._on_failure = callback
        return self

    def run(self, pool: QThreadPool | None = None) -> BackgroundOp:
        task = _Task(self._work, self._relay)
        (pool or QThreadPool.globalInstance()).start(task)
        return self

    @Slot(object)
    def _succeeded(self, result: object) -> None:
        if self._on_success is not None:
            self._on_success(result)
        self._done()

    @Slot(object)
    def _failed(self, error: Exception) -> None:
        if self._on_failure is None:
            self._done()
            raise error  # surfaces in the UI thread's excepthook
        self._on_failure(error)
        self._done()

    def _done(self) -> None:
        self.finished.emit()
        self.deleteLater()
