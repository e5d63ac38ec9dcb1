"""Importing one very large service file: time and peak memory of `accountdesk import`.

    python tests/benchmarks/bench_import.py [--systems 100000] [--contacts 200] [--rtl] [--keep DIR]

Writes one customer with that many systems (about 45 MB of JSON for 100,000) in the
export format, imports it with the command line in a process of its own into an empty
database (made first with `accountdesk init`), and prints the wall time and the process's
peak resident memory beside the targets. The database is then exported again and compared with the file.
With --rtl the systems' names, functions and locations are Hebrew and Persian (with ZWNJ),
whose search forms cost more than Latin text's.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
TIME_TARGET_S = 8.0
MEMORY_TARGET_MB = 250.0


def _name(i: int, rtl: bool) -> str:
    return f"שרת גיבוי {i:06d} בבית החולים" if rtl else f"srv-{i:06d}.galil-carmel.local"


def _function(i: int, rtl: bool) -> str:
    if not rtl:
        return f"Ward {i % 40} monitoring"
    return f"ניטור מחלקה {i % 40} והתראות" if i % 2 else f"پایش بخش {i % 40} پارس\u200cنت"


def make_document(systems: int, contacts: int, rtl: bool = False) -> dict[str, Any]:
    staff = {"name": "Dana Levi", "role": "account_manager", "email": "", "phone": ""}
    customer = {
        "name": "Galil Carmel Medical Centre",
        "industry": "Healthcare",
        "business_needs": "Patient records must be reachable at all hours.",
        "support_level": "premium",
        "support_in_scope": "",
        "support_out_of_scope": "",
        "window": {
            "days": ["sun", "mon", "tue", "wed", "thu", "fri", "sat"],
            "start": "00:00",
            "end": "24:00",
            "timezone": "Asia/Jerusalem",
        },
        "knowledge_level": "intermediate",
        "criticality": "high",
        "document_language": "en",
        "country": "IL",
        "account_manager": "Dana Levi",
        "supporter": None,
        "backup_supporter": None,
        "next_review": "2027-01-31",
        "notes": "",
        "systems": [
            {
                "name": _name(i, rtl),
                "kind": ("server", "database", "application", "network")[i % 4],
                "business_function": _function(i, rtl),
                "environment": ("production", "staging", "test", "dr")[i % 4],
                "version": f"Ubuntu 22.04.{i % 7}",
                "location": f"בניין {i % 9}" if rtl else f"Building {i % 9}",
                "host": f"srv-{i:06d}",
                "address": f"10.{i // 65536 % 256}.{i // 256 % 256}.{i % 256}",
                "serial": f"SN-{i * 7919 % 10_000_000:07d}",
                "criticality": ("low", "medium", "high", "critical")[i % 4],
                "owner": i % contacts if contacts and i % 3 == 0 else None,
                "notes": "Checked at the last quarterly review" if i % 5 == 0 else "",
            }
            for i in range(systems)
        ],
        "contacts": [
            {
                "name": f"Contact {i}",
                "side": "customer",
                "role": "IT",
                "itil_relation": "technical",
                "phone": f"+9723{5550000 + i}",
                "mobile": "",
                "email": f"contact{i}@galil-carmel.example",
                "preferred_channel": "phone",
                "language": None,
                "country": None,
                "reachable_hours": "",
                "notes": "",
            }
            for i in range(contacts)
        ],
        "escalation_paths": [],
        "expectations": [],
        "meetings": [],
        "reports": [],
        "feedback": [],
    }
    return {
        "format": "accountdesk.service-file",
        "version": 1,
        "staff": [staff],
        "customers": [customer],
    }


def run_measured(command: list[str]) -> tuple[float, float, float, int, str]:
    """Wall seconds, CPU seconds, peak resident MB, exit status and standard error of one
    child process (on a busy machine the CPU time says more than the wall time)."""
    with tempfile.TemporaryFile() as errors:
        start = time.perf_counter()
        child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=errors, cwd=ROOT)
        _pid, status, usage = os.wait4(child.pid, 0)
        seconds = time.perf_counter() - start
        child.returncode = os.waitstatus_to_exitcode(status)
        errors.seek(0)
        cpu = usage.ru_utime + usage.ru_stime
        return seconds, cpu, usage.ru_maxrss / 1024, child.returncode, errors.read().decode()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--systems", type=int, default=100_000)
    parser.add_argument("--contacts", type=int, default=200)
    parser.add_argument("--rtl", action="store_true", help="Hebrew and Persian system texts")
    parser.add_argument("--keep", type=Path, help="write the files into this folder")
    parser.add_argument("--write", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.write:
        document = make_document(args.systems, args.contacts, args.rtl)
        text = json.dumps(document, ensure_ascii=False, indent=2)
        args.write.write_text(text + "\n", encoding="utf-8")
        return 0
    folder = args.keep or Path(tempfile.mkdtemp(prefix="accountdesk-bench-import-"))
    folder.mkdir(parents=True, exist_ok=True)
    source = folder / "large.json"
    database = folder / "large.sqlite3"
    database.unlink(missing_ok=True)
    # Written by a process of its own: the measured child is forked from this one, and
    # would otherwise be charged for the pages that building the document left here.
    subprocess.run(
        [
            sys.executable,
            __file__,
            "--write",
            str(source),
            "--systems",
            str(args.systems),
            "--contacts",
            str(args.contacts),
            *(["--rtl"] if args.rtl else []),
        ],
        check=True,
    )
    size_mb = source.stat().st_size / 1e6
    print(f"file: {args.systems:,} systems, {args.contacts:,} contacts, {size_mb:.1f} MB")

    program = [sys.executable, "-m", "accountdesk"]
    subprocess.run([*program, "init", "--db", str(database)], cwd=ROOT, check=True)
    seconds, cpu, peak_mb, status, errors = run_measured(
        [*program, "import", str(source), "--db", str(database)]
    )
    if status != 0:
        print(errors, file=sys.stderr)
        return 1
    print(f"import into an empty database: {seconds:.1f} s (target <= {TIME_TARGET_S:.0f} s)")
    print(f"CPU time of the import: {cpu:.1f} s")
    print(f"peak resident memory: {peak_mb:.0f} MB (target <= {MEMORY_TARGET_MB:.0f} MB)")

    again = folder / "again.json"
    customer = make_document(0, 0)["customers"][0]["name"]
    exported = subprocess.run(
        [*program, "export", customer, "-o", str(again), "--db", str(database)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
        env={**os.environ},
    )
    same = exported.returncode == 0 and json.loads(again.read_text("utf-8")) == json.loads(
        source.read_text("utf-8")
    )
    print(f"export after import gives the same document: {'yes' if same else 'NO'}")
    ok = seconds <= TIME_TARGET_S and peak_mb <= MEMORY_TARGET_MB and same
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
