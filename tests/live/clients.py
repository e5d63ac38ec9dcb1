"""Colleagues saving at once on one team database (the concurrency test and benchmark).

Each client is a thread with its own `Database` (its own connections), as each person's
AccountDesk is. It saves in a loop, alternating a customer all clients share (where
optimistic revisions refuse the save that came second: it reads again and retries, as
the conflict dialog's "reload" does) and a customer of its own. Each save counts one up
in the customer's notes, so at the end a shared count below the number of saves would be
a lost update; and right after each save the client reads the customer again and must
see its own count.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field

from accountdesk.domain.errors import ConflictError
from accountdesk.domain.service_file import ServiceFile
from accountdesk.services import service_files as sf
from accountdesk.storage.database import Database

SHARED = "Shared by everyone"


@dataclass
class Client:
    number: int
    own_id: int = 0
    saves: int = 0  # saves that were kept (shared and own)
    shared_saves: int = 0
    own_saves: int = 0
    conflicts: int = 0  # saves refused because another came first (then retried)
    not_seen: list[str] = field(default_factory=list)  # own saves not read back at once
    save_ms: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def prepare(url: str, clients: int) -> tuple[int, list[Client]]:
    """The shared customer and one customer per client, each with a count of 0."""
    db = Database(url)
    try:
        shared = sf.save_file(db, ServiceFile(name=SHARED, notes="0"))
        made = []
        for number in range(clients):
            own = sf.save_file(db, ServiceFile(name=f"Client {number}", notes="0"))
            assert own.id is not None
            made.append(Client(number, own.id))
        assert shared.id is not None
        return shared.id, made
    finally:
        db.close()


def run(
    url: str,
    shared_id: int,
    clients: list[Client],
    seconds: float | None = None,
    saves_each: int | None = None,
) -> float:
    """Every client saves in a loop for `seconds`, or until it has made `saves_each`
    saves; returns the wall time taken."""
    stop = threading.Event()
    threads = [
        threading.Thread(target=_client_loop, args=(url, shared_id, client, stop, saves_each))
        for client in clients
    ]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    if seconds is not None:
        stop.wait(seconds)
        stop.set()
    for thread in threads:
        thread.join()
    return time.perf_counter() - started


def counts(url: str, shared_id: int, clients: list[Client]) -> tuple[int, list[int]]:
    """The shared count and each client's own count as stored."""
    db = Database(url)
    try:
        shared = int(sf.load_file(db, shared_id).notes)
        return shared, [int(sf.load_file(db, c.own_id).notes) for c in clients]
    finally:
        db.close()


def _client_loop(
    url: str, shared_id: int, client: Client, stop: threading.Event, saves_each: int | None
) -> None:
    db = Database(url)
    try:
        turn = 0
        while not stop.is_set() and (saves_each is None or client.saves < saves_each):
            turn += 1
            shared = turn % 2 == 1
            if _count_one_up(db, shared_id if shared else client.own_id, client, stop):
                client.saves += 1
                if shared:
                    client.shared_saves += 1
                else:
                    client.own_saves += 1
    except Exception as exc:  # reported by the test or benchmark, not lost in the thread
        client.errors.append(repr(exc))
    finally:
        db.close()


def _count_one_up(db: Database, customer_id: int, client: Client, stop: threading.Event) -> bool:
    """Count one up and save; False when time ran out before a save was kept."""
    while not stop.is_set():
        file = sf.load_file(db, customer_id)
        file.notes = str(int(file.notes) + 1)
        started = time.perf_counter()
        try:
            saved = sf.save_file(db, file)
        except ConflictError:
            client.conflicts += 1
            continue  # read theirs again, then count up from it
        client.save_ms.append((time.perf_counter() - started) * 1000)
        again = sf.load_file(db, customer_id)  # what this client now shows
        assert saved.revision is not None and again.revision is not None
        if again.revision < saved.revision or int(again.notes) < int(file.notes):
            client.not_seen.append(f"customer {customer_id}: {file.notes}")
        return True
    return False
