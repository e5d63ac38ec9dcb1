"""The service report of a busy customer, as a whole process.

    python tests/benchmarks/bench_report.py [--in-period 10000] [--runs 3]

Makes a database with one customer (Sunday-to-Thursday 08:00-18:00 in Jerusalem,
availability and response and resolution targets for every severity agreed, a risk,
feedback) holding `--in-period` incidents in a quarter, then times whole
`accountdesk report CUSTOMER --from --to -o FILE.pdf` processes: the wall time and the
process's CPU time (user + system: what a busy machine's wall time hides) beside the
target. The first run fills the byte-code cache and is not counted.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "benchmarks"))

from bench_incidents import NAME, customer, export  # noqa: E402

from accountdesk.domain.achievement import Period  # noqa: E402
from accountdesk.domain.enums import FeedbackChannel, FeedbackScale  # noqa: E402
from accountdesk.domain.service_file import FeedbackData, RiskData  # noqa: E402
from accountdesk.services.incidents.importer import import_incidents  # noqa: E402
from accountdesk.services.incidents.mappings import GENERIC  # noqa: E402
from accountdesk.services.service_files import save_file  # noqa: E402
from accountdesk.storage.database import Database  # noqa: E402

TARGET_S = 1.5
QUARTER = Period(dt.date(2026, 1, 1), dt.date(2026, 3, 31))


def make_database(path: Path, in_period: int) -> None:
    file = customer()
    file.expectations[0].risks.append(RiskData(cause="power", recovery_minutes=240))
    file.feedback += [
        FeedbackData(
            received_on=dt.date(2026, 1, 1) + dt.timedelta(days=3 * n),
            channel=FeedbackChannel.SURVEY,
            scale=FeedbackScale.NPS,
            score=n % 11,
            customer_words=f"answer {n}",
        )
        for n in range(30)
    ]
    db = Database(path, create=True)
    save_file(db, file)
    import_incidents(db, export(in_period, in_period, QUARTER), GENERIC)
    db.close()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--in-period", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db, out = Path(folder) / "bench.sqlite3", Path(folder) / "report.pdf"
        make_database(db, args.in_period)
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env["PYTHONPYCACHEPREFIX"] = str(Path(folder) / "pycache")
        env["PYTHONPATH"] = str(ROOT)
        command = [
            sys.executable, "-m", "accountdesk", "report", NAME,
            "--from", QUARTER.start.isoformat(), "--to", QUARTER.end.isoformat(),
            "-o", str(out), "--db", str(db),
        ]  # fmt: skip
        walls, cpus = [], []
        for run in range(args.runs + 1):
            start = time.perf_counter()
            child = subprocess.Popen(command, env=env, cwd=ROOT, stdout=subprocess.DEVNULL)
            _pid, status, usage = os.wait4(child.pid, 0)
            elapsed = time.perf_counter() - start
            if os.waitstatus_to_exitcode(status):
                raise SystemExit(f"the report failed: {command}")
            if run:
                walls.append(elapsed)
                cpus.append(usage.ru_utime + usage.ru_stime)
        wall, used = statistics.median(walls), statistics.median(cpus)
        verdict = "ok" if wall <= TARGET_S else "TOO SLOW"
        print(
            f"report PDF, a quarter with {args.in_period:,} incidents, whole process: "
            f"{wall:.2f} s wall, {used:.2f} s CPU (median of {args.runs}; "
            f"target ≤ {TARGET_S} s) {verdict}"
        )
        print(f"  {out.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
