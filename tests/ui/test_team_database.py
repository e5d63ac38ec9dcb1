"""File → Connect to a team database: each failure a dialog that says which and what to do;
a password typed is never stored; the offline copy opens, read-only and dated, when the
server cannot be reached."""

from __future__ import annotations

import datetime as dt
import socket

import pytest
from PySide6.QtWidgets import QLineEdit
from ui_helpers import modal

from accountdesk.services import service_files as sf
from accountdesk.storage import offline_copy
from accountdesk.storage.database import Database
from accountdesk.storage.server_urls import without_password
from accountdesk.ui import app as ui_app
from accountdesk.ui.formatting import plain
from accountdesk.ui.window.connect_dialog import ConnectDialog
from accountdesk.ui.window.server_problem import ServerChoice, ServerProblemDialog, age_text
from tests.postgres import admin_url, fresh_database, require_server


def _closed_port_url() -> str:
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"postgresql://dana@127.0.0.1:{port}/accountdesk"


def _problem_for(qtbot, url: str, password: str = "") -> ServerProblemDialog:
    dialog = ConnectDialog(url)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.password.setText(password)
    dialog.try_connect()
    problem = modal(qtbot, ServerProblemDialog)
    assert dialog.database is None and not dialog.isHidden()
    return problem


def test_an_unreachable_server_says_so_and_what_to_do(qtbot, languages):
    url = _closed_port_url()
    problem = _problem_for(qtbot, url)
    assert problem.windowTitle() == "The database server cannot be reached"
    reason = plain(problem.reason.text())
    assert reason.startswith(
        f"cannot reach the database server 127.0.0.1:{url.split(':')[2].split('/')[0]}"
    )
    assert "check that it is running and that the address and port are right" in reason
    assert not problem.offline_button.isVisible()  # no copy kept for this server
    problem.close_button.click()


def test_a_wrong_password_and_a_missing_database_each_say_which(qtbot, languages):
    require_server()
    server = admin_url().rsplit("/", 1)[0].replace(":accountdesk_test@", "@")
    problem = _problem_for(qtbot, f"{server}/postgres", password="not the password")
    assert problem.windowTitle() == "The database server refused the login"
    assert "check the user name and the password (~/.pgpass or PGPASSWORD)" in plain(
        problem.reason.text()
    )
    problem.close_button.click()
    problem = _problem_for(qtbot, f"{server}/no_such_db_here", password="accountdesk_test")
    assert problem.windowTitle() == "The database does not exist"
    assert "there is no database no_such_db_here on 127.0.0.1:5432" in plain(problem.reason.text())
    problem.close_button.click()


def test_bad_fields_are_named_and_nothing_is_tried(qtbot, languages):
    dialog = ConnectDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.url_field.setText("db.example.org/accountdesk")
    dialog.try_connect()
    assert dialog.error.isVisible() and dialog.error.text().startswith("URL:")
    dialog.tabs.setCurrentIndex(1)
    dialog.host.setText("db.example.org")
    dialog.try_connect()
    assert dialog.error.text() == "Database: required (its name on the server)"
    dialog.database_name.setText("accountdesk")
    dialog.user.setText("dana")
    dialog.sslmode.setCurrentIndex(dialog.sslmode.findData("verify-full"))
    dialog.sslrootcert.setText("/etc/ssl/team-ca.pem")
    assert dialog.target_url() == (
        "postgresql://dana@db.example.org:5432/accountdesk"
        "?sslmode=verify-full&sslrootcert=%2Fetc%2Fssl%2Fteam-ca.pem"
    )


@pytest.fixture
def team_database():
    with fresh_database() as url:
        db = Database(url, create=True)
        from tests.ui.conftest import acme, hebrew_customer

        for file in (acme(), hebrew_customer()):
            sf.save_file(db, file)
        db.close()
        yield url


def test_connecting_shows_the_team_database_and_keeps_no_password(
    qtbot, window, settings, tmp_path, team_database
):
    password = "accountdesk_test"
    url = without_password(team_database)
    window.team.connect_dialog()
    dialog = modal(qtbot, ConnectDialog)
    dialog.url_field.setText(url)
    dialog.password.setText(password)
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: window.team.url == url)
    assert window.context.db.location == url
    assert url in window.windowTitle()
    assert plain(window.team.where.text()) == f"Team database: {url}"
    assert window.list_model.rowCount() == 2
    assert [a.text() for a in window.actions_.menus["recent_servers"].actions()] == [url]
    settings.sync()
    stored = (tmp_path / "settings.ini").read_text(encoding="utf-8")
    # (The test role's password is its name: what must not be there is "name:password@".)
    secret = f":{password}@"
    assert url in stored and secret not in stored
    assert all(secret not in str(settings._store.value(key)) for key in settings._store.allKeys())
    # Opening a customer keeps it in the offline copy; File → Open local database goes back.
    window.controller.open_customer(window.list_model.ids()[0])
    qtbot.waitUntil(lambda: offline_copy.find(url) is not None)
    window.actions_["open_local"].trigger()
    qtbot.waitUntil(lambda: window.team.url == "")
    assert plain(window.team.where.text()).startswith("Database: ")
    window.context.db.close()


def test_an_unreachable_server_at_start_offers_the_copy_read_only_with_its_age(
    qtbot, settings, languages, monkeypatch, team_database
):
    url = _closed_port_url()
    server = Database(team_database)
    try:
        customer = sf.customer_ids(server)[0]
        offline_copy.refresh(server, url, customer)  # kept while the server could be reached
        name = sf.load_file(server, customer).name
    finally:
        server.close()
    settings.set_server_url(url)
    seen = []

    def answer(dialog):
        seen.append((dialog.windowTitle(), plain(dialog.about_copy.text())))
        dialog.choice = ServerChoice.OFFLINE
        return 1

    monkeypatch.setattr(ServerProblemDialog, "exec", answer)
    started = ui_app._start(None, False, settings)
    assert seen == [
        (
            "The database server cannot be reached",
            "A read-only copy of the 1 customer you opened recently is kept on this computer, "
            "from just now.",
        )
    ]
    from accountdesk.ui.window.main_window import MainWindow

    window = MainWindow(started.db, settings, languages)
    qtbot.addWidget(window)
    window.team.opened(started.url, started.offline)
    window.show()
    assert window.team.banner.isVisible()
    assert (
        "cannot be reached" in window.team.banner.text() and "just now" in window.team.banner.text()
    )
    assert "offline copy from just now" in window.windowTitle()
    assert not window.actions_["save"].isEnabled()
    assert not window.actions_["new_customer"].isEnabled()
    window.controller.open_customer(window.list_model.ids()[0])
    qtbot.waitUntil(lambda: window.context.session is not None)
    assert window.context.session.file.name == name
    fields = [f for f in window.file_view.findChildren(QLineEdit) if f.isVisible()]
    assert fields and all(f.isReadOnly() for f in fields)
    window._may_close = True
    window.context.db.close()


def test_the_age_is_said_in_words(languages):
    now = dt.datetime(2026, 12, 6, 12, 0, tzinfo=dt.UTC)
    assert age_text(now - dt.timedelta(seconds=20), now) == "just now"
    assert age_text(now - dt.timedelta(minutes=1), now) == "1 minute ago"
    assert age_text(now - dt.timedelta(hours=2, minutes=5), now) == "2 hours ago"
    assert age_text(now - dt.timedelta(days=3), now) == "3 days ago"
