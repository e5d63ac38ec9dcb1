"""Incidents: importing a large helpdesk export, and a period's figures for a busy customer.

    python tests/benchmarks/bench_incidents.py [--rows 100000] [--in-period 10000]

Makes an empty database with one customer (Sunday-to-Thursday 08:00-18:00 in
Jerusalem, every kind of target agreed), writes a generic export of `--rows` tickets (a
tenth of them outages, some still open), imports it, imports it again (nothing changes),
then computes the figures of a quarter holding `--in-period` of them. Prints each wall time
and the process's CPU time (user + system) beside its target.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from accountdesk.domain.achievement import Period  # noqa: E402
from accountdesk.domain.enums import ExpectationStatus, Topic  # noqa: E402
from accountdesk.domain.service_file import ExpectationData, ServiceFile  # noqa: E402
from accountdesk.domain.service_window import SUN_TO_THU, ServiceWindow  # noqa: E402
from accountdesk.services.figures import period_figures  # noqa: E402
from accountdesk.services.incidents.importer import import_incidents  # noqa: E402
from accountdesk.services.incidents.mappings import GENERIC  # noqa: E402
from accountdesk.services.service_files import save_file  # noqa: E402
from accountdesk.storage.database import Database  # noqa: E402

IMPORT_TARGET_S = 15.0
FIGURES_TARGET_MS = 300.0
NAME = "מרכז רפואי לדוגמה"
SEVERITIES = ("critical", "high", "medium", "low")


def customer() -> ServiceFile:
    targets = {
        f"{m}_{s}_minutes": 30 * (i + 1)
        for m in ("response", "resolution")
        for i, s in enumerate(SEVERITIES)
    }
    return ServiceFile(
        name=NAME,
        window=ServiceWindow(SUN_TO_THU, 8 * 60, 18 * 60, "Asia/Jerusalem"),
        expectations=[
            ExpectationData(
                customer_words="availability",
                topic=Topic.AVAILABILITY,
                status=ExpectationStatus.AGREED,
                failures_per_year=4,
                hours_per_failure=4,
                availability_percent=99.5,
            ),
            ExpectationData(
                customer_words="times",
                topic=Topic.RESPONSE,
                status=ExpectationStatus.AGREED,
                share_percent=95,
                **targets,
            ),
        ],
    )


def export(rows: int, in_period: int, quarter: Period) -> bytes:
    rng = random.Random(7)
    lines = ["ticket,customer,system,severity,opened,first_response,resolved,service_down,title"]
    start = dt.datetime.combine(quarter.start, dt.time(6), tzinfo=dt.UTC)
    span = (quarter.end - quarter.start).days * 86400
    for n in range(rows):
        offset = rng.randrange(span) if n < in_period else -rng.randrange(1, 3 * 365 * 86400)
        opened = start + dt.timedelta(seconds=offset)
        first = opened + dt.timedelta(minutes=rng.randint(1, 90))
        resolved = opened + dt.timedelta(minutes=rng.randint(30, 3000))
        closed = resolved.isoformat() if rng.random() > 0.02 else ""
        down = "yes" if rng.random() < 0.1 else "no"
        lines.append(
            f"T-{n:07d},{NAME},,{SEVERITIES[n % 4]},{opened.isoformat()},{first.isoformat()},"
            f"{closed},{down},Ticket {n}"
        )
    return ("\n".join(lines) + "\n").encode()


def cpu() -> float:
    times = os.times()
    return times.user + times.system


def timed(label: str, work, target: float, unit: str = "s") -> object:
    wall, used = time.perf_counter(), cpu()
    result = work()
    wall, used = time.perf_counter() - wall, cpu() - used
    scale = 1000 if unit == "ms" else 1
    verdict = "ok" if wall * scale <= target else "TOO SLOW"
    print(
        f"{label}: {wall * scale:.0f} {unit} wall, {used * scale:.0f} {unit} CPU (target ≤ {target:.0f} {unit}) {verdict}"
    )
    return result


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--in-period", type=int, default=10_000)
    args = parser.parse_args()
    quarter = Period(dt.date(2026, 1, 1), dt.date(2026, 3, 31))
    with tempfile.TemporaryDirectory() as folder:
        db = Database(Path(folder) / "bench.sqlite3", create=True)
        customer_id = save_file(db, customer()).id
        assert customer_id is not None
        data = export(args.rows, args.in_period, quarter)
        result = timed(
            f"import {args.rows:,} rows",
            lambda: import_incidents(db, data, GENERIC),
            IMPORT_TARGET_S,
        )
        print(f"  added {result.added:,}")  # type: ignore[attr-defined]
        again = timed(
            "import the same export again",
            lambda: import_incidents(db, data, GENERIC),
            IMPORT_TARGET_S,
        )
        print(f"  unchanged {again.unchanged:,}")  # type: ignore[attr-defined]
        now = dt.datetime(2026, 4, 2, tzinfo=dt.UTC)
        found = timed(
            f"figures of a quarter with {args.in_period:,} incidents",
            lambda: period_figures(db, customer_id, quarter, now),
            FIGURES_TARGET_MS,
            "ms",
        )
        print(f"  incidents {found.figures.incidents:,}")  # type: ignore[attr-defined]
        db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
