"""Search at scale: bulk import, opening the database, and search latency.

    python tests/benchmarks/bench_search.py [--db EXISTING.db]

Without --db, a database of 10,000 customers, 100,000 systems and 50,000 contacts is
generated in a temporary folder first (timed as the bulk import). Each figure is printed
beside its target. Latency is measured through `services.search.search`, as the UI calls
it, over 200 fixed queries of the kinds supporters type: names and their first letters,
host-name parts, phone fragments in several spellings, Hebrew and Persian words spelled
with other keyboards' letters.
"""

from __future__ import annotations

import argparse
import gc
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import generate_db as gen

from accountdesk.services.search import search
from accountdesk.storage.database import Database

IMPORT_TARGET_S = 60.0
OPEN_TARGET_MS = 100.0
P95_TARGET_MS = 15.0
QUERY_COUNT = 200
# The kinds of query `realistic_queries` makes, in its order, and how many of each.
QUERY_SHAPES = (
    ("names", 50),
    ("hosts", 35),
    ("phones", 40),
    ("hebrew", 25),
    ("persian", 25),
    ("other", 25),
)


# ---------------------------------------------------------------- queries


def realistic_queries(seed: int = 2024) -> list[str]:
    """200 queries, the same on every run: drawn from the generator's own data."""
    rng = random.Random(seed)
    customer_rows, systems, contacts = gen.make_rows()
    customers = [c["name"] for c in customer_rows]
    makers = [
        (_name_queries, customers),
        (_host_queries, systems),
        (_phone_queries, contacts),
        (_hebrew_queries, contacts),
        (_persian_queries, contacts),
        (_other_queries, systems + contacts),
    ]
    counts = [count for _shape, count in QUERY_SHAPES]
    queries = [
        q
        for (make, rows), count in zip(makers, counts, strict=True)
        for q in make(rng, rows, count)
    ]
    assert len(queries) == QUERY_COUNT
    return queries


def _name_queries(rng, names, count):
    """Whole names, single words, and the first letters of a name as it is typed."""
    out = []
    for _ in range(count):
        words = rng.choice(names).split()
        shape = rng.random()
        if shape < 0.3:
            out.append(" ".join(words))
        elif shape < 0.6:
            out.append(rng.choice(words))
        else:
            out.append(words[0][: rng.randint(1, 4)])
    return out


def _host_queries(rng, systems, count):
    out = []
    for _ in range(count):
        host = rng.choice(systems)["host"]  # e.g. prd-db07.acme12.local
        first, customer = host.split(".")[:2]
        role_part = first.split("-")[1]
        typed = first[: rng.randint(3, len(first))]
        out.append(rng.choice([typed, role_part, role_part[:3], customer, host]))
    return out


def _phone_queries(rng, contacts, count):
    """Last digits, national form with dashes, international with spaces, Persian digits."""
    phones = [c["phone"] for c in contacts]
    out = []
    for _ in range(count):
        e164 = rng.choice(phones)
        national = "0" + e164[4:] if e164.startswith("+972") else "0" + e164[3:]
        shape = rng.randrange(5)
        if shape == 0:
            out.append(e164[-rng.randint(4, 7) :])
        elif shape == 1:
            out.append(f"{national[:2]}-{national[2:5]}-{national[5:]}")
        elif shape == 2:
            out.append(f"{e164[:4]} {e164[4]} {e164[5:8]} {e164[8:]}")
        elif shape == 3:
            out.append(national[: rng.randint(3, 6)])
        else:
            out.append(national.translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")))
    return out


def _hebrew_queries(rng, _rows, count):
    """People, roles and cities, sometimes with a final letter typed mid-word."""
    words = gen.HE_FIRST + gen.HE_LAST + gen.HE_CITIES + ["מנהל", "מערכות", "תומך", "מרכז רפואי"]
    out = []
    for _ in range(count):
        word = rng.choice(words)
        out.append(word if rng.random() < 0.7 else word[: max(2, len(word) - 1)])
    return out


def _persian_queries(rng, _rows, count):
    """Persian words typed on an Arabic keyboard (ي ك) or without the ZWNJ."""
    words = gen.FA_FIRST + gen.FA_LAST + gen.FA_CITIES + gen.FA_COMPANY_SECOND
    arabic = str.maketrans({"ی": "ي", "ک": "ك"})
    out = []
    for _ in range(count):
        word = rng.choice(words)
        shape = rng.random()
        if shape < 0.4:
            word = word.translate(arabic)
        elif shape < 0.6:
            word = word.replace("\u200c", "")
        out.append(word)
    return out


def _other_queries(rng, rows, count):
    """E-mail addresses, IP address prefixes, serial numbers, two words together."""
    out = []
    for _ in range(count):
        row = rng.choice(rows)
        if "email" in row:
            out.append(row["email"].split("@")[0][: rng.randint(3, 12)])
        elif rng.random() < 0.5:
            out.append(".".join(row["address"].split(".")[:3]))
        else:
            out.append(row["serial"][: rng.randint(4, 8)])
    return out


# ---------------------------------------------------------------- measuring


def time_import(folder: Path) -> tuple[Path, float]:
    path = folder / "bench.sqlite3"
    steps = gen.generate(path)
    for step, seconds in steps.items():
        print(f"  {step:12} {seconds:6.2f} s")
    return path, steps["total"]


def time_open(path: Path, repeats: int = 10) -> tuple[float, float]:
    """First open in this process, and the median of the opens after it, in ms."""
    times = []
    for _ in range(repeats + 1):
        started = time.perf_counter()
        Database(path, create=True).close()
        times.append((time.perf_counter() - started) * 1000)
    return times[0], statistics.median(times[1:])


def time_queries(path: Path, queries: list[str]) -> list[tuple[float, str, int]]:
    db = Database(path)
    try:
        for query in queries[::20]:  # first use compiles statements; the UI pays it once
            search(db, query)
        gc.collect()  # making the queries left garbage: collecting it is not a search's work
        timings = []
        for query in queries:
            started = time.perf_counter()
            count = len(search(db, query))
            timings.append(((time.perf_counter() - started) * 1000, query, count))
        return timings
    finally:
        db.close()


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def report(what: str, value: float, unit: str, target: float | None = None, note: str = "") -> bool:
    """Print one figure beside its target; True when the target is missed."""
    line = f"{what:14} {value:8.2f} {unit:2}"
    if target is not None:
        line += f"   target <= {target:g} {unit:2}  {'ok' if value <= target else 'MISSED'}"
    print(line + (f"   ({note})" if note else ""))
    return target is not None and value > target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="an existing generated database (skips import)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        missed = False
        if args.db:
            path = args.db
        else:
            print("bulk import (10,000 customers, 100,000 systems, 50,000 contacts):")
            path, seconds = time_import(Path(folder))
            missed |= report("bulk import", seconds, "s", IMPORT_TARGET_S)
        first, median = time_open(path)
        note = f"first open in this process {first:.2f} ms"
        missed |= report("database open", median, "ms", OPEN_TARGET_MS, note)
        timings = time_queries(path, realistic_queries())
        ms = [t for t, _q, _n in timings]
        report("search p50", percentile(ms, 0.50), "ms")
        missed |= report("search p95", percentile(ms, 0.95), "ms", P95_TARGET_MS)
        empty = sum(n == 0 for _t, _q, n in timings)
        report("search max", max(ms), "ms", note=f"{len(ms)} queries, {empty} found nothing")
        slowest = sorted(timings, reverse=True)[:5]
        print("slowest:", ", ".join(f"{q!r} {t:.1f} ms ({n} found)" for t, q, n in slowest))
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
