"""The team database at scale, on a PostgreSQL server: search, opening a service file,
twenty colleagues saving at once, and how soon a colleague's save is heard.

    python tests/benchmarks/bench_postgres.py [--url URL] [--saving-seconds 60] [--million]
        [--keep] [--filled URL] [--million-filled URL] [--search-only]

URL names a role that may create databases (default: the tests' server,
ACCOUNTDESK_TEST_PG_URL). The benchmark creates its own database there and drops it at the
end. It fills it as `generate_db.py` does (10,000 customers, 100,000 systems, 50,000
contacts, executemany in chunks), then measures through the services, as the app calls
them. `--million` then fills a second database with 1,000,000 systems (it takes a while)
and times search there. Each figure is printed beside its target, with wall and CPU time
(this process's user + system; the server's own CPU is not in it), and search's figures per
kind of query.

Filling takes minutes (a million systems, about ten): `--keep` keeps the databases and
prints their URLs, which `--filled` (the 100,000 systems') and `--million-filled` then
reuse, with `--search-only` timing nothing else.
"""

from __future__ import annotations

import argparse
import os
import queue
import random
import statistics
import sys
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import bench_search
import generate_db as gen
import psycopg
from sqlalchemy.engine import make_url

from accountdesk.domain.service_file import ServiceFile
from accountdesk.services import service_files as sf
from accountdesk.storage.database import Database
from tests.live import clients as c
from tests.postgres import admin_url

SEARCH_P95_MS = 15.0
MILLION_SEARCH_P95_MS = 30.0
OPEN_FILE_MS = 50.0
HEARD_S = 2.0
CLIENTS = 20
OPENS = 200
HEARD_SAMPLES = 20


def cpu() -> float:
    times = os.times()
    return times.user + times.system


@contextmanager
def bench_database(admin: str, keep: bool = False) -> Iterator[str]:
    name = f"adk_bench_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    try:
        yield make_url(admin).set(database=name).render_as_string(hide_password=False)
    finally:
        if keep:
            print(f"  kept the database {name} (reuse it with --filled; drop it when done)")
        else:
            with psycopg.connect(admin, autocommit=True) as connection:
                connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def fill(url: str, sizes: gen.Sizes) -> None:
    started, used = time.perf_counter(), cpu()
    steps = gen.generate(url, sizes)  # type: ignore[arg-type]  # a URL opens the server
    with psycopg.connect(url, autocommit=True) as connection:
        for table in ("customers", "systems", "contacts"):  # the rows came with their ids
            connection.execute(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), max(id)) FROM {table}"
            )
        connection.execute("VACUUM ANALYZE")  # as autovacuum would soon: plans on real figures
    wall = time.perf_counter() - started
    detail = ", ".join(f"{step} {seconds:.1f} s" for step, seconds in steps.items())
    print(f"  filled in {wall:.1f} s wall, {cpu() - used:.1f} s CPU ({detail})")


def report(what: str, value: float, unit: str, target: float | None, note: str = "") -> bool:
    return bench_search.report(what, value, unit, target, note)


def time_search(url: str, target: float, label: str) -> bool:
    queries = bench_search.realistic_queries()  # made from the generator's data: not timed
    used = cpu()
    timings = bench_search.time_queries(url, queries)  # type: ignore[arg-type]
    ms = [t for t, _q, _n in timings]
    note = f"{len(ms)} queries, CPU {(cpu() - used) * 1000 / len(ms):.2f} ms each"
    report(f"{label} p50", bench_search.percentile(ms, 0.50), "ms", None)
    missed = report(f"{label} p95", bench_search.percentile(ms, 0.95), "ms", target, note)
    report(f"{label} max", max(ms), "ms", None)
    start = 0
    for shape, count in bench_search.QUERY_SHAPES:
        part = ms[start : start + count]
        start += count
        print(
            f"  {shape:8} p50 {bench_search.percentile(part, 0.50):6.1f}  "
            f"p95 {bench_search.percentile(part, 0.95):6.1f}  max {max(part):6.1f} ms"
        )
    slowest = sorted(timings, reverse=True)[:5]
    print("  slowest:", ", ".join(f"{q!r} {t:.1f} ms ({n} found)" for t, q, n in slowest))
    return missed


