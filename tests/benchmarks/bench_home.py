"""The home view's agenda over the 10,000-customer benchmark database.

    python tests/benchmarks/bench_home.py --db /tmp/bench.sqlite3 [--runs 5]

Works on a copy of the database (from `generate_db.py`, which has customers, systems and
contacts only) and gives it a provider's week first: 20 staff members assigned as account
managers and supporters, review dates about today, two expectations a customer (agreed
targets on a third, review dates on some), risks without mitigation, meetings with action
items, feedback follow-ups, signed summaries for half the customers and incidents this
quarter for one customer in twenty. Then times the whole agenda and one staff member's
("my customers") as the home view asks for them (the most urgent 100 of each section,
with the count of all), and the whole agenda as `accountdesk home` prints it; each the
median of `--runs`, wall and CPU (user + system), beside the target.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import func, insert, select, update

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from accountdesk.services.home import VIEW_LIMIT, AgendaQuery, agenda  # noqa: E402
from accountdesk.storage import tables as t  # noqa: E402
from accountdesk.storage.database import Database  # noqa: E402

TARGET_MS = 200.0
STAFF = 20
TODAY = dt.date.today()


def day(rng: random.Random, low: int, high: int) -> dt.date:
    return TODAY + dt.timedelta(days=rng.randint(low, high))


def populate(db: Database, seed: int = 11) -> None:
    rng = random.Random(seed)
    with db.transaction() as session:
        connection = session.connection()
        ids = list(connection.execute(select(t.Customer.id)).scalars())
        first_staff = (connection.execute(select(func.max(t.StaffMember.id))).scalar() or 0) + 1
        connection.execute(
            insert(t.StaffMember),
            [
                {"id": first_staff + n, "name": f"Staff {n}", "role": "account_manager"}
                for n in range(STAFF)
            ],
        )
        staff = range(first_staff, first_staff + STAFF)
        for cid in ids:
            connection.execute(
                update(t.Customer)
                .where(t.Customer.id == cid)
                .values(
                    account_manager_id=rng.choice(staff),
                    supporter_id=rng.choice(staff),
                    backup_supporter_id=rng.choice(staff),
                    next_review=day(rng, -60, 120),
                    updated_at=dt.datetime.now(dt.UTC) - dt.timedelta(days=rng.randint(1, 700)),
                )
            )
        expectations, risks, meetings, actions, feedback, versions, incidents = (
            [] for _ in range(7)
        )
        for cid in ids:
            for position in range(2):
                eid = len(expectations) + 1
                measured = rng.random() < 0.3
                expectations.append(
                    {
                        "id": eid,
                        "customer_id": cid,
                        "position": position,
                        "customer_words": "שהמערכת לא תיפול באמצע יום העבודה",
                        "status": "agreed" if measured else "raised",
                        "response_critical_minutes": 30 if measured else None,
                        "review_date": day(rng, -30, 120) if rng.random() < 0.5 else None,
                    }
                )
                if rng.random() < 0.3:
                    risks.append({"expectation_id": eid, "cause": "גיבוי לא נבדק"})
            if rng.random() < 0.5:
                mid = len(meetings) + 1
                meetings.append({"id": mid, "customer_id": cid, "held_on": day(rng, -90, -1)})
                for _ in range(3):
                    actions.append(
                        {
                            "meeting_id": mid,
                            "text": "לשלוח סיכום",
                            "due": day(rng, -20, 60),
                            "done": rng.random() < 0.5,
                        }
                    )
            if rng.random() < 0.3:
                feedback.append(
                    {
                        "customer_id": cid,
                        "received_on": day(rng, -60, -1),
                        "follow_up": "לחזור ללקוח",
                        "follow_up_due": day(rng, -10, 40),
                        "follow_up_done": rng.random() < 0.4,
                    }
                )
            if rng.random() < 0.5:
                signed = dt.datetime.now(dt.UTC) - dt.timedelta(days=rng.randint(1, 400))
                versions.append(
                    {
                        "customer_id": cid,
                        "number": 1,
                        "status": "signed",
                        "language": "he",
                        "snapshot_json": "{}",
                        "snapshot_sha256": "",
                        "pdf": b"",
                        "pdf_sha256": "",
                        "created_at": signed,
                        "signed_at": signed,
                    }
                )
            if cid % 20 == 0:
                quarter_start = dt.date(TODAY.year, 3 * ((TODAY.month - 1) // 3) + 1, 1)
                for n in range(8):
                    opened = dt.datetime.combine(quarter_start, dt.time(9), dt.UTC) + dt.timedelta(
                        hours=rng.randint(0, 24 * 60)
                    )
                    # Answered within the 30 minutes agreed, but for one in twenty.
                    late = rng.random() < 0.05
                    answered = opened + dt.timedelta(
                        minutes=rng.randint(31, 120) if late else rng.randint(5, 30)
                    )
                    incidents.append(
                        {
                            "customer_id": cid,
                            "ticket": f"B-{cid}-{n}",
                            "severity": "critical",
                            "opened": opened,
                            "first_response": answered,
                            "resolved": answered,
                            "service_down": False,
                            "system": "",
                            "title": "",
                        }
                    )
        for table, rows in (
            (t.Expectation, expectations),
            (t.Risk, risks),
            (t.Meeting, meetings),
            (t.ActionItem, actions),
            (t.Feedback, feedback),
            (t.SummaryVersion, versions),
            (t.Incident, incidents),
        ):
            if rows:
                connection.execute(insert(table), rows)


def timed(run, runs: int) -> tuple[float, float, int]:
    walls, cpus, count = [], [], 0
    for _ in range(runs):
        cpu, wall = time.process_time(), time.perf_counter()
        count = len(run().items)
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return statistics.median(walls) * 1000, statistics.median(cpus) * 1000, count


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True, help="from generate_db.py")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "home.sqlite3"
        shutil.copy(args.db, path)
        os.environ.setdefault("ACCOUNTDESK_BACKUP_DIR", folder)
        db = Database(path)
        try:
            populate(db)
            everyone = AgendaQuery(today=TODAY, limit=VIEW_LIMIT)
            mine = AgendaQuery(today=TODAY, staff="Staff 3", mine=True, limit=VIEW_LIMIT)
            agenda(db, everyone)  # the first run pays for the imports and the page cache
            runs = (
                ("all customers", everyone),
                ("my customers", mine),
                ("all, no limit", AgendaQuery(today=TODAY)),  # `accountdesk home --json`
            )
            for label, query in runs:
                wall, cpu, count = timed(lambda q=query: agenda(db, q), args.runs)
                verdict = "ok" if wall <= TARGET_MS else "OVER"
                print(
                    f"{label:14} {count:6} items  wall {wall:7.1f} ms  cpu {cpu:7.1f} ms"
                    f"  (target ≤ {TARGET_MS:.0f} ms wall: {verdict})"
                )
        finally:
            db.close()


if __name__ == "__main__":
    main()
