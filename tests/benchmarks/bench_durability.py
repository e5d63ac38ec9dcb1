"""What keeping the data safe costs: the integrity check before the first write, a save
with `synchronous = FULL` against NORMAL, and one backup.

    python tests/benchmarks/bench_durability.py --db /tmp/bench.sqlite3 [--saves 40]

Saves change one customer's notes and are made through `services.service_files`, as the
app saves. The database is written to (notes, a backup in its backup folder): use a
copy made for benchmarks.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from contextlib import closing
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from sqlalchemy import event

from accountdesk.services import service_files as sf
from accountdesk.storage.backups import BackupPolicy
from accountdesk.storage.database import Database
from accountdesk.storage.files import connect_for_reading, integrity_problem


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--saves", type=int, default=40)
    args = parser.parse_args()

    timings = []
    for _ in range(3):
        with closing(connect_for_reading(args.db)) as connection:
            started = time.perf_counter()
            problem = integrity_problem(connection)
            timings.append(time.perf_counter() - started)
    print(f"quick_check            {min(timings) * 1000:8.0f} ms (best of 3; {problem or 'ok'})")

    with tempfile.TemporaryDirectory() as folder:
        policy = BackupPolicy(Path(folder), keep=2, automatic=False)
        for mode in ("NORMAL", "FULL"):
            db = Database(args.db, backups=policy)
            _use_synchronous(db, mode)
            customer_id = sf.customer_ids(db)[0]
            times = []
            for n in range(args.saves):
                file = sf.load_file(db, customer_id)
                file.notes = f"benchmark save {mode} {n}"
                started = time.perf_counter()
                sf.save_file(db, file)
                times.append(time.perf_counter() - started)
            db.close()
            print(
                f"save, synchronous={mode:6} {statistics.median(times) * 1000:8.1f} ms median, "
                f"{max(times) * 1000:.1f} ms worst ({args.saves} saves; the first includes "
                "the integrity check)"
                if mode == "FULL"
                else f"save, synchronous={mode:6} {statistics.median(times) * 1000:8.1f} ms median"
            )
        db = Database(args.db, backups=policy)
        started = time.perf_counter()
        db.backup_now()
        print(f"backup (copy + check)  {(time.perf_counter() - started) * 1000:8.0f} ms")
        db.close()


def _use_synchronous(db: Database, mode: str) -> None:
    """Connections made from now on use `mode` (the Database's own setting comes first)."""
    db.engine.dispose()

    @event.listens_for(db.engine, "connect")
    def _after(dbapi_connection, _record) -> None:
        dbapi_connection.execute(f"PRAGMA synchronous = {mode}")


if __name__ == "__main__":
    main()