def time_opening(url: str) -> bool:
    db = Database(url)
    try:
        ids = random.Random(5).sample(range(1, 10_001), OPENS)
        sf.load_file(db, ids[0])
        ms, used = [], cpu()
        for customer_id in ids:
            started = time.perf_counter()
            sf.load_file(db, customer_id)
            ms.append((time.perf_counter() - started) * 1000)
        note = f"{OPENS} files, median {statistics.median(ms):.1f} ms, "
        note += f"CPU {(cpu() - used) * 1000 / OPENS:.1f} ms each"
        return report("open file p95", bench_search.percentile(ms, 0.95), "ms", OPEN_FILE_MS, note)
    finally:
        db.close()


def time_saving(url: str, seconds: float) -> bool:
    shared_id, clients = c.prepare(url, CLIENTS)
    used = cpu()
    wall = c.run(url, shared_id, clients, seconds=seconds)
    shared, own = c.counts(url, shared_id, clients)
    saves = sum(client.saves for client in clients)
    lost = sum(client.shared_saves for client in clients) - shared
    lost += sum(client.own_saves for client in clients) - sum(own)
    errors = [e for client in clients for e in client.errors]
    unseen = sum(len(client.not_seen) for client in clients)
    ms = [m for client in clients for m in client.save_ms]
    print(
        f"  {CLIENTS} clients, {wall:.1f} s wall, {cpu() - used:.1f} s CPU: {saves} saves kept "
        f"({saves / wall:.1f}/s), {sum(cl.conflicts for cl in clients)} refused as second "
        f"and retried; save median {statistics.median(ms) if ms else 0:.0f} ms"
    )
    report("lost updates", lost, "", 0)
    report("own not seen", unseen, "", 0)
    for error in errors[:3]:
        print("  error:", error)
    return lost != 0 or unseen != 0 or bool(errors) or saves == 0


def time_heard(url: str) -> bool:
    heard: queue.Queue[tuple[float, int, int | None]] = queue.Queue()
    me, colleague = Database(url), Database(url)
    listener = me.listen(lambda ch: heard.put((time.perf_counter(), ch.customer_id, ch.revision)))
    try:
        assert listener is not None and listener.wait_listening(10)
        seconds = []
        for number in range(HEARD_SAMPLES):
            started = time.perf_counter()
            saved = sf.save_file(colleague, ServiceFile(name=f"Heard {number}"))
            while True:
                when, customer_id, revision = heard.get(timeout=10)
                if (customer_id, revision) == (saved.id, saved.revision):
                    seconds.append(when - started)
                    break
        note = f"from the start of the save; median {statistics.median(seconds) * 1000:.0f} ms"
        return report("heard max", max(seconds) * 1000, "ms", HEARD_S * 1000, note)
    finally:
        listener.stop() if listener is not None else None
        colleague.close()
        me.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", default=admin_url(), help="a role that may create databases")
    parser.add_argument("--saving-seconds", type=float, default=60.0)
    parser.add_argument("--million", action="store_true", help="also 1,000,000 systems")
    parser.add_argument("--keep", action="store_true", help="keep the databases (profiling)")
    parser.add_argument("--filled", help="an earlier --keep database's URL: no filling")
    parser.add_argument(
        "--million-filled", help="the same, of the million systems (implies --million)"
    )
    parser.add_argument("--search-only", action="store_true", help="time search only")
    args = parser.parse_args(argv)
    missed = False
    with filled(args.url, args.filled, gen.Sizes(), args.keep) as url:
        missed |= time_search(url, SEARCH_P95_MS, "search")
        if not args.search_only:
            missed |= time_opening(url)
            print(f"twenty clients saving for {args.saving_seconds:g} s:")
            missed |= time_saving(url, args.saving_seconds)
            missed |= time_heard(url)
    if args.million or args.million_filled:
        million = gen.Sizes(systems=1_000_000)
        with filled(args.url, args.million_filled, million, args.keep) as url:
            missed |= time_search(url, MILLION_SEARCH_P95_MS, "1M search")
    return 1 if missed else 0


@contextmanager
def filled(admin: str, reused: str | None, sizes: gen.Sizes, keep: bool) -> Iterator[str]:
    """A database of these sizes: the one given, as it is, or a new one filled now."""
    if reused:
        yield reused
        return
    with bench_database(admin, keep) as url:
        print(
            f"filling {sizes.customers:,} customers, {sizes.systems:,} systems, "
            f"{sizes.contacts:,} contacts:"
        )
        fill(url, sizes)
        yield url


if __name__ == "__main__":
    sys.exit(main())
