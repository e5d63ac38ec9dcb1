"""The team database's server lost while the window is open (stopped, or the network
gone): every read says so in one line, in the status bar; what is on screen stays; nothing
ends in a traceback (pytest-qt fails a test on an exception in a slot)."""

from __future__ import annotations

import socket
import sys
from collections.abc import Callable
from dataclasses import replace
from types import SimpleNamespace

import psycopg
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import event, update
from sqlalchemy.engine import make_url
from ui_helpers import click_row, modal

from accountdesk.domain import messages as m
from accountdesk.domain.errors import ServerDatabaseError
from accountdesk.services import customer_list
from accountdesk.services import service_files as sf
from accountdesk.services.search import search
from accountdesk.storage import offline_copy
from accountdesk.storage.database import Database
from accountdesk.storage.server_urls import without_password
from accountdesk.storage.tables import StaffMember
from accountdesk.ui.customers.model import NAME
from accountdesk.ui.formatting import plain
from tests.postgres import admin_url, fresh_database

UNREACHABLE = "cannot reach the database server"
DANA = "dana.levi@example.com"


@pytest.fixture
def server_db():
    with fresh_database() as url:
        db = Database(url, create=True)
        from tests.ui.conftest import acme, hebrew_customer

        for file in (acme(), hebrew_customer()):
            sf.save_file(db, file)
        yield db
        db.close()


def lose_server(db: Database) -> Callable[[], None]:
    """As a stopped server looks to the app: its connections end, and a new one is
    refused (the pool is sent to a port nothing listens on). Returns what brings the
    server back."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]

    @event.listens_for(db.engine, "do_connect")
    def _refused(_dialect, _record, _cargs, cparams):
        cparams.update(host="127.0.0.1", port=port)

    end_sessions(db)
    return lambda: event.remove(db.engine, "do_connect", _refused)


def end_sessions(db: Database) -> None:
    """The server ends the database's sessions, as at a restart."""
    with psycopg.connect(admin_url(), autocommit=True) as admin:
        admin.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE datname = %s AND usename = current_user AND pid <> pg_backend_pid()",
            (make_url(db.engine.url).database,),
        )


def test_each_read_of_a_lost_server_says_so_in_one_line(server_db):
    assert customer_list.customer_ids(server_db)
    lose_server(server_db)
    for read in (
        lambda: customer_list.customer_ids(server_db),
        lambda: search(server_db, "acme"),
        lambda: sf.load_file(server_db, 1),
    ):
        with pytest.raises(ServerDatabaseError) as caught:
            read()
        assert caught.value.template == m.SERVER_UNREACHABLE
        assert "\n" not in str(caught.value)


def test_a_server_restarted_since_is_reconnected_quietly(server_db):
    customer_list.customer_ids(server_db)
    end_sessions(server_db)
    assert len(customer_list.customer_ids(server_db)) == 2


def test_a_server_gone_silent_is_given_up_on_within_a_minute(server_db):
    with server_db.engine.connect() as connection:
        dsn = connection.connection.driver_connection.info.dsn
    limits = dict(part.split("=", 1) for part in dsn.split())
    assert limits["keepalives"] == "1"
    idle, interval, count = (
        int(limits[n]) for n in ("keepalives_idle", "keepalives_interval", "keepalives_count")
    )
    assert idle + interval * count <= 60 and int(limits["tcp_user_timeout"]) <= 60_000
    # The URL's own settings win.
    own = Database(f"{server_db.url}?keepalives_idle=45")
    try:
        with own.engine.connect() as connection:
            assert "keepalives_idle=45" in connection.connection.driver_connection.info.dsn
    finally:
        own.close()


def test_ctrl_c_in_a_statement_stays_an_interruption(server_db):
    def interrupted(*_args):
        raise KeyboardInterrupt

    event.listen(server_db.engine, "before_cursor_execute", interrupted)
    try:
        with pytest.raises(KeyboardInterrupt):
            customer_list.customer_ids(server_db)
    finally:
        event.remove(server_db.engine, "before_cursor_execute", interrupted)
    assert len(customer_list.customer_ids(server_db)) == 2


def test_a_save_to_a_lost_server_says_so_in_one_line(server_db):
    file = sf.load_file(server_db, customer_list.customer_ids(server_db)[0])
    lose_server(server_db)
    with pytest.raises(ServerDatabaseError) as caught:
        sf.save_file(server_db, replace(file, industry="Retail"))
    assert caught.value.template == m.SERVER_UNREACHABLE


