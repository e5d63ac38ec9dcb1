"""The service report of a stored customer: read straight from SQLite (as the command
does) or through the ORM (as the app does), the same figures and the same document."""

from __future__ import annotations

import datetime as dt

from accountdesk.domain.achievement import Period
from accountdesk.domain.enums import ExpectationStatus
from accountdesk.domain.service_file import ExpectationData, ServiceFile
from accountdesk.domain.service_window import SUN_TO_THU, ServiceWindow
from accountdesk.services import service_files as sf
from accountdesk.services.incidents.importer import import_incidents
from accountdesk.services.incidents.mappings import GENERIC
from accountdesk.services.incidents.records import period_incidents
from accountdesk.services.service_report import report_pdf, report_pdf_at
from accountdesk.storage import read_only
from accountdesk.storage.database import Database

HEADER = "ticket,customer,system,severity,opened,first_response,resolved,service_down,title\n"
QUARTER = Period(dt.date(2026, 1, 1), dt.date(2026, 3, 31))


def _database(tmp_path):
    db = Database(tmp_path / "report.sqlite3", create=True)
    sf.save_file(
        db,
        ServiceFile(
            name="Harbour Retail",
            window=ServiceWindow(SUN_TO_THU, 8 * 60, 18 * 60, "Asia/Jerusalem"),
            expectations=[
                ExpectationData(
                    customer_words="Answer fast",
                    status=ExpectationStatus.AGREED,
                    response_critical_minutes=30,
                    availability_percent=99.5,
                )
            ],
        ),
    )
    rows = [
        # Opened before the quarter and resolved in it: it touches the quarter.
        "T-0,Harbour Retail,,critical,2025-12-31T09:00:00+02:00,,2026-01-04T10:00:00+02:00,yes,a",
        "T-1,Harbour Retail,,critical,2026-02-02T09:00:00+02:00,2026-02-02T09:20:00+02:00,"
        "2026-02-02T12:00:00+02:00,no,b",
        # Resolved before the quarter: it does not.
        "T-2,Harbour Retail,,high,2025-11-01T09:00:00+02:00,,2025-11-02T09:00:00+02:00,no,c",
        # 00:30 on 1 April in Jerusalem (summer time by then): after the quarter.
        "T-3,Harbour Retail,,low,2026-03-31T23:30:00+02:00,,,no,d",
    ]
    import_incidents(db, (HEADER + "\n".join(rows) + "\n").encode(), GENERIC)
    return db


def test_the_plain_reading_finds_the_incidents_the_orm_finds(tmp_path):
    db = _database(tmp_path)
    customer = sf.find_customer_id(db, "Harbour Retail")
    through_orm = period_incidents(db, customer, QUARTER)
    db.close()
    found = read_only.read_period(tmp_path / "report.sqlite3", "Harbour Retail", QUARTER)
    assert [i.ticket for i in found.incidents] == ["T-0", "T-1"]
    assert found.incidents == through_orm


def test_the_command_and_the_app_make_the_same_report(tmp_path):
    db = _database(tmp_path)
    customer = sf.find_customer_id(db, "Harbour Retail")
    in_app = report_pdf(db, customer, QUARTER, "en")
    db.close()
    by_command = report_pdf_at(tmp_path / "report.sqlite3", "Harbour Retail", QUARTER, "en")
    assert by_command.fingerprint == in_app.fingerprint
    assert by_command.page_count == in_app.page_count
