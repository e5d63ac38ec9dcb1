"""A team database on the test server: demo customers, the four group roles under a
prefix of its own, and a login for each kind of team member, all dropped afterwards
(roles are the server's, shared by every database on it)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

import psycopg
import pytest
from sqlalchemy.engine import make_url

from accountdesk.domain.team import TeamRole
from accountdesk.services import team
from accountdesk.services.demo import create_demo
from accountdesk.storage.database import Database
from tests.postgres import admin_url, fresh_database

PASSWORD = "team-test"  # set on the test logins by the test, as an administrator would


@dataclass
class Team:
    url: str  # the administrator's (the owner's)
    prefix: str
    logins: dict[TeamRole, str]
    mine: int  # the customer the account manager manages and the supporter supports
    other: int  # a customer of neither

    def url_as(self, role: TeamRole) -> str:
        login = self.logins[role]
        return (
            make_url(self.url)
            .set(username=login, password=PASSWORD)
            .render_as_string(hide_password=False)
        )


def _people(db: Database) -> tuple[int, int, str, str]:
    """Two customers with different account managers and supporters: (mine, other,
    account manager of mine, supporter of mine)."""
    from sqlalchemy import select

    from accountdesk.storage import tables as t

    with db.session() as session:
        rows = session.execute(
            select(t.Customer.id, t.Customer.account_manager_id, t.Customer.supporter_id).order_by(
                t.Customer.id
            )
        ).all()
        mine = rows[0]
        other = next(
            r for r in rows if r[1] != mine[1] and mine[2] not in (r[2], r[1]) and r[0] != mine[0]
        )
        staff = {s.id: s.name for s in session.scalars(select(t.StaffMember))}
        backup = session.scalar(
            select(t.Customer.backup_supporter_id).where(t.Customer.id == other[0])
        )
        assert backup != mine[2]
        return mine[0], other[0], staff[mine[1]], staff[mine[2]]


def _fill_what_the_demo_lacks(url: str, customers: list[int]) -> None:
    """A summary version, a signatory and another name for each customer."""
    with psycopg.connect(url, autocommit=True) as connection:
        for customer in customers:
            version = connection.execute(
                "INSERT INTO summary_versions (customer_id, number, status, language, "
                "snapshot_json, snapshot_sha256, pdf, pdf_sha256, issued_by, created_at, "
                "signature_boxes_json, signed_pdf_sha256) VALUES "
                "(%s, 1, 'draft', 'en', '{}', '', '', '', '', now(), '', '') RETURNING id",
                (customer,),
            ).fetchone()
            assert version is not None
            connection.execute(
                "INSERT INTO signatories (version_id, side, name, role, method, strokes_json, "
                "scan_name, scan_sha256, pdf_sha256) VALUES "
                "(%s, 'customer', 'Signer', '', 'paper', '', '', '', '')",
                (version[0],),
            )
            connection.execute(
                "INSERT INTO customer_aliases (customer_id, alias, folded) VALUES (%s, %s, %s)",
                (customer, f"Alias {customer}", f"alias {customer}"),
            )


def _drop_roles(names: list[str]) -> None:
    with psycopg.connect(admin_url(), autocommit=True) as admin:
        for name in names:
            admin.execute(f'DROP ROLE IF EXISTS "{name}"')


@pytest.fixture(scope="module")
def team_db():
    prefix = f"adkt{uuid.uuid4().hex[:8]}"
    logins = {role: f"{prefix}_{role.value}_login" for role in TeamRole}
    roles = [*logins.values(), *(f"{prefix}_{role.value}" for role in TeamRole)]
    try:
        with fresh_database() as url:
            db = Database(url, create=True)
            create_demo(db)
            mine, other, manager_name, supporter_name = _people(db)
            team.init_team(url, prefix)
            names = {
                TeamRole.MANAGER: "Team Manager",
                TeamRole.ACCOUNT_MANAGER: manager_name,
                TeamRole.SUPPORTER: supporter_name,
                TeamRole.AUDITOR: "Team Auditor",
            }
            for role, login in logins.items():
                team.add_staff(db, names[role], role, login)
            db.close()
            _fill_what_the_demo_lacks(url, [mine, other])
            with psycopg.connect(url, autocommit=True) as connection:
                for login in logins.values():
                    connection.execute(f"ALTER ROLE {login} PASSWORD '{PASSWORD}'")
                    connection.execute(f"GRANT {login} TO CURRENT_USER")  # for SET ROLE
            yield Team(url, prefix, logins, mine, other)
    finally:
        _drop_roles(roles)


@pytest.fixture
def window_as(qtbot, qapp, tmp_path, team_db, monkeypatch):
    """A main window signed in as a kind of team member, the customer of theirs open
    (`mine`; another with `customer=`), with every tab the app has."""
    from PySide6.QtCore import QCoreApplication, QEvent, QSettings, QThreadPool

    from accountdesk.ui.app import register_extra_tabs
    from accountdesk.ui.file.view import FileView
    from accountdesk.ui.language import LanguageManager
    from accountdesk.ui.settings import Settings
    from accountdesk.ui.window.main_window import MainWindow

    monkeypatch.setattr(FileView, "_registered", [])
    register_extra_tabs()
    opened = []
    languages = LanguageManager(qapp)
    languages.apply("en")

    def sign_in(role: TeamRole, customer: int | None = None, open_file: bool = True) -> MainWindow:
        db = Database(team_db.url_as(role))
        settings = Settings(QSettings(str(tmp_path / f"{role}.ini"), QSettings.Format.IniFormat))
        main = MainWindow(db, settings, languages)
        main.show()
        opened.append((main, db))
        if open_file:
            main.controller.open_customer(team_db.mine if customer is None else customer)
            qtbot.waitUntil(lambda: main.context.session is not None)
        return main

    yield sign_in
    for main, db in opened:
        main._may_close = True
        QThreadPool.globalInstance().waitForDone(5000)
        main.close()
        # Gone before the next test changes the language: a window left over would answer
        # it by reading a database whose roles are dropped.
        main.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
        db.close()
    languages.apply("en")  # a test that changed it leaves English to the next