def test_the_window_says_the_server_is_lost_and_keeps_what_it_shows(
    qtbot, server_db, settings, languages, monkeypatch, tmp_path
):
    from accountdesk.ui.window import choosers
    from accountdesk.ui.window.main_window import MainWindow

    with server_db.engine.begin() as connection:  # a detail only the staff list holds
        connection.execute(
            update(StaffMember).where(StaffMember.name == "Dana Levi").values(email=DANA)
        )
    exported = tmp_path / "acme.json"
    monkeypatch.setattr(choosers, "save_path", lambda *_args: exported)
    window = MainWindow(server_db, settings, languages)
    window.show()
    qtbot.waitExposed(window)
    try:
        _lose_and_find_again(qtbot, window, server_db, exported)
    finally:  # gone before its database is: nothing of it reads at the fixtures' ends
        window._may_close = True
        window.close()
        window.deleteLater()
        qtbot.wait(50)


def _lose_and_find_again(qtbot, window, server_db, exported) -> None:
    first, second = window.list_model.ids()
    window.controller.open_customer(first)
    qtbot.waitUntil(lambda: window.controller.session is not None)
    supporters = window.customers.supporter.count()
    assert supporters > 1  # "Everyone" and the staff
    back = lose_server(server_db)

    def said() -> bool:
        return UNREACHABLE in window.statusBar().currentMessage()

    view = window.customers.view
    pressed = view.visualRect(window.list_model.index(window.list_model.row_of(second), NAME))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pressed.center())
    qtbot.waitUntil(said)
    assert window.controller.session.file.id == first  # the open file stays open,
    assert window.customers.current_id() == first  # and stays the one the list shows

    def shows_the_open_file() -> bool:  # highlighted, once the click is over
        rows = [index.row() for index in view.selectionModel().selectedRows()]
        return rows == [window.list_model.row_of(first)]

    qtbot.waitUntil(shows_the_open_file)
    assert view.currentIndex().row() == window.list_model.row_of(first)

    window.statusBar().clearMessage()
    window.list_model.reload()
    qtbot.waitUntil(said)
    assert window.list_model.ids() == [first, second]  # the list stays as it was

    window.context.reload_staff()  # as when a colleague changes the staff
    window._load_list()
    assert window.customers.supporter.count() == supporters  # the names stay to choose
    window.io.export_current()
    box = modal(qtbot, QMessageBox)
    assert plain(box.text()).startswith(UNREACHABLE)  # not a file without the staff
    box.accept()
    assert not exported.exists()
    # "Keep a copy of my version" (a colleague's save beside mine) keeps it, whatever the
    # server; the saved version cannot be read to show instead.
    window.statusBar().clearMessage()
    assert not window.controller._export_mine(window.controller.session)
    assert window.controller.session.file.name in exported.read_text(encoding="utf-8")
    assert said()
    exported.unlink()

    window.statusBar().clearMessage()
    window.search.field.setText("acme")
    qtbot.waitUntil(said, timeout=5000)

    industry = window.file_view.show_tab("overview").customer_form.editors["industry"]
    industry.setText("Shipping")
    window.controller.save()
    box = modal(qtbot, QMessageBox)
    assert plain(box.text()).startswith(UNREACHABLE)  # not "the database refused the save"
    box.accept()
    assert window.isWindowModified()  # the edit is kept, to save once the server is back

    back()  # the server again: the pool connects anew, quietly
    window.io.export_current()
    assert DANA in exported.read_text(encoding="utf-8")
    assert window.controller.save()
    assert sf.load_file(server_db, first).industry == "Shipping"

    back = lose_server(server_db)  # lost again, with the home view shown
    window.show_home()
    window.home.refresh()
    assert UNREACHABLE in plain(window.home.notice.text())
    back()
    window.live.staff_changed.emit()  # as the listener says the server answers again
    qtbot.waitUntil(lambda: UNREACHABLE not in plain(window.home.notice.text()))
    window.controller.open_customer(second)
    qtbot.waitUntil(lambda: window.controller.session.file.id == second)


def test_a_failure_no_read_foresaw_is_said_in_the_status_bar(window, monkeypatch):
    from accountdesk.ui.window.uncaught import say_database_failures

    seen = []
    monkeypatch.setattr(sys, "excepthook", lambda *args: seen.append(args[1]))
    say_database_failures(window)
    lost = ServerDatabaseError(m.SERVER_UNREACHABLE, server="db.example:5432", reason="timeout")
    sys.excepthook(type(lost), lost, None)
    assert plain(window.statusBar().currentMessage()) == (
        "cannot reach the database server db.example:5432 (timeout); "
        "check that it is running and that the address and port are right"
    )
    other = ValueError("not the database's")
    sys.excepthook(type(other), other, None)
    assert seen == [other]  # anything else: the hook there was


