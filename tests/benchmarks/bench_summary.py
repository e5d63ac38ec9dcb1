"""Benchmark: the expectation-alignment summary, as the command and inside a process.

    python tests/benchmarks/bench_summary.py [--runs N] [--large-runs N]

Builds a database with the 'typical' Hebrew customer (40 systems, 25 contacts, 4
escalation levels for each of 3 severities, 15 expectations, 10 risks) and customers with
500, 2,000 and 5,000 systems, then prints medians beside the targets:

- `accountdesk summary` as a whole process (cold start: imports, database, fonts, PDF);
- the generation alone inside a running process (`build_summary`, warm);
- each large customer as a whole process: seconds and the process's own peak resident
  memory (cost must grow linearly with the file, memory stay bounded);
- the 500-system customer inside a running process;
- the typical summary as a whole process once more with `storage.read_only` left out
  (the command then opens the database with SQLAlchemy), to tell what that reader saves;
- the cost of each further 1,000 systems between 500 and 5,000 (a straight line when the
  cost is linear).

Child processes may write byte code (into a cache folder of their own, as an installed
package has it); the first run of each kind is a warm-up and is not counted. Not collected
by pytest (bench_*.py).
"""

from __future__ import annotations

import argparse
import itertools
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parents[2]
SAMPLES = REPOSITORY / "tests" / "documents" / "summary"
for folder in (REPOSITORY, SAMPLES):
    sys.path.insert(0, str(folder))

TARGETS = {"process": 0.4, "generation": 0.25, "memory_mb": 150}
# Systems per large customer, and the whole-process time each must stay within.
LARGE = {500: 1.0, 2000: 2.0, 5000: 4.0}

# `accountdesk summary` as the installed command runs it (`python -m accountdesk` is the
# same entry point as the console script), writing the process's peak resident memory
# (VmHWM) to the file named by BENCH_PEAK_FILE when it exits. (The rusage of a child
# cannot tell: Linux carries the parent's peak over the fork and exec into it.)
PEAK_WRAPPER = """
import atexit, os, runpy, sys
def _peak():
    with open("/proc/self/status") as status:
        kb = next(line.split()[1] for line in status if line.startswith("VmHWM"))
    with open(os.environ["BENCH_PEAK_FILE"], "w") as out:
        out.write(kb)
atexit.register(_peak)
sys.argv = ["accountdesk", *sys.argv[1:]]
if os.environ.get("BENCH_WITHOUT_FAST_READER"):
    from accountdesk.services import summaries
    def _not_served(*args, **kwargs):
        raise summaries.read_only.NotServed("left out by the benchmark")
    summaries.read_only.read_service_file = _not_served
runpy.run_module("accountdesk", run_name="__main__", alter_sys=True)
"""
COMMAND = ["-c", PEAK_WRAPPER, "summary"]


def make_database(path: Path) -> None:
    import summary_samples as samples

    from accountdesk.services.json_format import add_missing_staff
    from accountdesk.services.service_files import save_file
    from accountdesk.storage.database import Database

    db = Database(path, create=True)
    with db.transaction() as session:
        add_missing_staff(session, list(samples.STAFF.values()))
    typical = samples.typical_file()
    typical.name = "Typical"
    save_file(db, typical)
    for systems in LARGE:
        large = samples.typical_file(systems=systems)
        large.name = large_name(systems)
        save_file(db, large)
    db.close()


def large_name(systems: int) -> str:
    return f"Large {systems}"


