"""UI test fixtures: offscreen Qt, a temporary database and temporary settings per test.

The window under test is the real one; modal questions are opened with `open()` (never a
blocking `exec()`), so a test answers them like a user: find the dialog, click a button.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before Qt is imported anywhere

import pytest
from PySide6.QtCore import QSettings, QStandardPaths, QThreadPool

from accountdesk.domain.enums import Channel, ItilRelation, Severity, Side, Topic
from accountdesk.domain.service_file import (
    ContactData,
    EscalationLevelData,
    EscalationPathData,
    ExpectationData,
    ServiceFile,
    SystemData,
)
from accountdesk.domain.service_window import SUN_TO_THU, ServiceWindow
from accountdesk.services import service_files as sf
from accountdesk.storage.database import Database
from accountdesk.ui.language import LanguageManager
from accountdesk.ui.settings import Settings

QStandardPaths.setTestModeEnabled(True)


def acme() -> ServiceFile:
    yossi = ContactData(
        name="Yossi Cohen",
        role="IT manager",
        phone="03-555-1234",
        email="yossi@acme.example",
        itil_relation=ItilRelation.DECISION_MAKER,
    )
    return ServiceFile(
        name="Acme Logistics",
        industry="Logistics",
        supporter="Dana Levi",
        backup_supporter="Omid Rahimi",
        account_manager="Ruth Klein",
        window=ServiceWindow(SUN_TO_THU, 8 * 60, 18 * 60, "Asia/Jerusalem"),
        next_review=dt.date(2020, 1, 1),
        contacts=[yossi],
        systems=[
            SystemData(
                name="Exchange", host="mail01.acme.example", address="10.0.0.5", owner_key=yossi.key
            ),
            SystemData(name="ERP", host="erp-prod.acme.example", serial="SN-4411"),
        ],
        escalation_paths=[
            EscalationPathData(
                severity=Severity.CRITICAL,
                levels=[
                    EscalationLevelData(staff_name="Dana Levi"),
                    EscalationLevelData(
                        after_minutes=30, contact_key=yossi.key, channel=Channel.MOBILE
                    ),
                ],
            )
        ],
        expectations=[
            ExpectationData(
                customer_words="Mail must not go down",
                topic=Topic.AVAILABILITY,
                failures_per_year=4,
                hours_per_failure=4,
            )
        ],
    )


def hebrew_customer() -> ServiceFile:
    return ServiceFile(
        name="מרפאות השרון",
        industry="בריאות",
        supporter="Dana Levi",
        contacts=[ContactData(name="רונית אברהם", phone="09-555-0101", side=Side.CUSTOMER)],
        systems=[SystemData(name="רשומה רפואית", host="emr.sharon.example")],
    )


def persian_customer() -> ServiceFile:
    return ServiceFile(
        name="داده‌پردازان پارس",
        industry="فناوری",
        supporter="Omid Rahimi",
        contacts=[ContactData(name="مریم احمدی", phone="+98 21 8888 7777", side=Side.CUSTOMER)],
    )


@pytest.fixture(scope="session")
def template_db(tmp_path_factory):
    """Made once (migrations and saves take time); each test gets a copy."""
    path = tmp_path_factory.mktemp("template") / "ui.sqlite3"
    database = Database(path, create=True)
    for file in (acme(), hebrew_customer(), persian_customer()):
        sf.save_file(database, file)
    database.close()
    return path


@pytest.fixture
def db(tmp_path, template_db):
    shutil.copyfile(template_db, tmp_path / "ui.sqlite3")
    database = Database(tmp_path / "ui.sqlite3")
    yield database
    QThreadPool.globalInstance().waitForDone(5000)
    database.close()


@pytest.fixture
def settings(tmp_path):
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def languages(qapp):
    manager = LanguageManager(qapp)
    manager.apply("en")
    yield manager
    manager.apply("en")


@pytest.fixture
def window(qtbot, db, settings, languages):
    from accountdesk.ui.window.main_window import MainWindow

    main = MainWindow(db, settings, languages)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    yield main
    main._may_close = True  # unsaved edits of a test are not the user's
    QThreadPool.globalInstance().waitForDone(5000)


@pytest.fixture
def tabbed_window(qtbot, db, settings, languages, monkeypatch):
    """The window with the tabs the app adds at start-up (Incidents, Service reports…)."""
    from accountdesk.ui.app import register_extra_tabs
    from accountdesk.ui.file.view import FileView
    from accountdesk.ui.window.main_window import MainWindow

    monkeypatch.setattr(FileView, "_registered", [])
    register_extra_tabs()
    main = MainWindow(db, settings, languages)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    yield main
    main._may_close = True
    QThreadPool.globalInstance().waitForDone(5000)
