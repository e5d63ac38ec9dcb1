"""Two customers in a fresh database: a Sunday-to-Thursday office in Israel and a 24×7
one in London, each with systems, so rows can name them by name or host."""

from __future__ import annotations

import pytest

from accountdesk.domain.service_file import ServiceFile, SystemData
from accountdesk.domain.service_window import SUN_TO_THU, ServiceWindow
from accountdesk.services.service_files import save_file
from accountdesk.storage.database import Database

OFFICE = "משרד עורכי דין כהן"
ALWAYS = "Harbour Retail"


@pytest.fixture
def db(tmp_path):
    database = Database(tmp_path / "incidents.sqlite3", create=True)
    office = ServiceFile(
        name=OFFICE,
        window=ServiceWindow(SUN_TO_THU, 8 * 60, 18 * 60, "Asia/Jerusalem"),
        systems=[SystemData(name="שרת קבצים", host="fs01.cohen.local")],
    )
    always = ServiceFile(
        name=ALWAYS,
        country="GB",
        window=ServiceWindow.always("Europe/London"),
        systems=[SystemData(name="Tills", host="pos.harbour.example")],
    )
    save_file(database, office)
    save_file(database, always)
    yield database
    database.close()


@pytest.fixture
def ids(db):
    from accountdesk.services.service_files import find_customer_id

    return {OFFICE: find_customer_id(db, OFFICE), ALWAYS: find_customer_id(db, ALWAYS)}