def child_environment(cache: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(cache)
    env["PYTHONPATH"] = str(REPOSITORY)
    return env


def process_times(
    db: Path, customer: str, runs: int, env: dict[str, str], out: Path
) -> tuple[list[float], float, list[float]]:
    """Wall times of whole `accountdesk summary` processes, the largest peak resident
    memory of one of them in MB, and their CPU times (user + system: what a busy
    machine's wall time hides)."""
    times, peak, cpu = [], 0.0, []
    peak_file = out.with_suffix(".peak")
    env = {**env, "BENCH_PEAK_FILE": str(peak_file)}
    for run in range(runs + 1):
        start = time.perf_counter()
        child = subprocess.Popen(
            [sys.executable, *COMMAND, customer, "-o", str(out), "--db", str(db)],
            env=env,
            # `python -c` puts the working folder first on the path: run from this
            # checkout, so that its code is timed whichever folder the benchmark starts in
            cwd=REPOSITORY,
            stdout=subprocess.DEVNULL,
        )
        _pid, status, usage = os.wait4(child.pid, 0)
        elapsed = time.perf_counter() - start
        child.returncode = os.waitstatus_to_exitcode(status)
        if child.returncode:
            raise subprocess.CalledProcessError(child.returncode, child.args)
        peak = max(peak, int(peak_file.read_text()) / 1024)
        if run:  # the first run fills the byte-code cache
            times.append(elapsed)
            cpu.append(usage.ru_utime + usage.ru_stime)
    return times, peak, cpu


def generation_times(db_path: Path, customer: str, runs: int) -> tuple[float, list[float], int]:
    """(first build, warm builds, pages) inside this process, data already loaded."""
    from accountdesk.documents.summary import SummaryOptions, build_summary
    from accountdesk.services.service_files import find_customer_id, load_file
    from accountdesk.services.summaries import staff_directory
    from accountdesk.storage.database import Database

    db = Database(db_path, create=False)
    file = load_file(db, find_customer_id(db, customer))
    options = SummaryOptions(staff=staff_directory(db, file))
    db.close()
    start = time.perf_counter()
    summary = build_summary(file, options)
    first = time.perf_counter() - start
    warm = []
    for _ in range(runs):
        start = time.perf_counter()
        build_summary(file, options)
        warm.append(time.perf_counter() - start)
    return first, warm, summary.page_count


def line(name: str, value: float, target: float, unit: str = "s") -> str:
    verdict = "ok" if value <= target else "OVER"
    return f"{name:<46} {value:8.3f} {unit:<3} (target {target:g} {unit}) {verdict}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--large-runs", type=int, default=2, help="runs per large customer")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        db = folder / "bench.sqlite3"
        make_database(db)
        env = child_environment(folder / "pycache")
        typical, typical_rss, typical_cpu = process_times(
            db, "Typical", args.runs, env, folder / "typical.pdf"
        )
        plain, _plain_rss, plain_cpu = process_times(
            db,
            "Typical",
            args.runs,
            {**env, "BENCH_WITHOUT_FAST_READER": "1"},
            folder / "typical-plain.pdf",
        )
        large = {
            systems: process_times(
                db, large_name(systems), args.large_runs, env, folder / f"large{systems}.pdf"
            )
            for systems in LARGE
        }
        first, warm, pages = generation_times(db, "Typical", args.runs)
        _large_first, large_warm, large_pages = generation_times(db, large_name(500), 2)
    print(f"typical summary: {pages} pages; 500 systems: {large_pages} pages; runs: {args.runs}")
    print(
        line(
            "accountdesk summary, whole process (median)",
            statistics.median(typical),
            TARGETS["process"],
        )
    )
    print(
        line(
            "generation in a running process (median)",
            statistics.median(warm),
            TARGETS["generation"],
        )
    )
    print(f"{'  first generation in this process':<46} {first:8.3f} s")
    print(f"{'  its CPU time (median)':<46} {statistics.median(typical_cpu):8.3f} s")
    print(line("  typical summary process, peak memory", typical_rss, TARGETS["memory_mb"], "MB"))
    print(
        line(
            "  the same without storage.read_only (median)",
            statistics.median(plain),
            TARGETS["process"],
        )
    )
    print(f"{'    its CPU time (median)':<46} {statistics.median(plain_cpu):8.3f} s")
    for systems, (times, rss, cpu) in large.items():
        name = f"{systems:,} systems, whole process"
        print(line(f"{name} (median)", statistics.median(times), LARGE[systems]))
        print(f"{'  its CPU time (median)':<46} {statistics.median(cpu):8.3f} s")
        print(line(f"{name}, peak memory", rss, TARGETS["memory_mb"], "MB"))
    print(f"{'  500 systems, in a running process':<46} {statistics.median(large_warm):8.3f} s")
    sizes = sorted(large)
    for smaller, larger in itertools.pairwise(sizes):
        step = statistics.median(large[larger][2]) - statistics.median(large[smaller][2])
        per_thousand = step / (larger - smaller) * 1000
        print(
            f"{f'  CPU time per 1,000 systems, {smaller:,} to {larger:,}':<46} {per_thousand:8.3f} s"
        )


if __name__ == "__main__":
    main()