def test_the_history_read_while_the_server_is_lost_is_read_again_when_back(
    qtbot, server_db, settings, languages, monkeypatch
):
    from accountdesk.domain.errors import DatabaseError
    from accountdesk.ui.app import register_extra_tabs
    from accountdesk.ui.file.view import FileView
    from accountdesk.ui.window.main_window import MainWindow

    monkeypatch.setattr(FileView, "_registered", [])
    register_extra_tabs()  # the History tab is one of them
    window = MainWindow(server_db, settings, languages)
    window.show()
    qtbot.waitExposed(window)
    try:
        window.controller.open_customer(window.list_model.ids()[0])
        qtbot.waitUntil(lambda: window.controller.session is not None)
        back = lose_server(server_db)
        # In the app, the hook says it in the status bar (here the tab is shown by a call).
        with pytest.raises(DatabaseError):
            window.file_view.show_tab("history")
        history = window.file_view.tab("history").real
        assert history.entries == []
        back()
        window.file_view.show_tab("overview")
        window.file_view.show_tab("history")
        qtbot.waitUntil(lambda: history.entries != [])
    finally:
        window._may_close = True
        window.close()
        window.deleteLater()
        qtbot.wait(50)


def test_a_broken_connection_is_out_of_reach_whatever_libpqs_words(server_db):
    """A connection that broke under TLS says "SSL SYSCALL error", without the words
    "connection" or "timeout" the start-up's wording looks for."""
    broken = psycopg.OperationalError("SSL SYSCALL error: EOF detected")
    context = SimpleNamespace(
        is_pre_ping=False,
        original_exception=broken,
        is_disconnect=True,
        connection=object(),  # an open one
        sqlalchemy_exception=None,
        statement="SELECT 1",
    )
    said = server_db._in_one_line(context)
    assert isinstance(said, ServerDatabaseError) and said.template == m.SERVER_UNREACHABLE
    assert str(said).startswith(f"{UNREACHABLE} 127.0.0.1:") and "(SSL SYSCALL error" in str(said)


def test_a_server_lost_in_the_middle_of_a_session_offers_the_copy(
    qtbot, server_db, settings, languages
):
    """A supporter on a call, the server gone: the customer they click, or the search
    they type, says so and offers the copy of the customers they opened recently, once
    until the server answers again."""
    from accountdesk.ui.window.main_window import MainWindow
    from accountdesk.ui.window.server_problem import ServerProblemDialog

    url = without_password(server_db.url)
    window = MainWindow(server_db, settings, languages)
    window.team.opened(url, None)  # as the app does, started on the team database
    window.show()
    qtbot.waitExposed(window)
    try:
        first, second = window.list_model.ids()
        window.controller.open_customer(first)
        qtbot.waitUntil(lambda: offline_copy.find(url) is not None)  # kept as it opened
        lose_server(server_db)

        window.controller.prompt = QMessageBox(window)  # a question on screen: not over it
        window.search.field.setText("acme")
        qtbot.waitUntil(lambda: UNREACHABLE in window.statusBar().currentMessage())
        assert not window.findChildren(ServerProblemDialog)
        window.controller.prompt = None

        click_row(window.customers.view, window.list_model.row_of(second))
        offer = modal(qtbot, ServerProblemDialog)
        assert offer.windowTitle() == "The database server cannot be reached"
        assert offer.offline_button.isVisible()
        offer.close_button.click()  # not now: the open file stays, and no second offer
        window.search.field.setText("acme")
        qtbot.waitUntil(lambda: UNREACHABLE in window.statusBar().currentMessage())
        qtbot.wait(100)
        assert window.controller.prompt is None

        window.live.staff_changed.emit()  # as the listener says the server answered again
        window.search.field.setText("acme corp")  # and is lost once more
        offer = modal(qtbot, ServerProblemDialog)
        offer.offline_button.click()
        qtbot.waitUntil(lambda: window.team.offline is not None)
        assert window.team.banner.isVisible() and "cannot be reached" in window.team.banner.text()
        assert window.list_model.ids() == [first]  # the customer opened recently, read-only
        assert not window.actions_["save"].isEnabled()
    finally:
        window._may_close = True
        window.close()
        window.deleteLater()
        qtbot.wait(50)
