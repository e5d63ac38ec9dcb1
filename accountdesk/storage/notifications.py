"""Hearing of colleagues' saves on a team database (PostgreSQL's LISTEN/NOTIFY).

The server announces every change of a customer (migration 0012's trigger) when its
transaction commits. `ChangeListener` listens on a connection of its own, in a thread of
its own, and hands each `CustomerChange` to a callback, in that thread: the caller moves
it to where it is used (the window's thread). When the server goes away the listener
keeps trying to connect again; once back it hands over `RESUMED`, as notices sent
meanwhile are lost and whatever is shown may be stale.

It listens for changes of the team's people too: `team add-staff` (a person's login linked,
their role granted or changed) and every change of the staff list announce themselves on
`accountdesk_staff` (storage.team_rights), and the listener hands over `STAFF_CHANGED`,
for the app to read the person's rights again.

Plain psycopg and threading: no Qt here.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Final

from accountdesk.storage.server_urls import silence_limits

CHANNEL = "accountdesk_customers"
STAFF_CHANNEL = "accountdesk_staff"
# How often the thread looks up from waiting to see whether it should stop (seconds).
POLL_S = 0.5
# Waits between attempts to connect again after losing the server (seconds).
RETRY_S = (0.5, 1.0, 2.0, 5.0)
CONNECT_TIMEOUT_S = 5

_log = logging.getLogger(__name__)


@dataclass(frozen=True)
class CustomerChange:
    customer_id: int
    revision: int | None  # None: deleted
    by: str  # the database role that saved it
    action: str  # "saved" (added, changed, archived) or "deleted"

    @property
    def deleted(self) -> bool:
        return self.action == "deleted"


# Handed over after reconnecting: changes may have been missed, read everything again.
RESUMED: Final = CustomerChange(0, None, "", "resumed")
# Handed over when the staff list or someone's role changed: read the rights again.
STAFF_CHANGED: Final = CustomerChange(0, None, "", "staff")


def parse(payload: str) -> CustomerChange | None:
    """A notice's payload, or None for one this version does not understand."""
    try:
        data = json.loads(payload)
        return CustomerChange(
            int(data["id"]),
            None if data.get("revision") is None else int(data["revision"]),
            str(data.get("by") or ""),
            str(data["action"]),
        )
    except (ValueError, KeyError, TypeError):
        return None


class ChangeListener:
    """Listens for customers' changes on `url` until `stop()`."""

    def __init__(self, url: str, on_change: Callable[[CustomerChange], None]) -> None:
        self._url = url
        self._on_change = on_change
        self._stopping = threading.Event()
        self._listening = threading.Event()
        self._thread = threading.Thread(target=self._run, name="accountdesk-listener", daemon=True)

    def start(self) -> ChangeListener:
        self._thread.start()
        return self

    def wait_listening(self, timeout: float) -> bool:
        """True once the listener hears notices (tests, and the first refresh)."""
        return self._listening.wait(timeout)

    @property
    def running(self) -> bool:
        return not self._stopping.is_set()

    def stop(self) -> None:
        self._stopping.set()
        if self._thread.is_alive() and self._thread is not threading.current_thread():
            self._thread.join(timeout=POLL_S * 4)

    def _run(self) -> None:
        import psycopg
        from psycopg.conninfo import make_conninfo

        failures = 0
        while not self._stopping.is_set():
            try:
                with psycopg.connect(
                    # A silent server is given up on, and tried again.
                    make_conninfo(self._url, **silence_limits(self._url)),
                    autocommit=True,
                    connect_timeout=CONNECT_TIMEOUT_S,
                ) as connection:
                    connection.execute(f"LISTEN {CHANNEL}")
                    connection.execute(f"LISTEN {STAFF_CHANNEL}")
                    if failures:
                        self.hand_over(RESUMED)
                    failures = 0
                    self._listening.set()
                    self._listen(connection)
            except psycopg.Error as exc:
                self._listening.clear()
                _log.info("listening for changes stopped: %s", exc)
                failures += 1
                self._stopping.wait(RETRY_S[min(failures, len(RETRY_S)) - 1])

    def _listen(self, connection: object) -> None:
        import psycopg

        assert isinstance(connection, psycopg.Connection)
        while not self._stopping.is_set():
            for notice in connection.notifies(timeout=POLL_S):
                if notice.channel == STAFF_CHANNEL:
                    self.hand_over(STAFF_CHANGED)
                    continue
                change = parse(notice.payload)
                if change is not None:
                    self.hand_over(change)

    def hand_over(self, change: CustomerChange) -> None:
        """Give `change` to the callback, as if heard (in the caller's thread)."""
        try:
            self._on_change(change)
        except Exception:  # a receiver's failure must not end the listening
            _log.exception("a change notice could not be handled")
