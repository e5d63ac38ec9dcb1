"""Twenty colleagues saving at once on the team database: no update is lost, each sees
its own save at once, and a colleague's save is heard within two seconds."""

from __future__ import annotations

import queue
import threading
import time

import pytest

from accountdesk.domain.service_file import ServiceFile
from accountdesk.services import service_files as sf
from accountdesk.storage.database import Database
from tests.live import clients as c
from tests.postgres import fresh_database

CLIENTS = 20
SAVES_EACH = 2  # one of the shared customer, one of its own
SECONDS = 4.0
HEARD_WITHIN_S = 2.0


@pytest.fixture
def url():
    with fresh_database() as made:
        Database(made, create=True).close()
        yield made


def test_twenty_clients_saving_at_once_lose_no_update_and_see_their_own(url):
    shared_id, clients = c.prepare(url, CLIENTS)
    c.run(url, shared_id, clients, saves_each=SAVES_EACH)
    assert [client.errors for client in clients] == [[]] * CLIENTS
    shared, own = c.counts(url, shared_id, clients)
    assert shared == sum(client.shared_saves for client in clients)  # no update lost
    assert own == [client.own_saves for client in clients]
    assert [(client.shared_saves, client.own_saves) for client in clients] == [(1, 1)] * CLIENTS
    assert [client.not_seen for client in clients] == [[]] * CLIENTS
    assert sum(client.conflicts for client in clients) > 0  # they did meet


def test_a_colleagues_save_is_heard_within_two_seconds_while_others_save(url):
    shared_id, clients = c.prepare(url, CLIENTS - 1)
    heard: queue.Queue[tuple[float, int, int | None]] = queue.Queue()
    me = Database(url)
    listener = me.listen(
        lambda change: heard.put((time.perf_counter(), change.customer_id, change.revision))
    )
    assert listener is not None and listener.wait_listening(5)
    busy = threading.Thread(target=c.run, args=(url, shared_id, clients, SECONDS))
    busy.start()
    colleague = Database(url)
    try:
        # The colleague's app is open already: its connection is made and its statements
        # are known to the server before the saves that are timed.
        sf.save_file(colleague, ServiceFile(name="Colleague's first"))
        latencies = []
        for number in range(5):
            started = time.perf_counter()
            saved = sf.save_file(colleague, ServiceFile(name=f"Colleague's {number}"))
            while True:
                when, customer_id, revision = heard.get(timeout=HEARD_WITHIN_S * 2)
                if (customer_id, revision) == (saved.id, saved.revision):
                    latencies.append(when - started)
                    break
        assert max(latencies) < HEARD_WITHIN_S, latencies
    finally:
        busy.join()
        colleague.close()
        listener.stop()
        me.close()
