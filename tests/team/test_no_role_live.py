"""A person whose only role the manager takes away, while the app is open or before it
starts: one clear message, every action on customers off, nothing read, no errors; their
role given back, everything returns."""

from __future__ import annotations

import psycopg
import pytest
from PySide6.QtWidgets import QApplication
from sqlalchemy import text
from test_role_changed_live import WITHIN_MS, _give_role

from accountdesk.domain.team import TeamRole
from accountdesk.storage.notifications import STAFF_CHANNEL
from accountdesk.ui.formatting import plain
from accountdesk.ui.window.team import CUSTOMER_ACTIONS, NO_ROLE

S = TeamRole.SUPPORTER


def _revoke(team_db, login: str) -> None:
    """The manager takes the person's group role away, on a connection of their own."""
    with psycopg.connect(team_db.url, autocommit=True) as connection:
        connection.execute(f'REVOKE "{team_db.prefix}_{S.value}" FROM "{login}"')
        connection.execute(f"SELECT pg_notify('{STAFF_CHANNEL}', '')")


@pytest.fixture
def supporter_login(team_db):
    login = team_db.logins[S]
    yield login
    _give_role(team_db, login, S)


def _actions_on(window) -> dict[str, bool]:
    return {name: window.actions_[name].isEnabled() for name in CUSTOMER_ACTIONS}


def _told(window) -> bool:
    banner = window.team.banner
    return (
        window.statusBar().currentMessage() == NO_ROLE
        and not banner.isHidden()
        and plain(banner.text()) == NO_ROLE
    )


def test_a_role_taken_away_leaves_one_message_and_no_errors(
    window_as, team_db, supporter_login, qtbot
):
    window = window_as(S)
    assert window.live.bridge.listener.wait_listening(10)
    assert any(_actions_on(window).values())
    qtbot.wait(300)  # what the window reads once shown, read while the role is there
    window.home.refresh()
    assert not window.home.notice.isHidden()  # what fell due, without a tray

    _revoke(team_db, supporter_login)
    qtbot.waitUntil(lambda: _told(window), timeout=WITHIN_MS)
    assert not any(_actions_on(window).values())
    assert window.context.session is None  # the file it could no longer read is closed
    assert not window.customers.view.isEnabled()
    window.home.refresh()  # what the refresh timer does: nothing read, nothing said
    window.actions_["home"].trigger()
    qtbot.wait(300)
    assert window.home.notice.isHidden()  # nor the notice of what fell due
    assert window.home.tree.topLevelItemCount() == 0
    assert QApplication.activeModalWidget() is None

    _give_role(team_db, supporter_login, S)
    qtbot.waitUntil(lambda: window.team.banner.isHidden(), timeout=WITHIN_MS)
    assert _actions_on(window)["find"] and _actions_on(window)["import_systems_csv"]
    assert window.customers.view.isEnabled() and window.list_model.rowCount() > 0
    assert QApplication.activeModalWidget() is None


def test_starting_without_a_role_says_so_without_errors(window_as, team_db, supporter_login, qtbot):
    _revoke(team_db, supporter_login)
    window = window_as(S, open_file=False)
    window.team.opened(team_db.url_as(S), None)  # as the app does once its window is up
    qtbot.waitUntil(lambda: _told(window), timeout=WITHIN_MS)
    assert not any(_actions_on(window).values())
    assert window.list_model.rowCount() == 0
    assert QApplication.activeModalWidget() is None

    _give_role(team_db, supporter_login, S)
    qtbot.waitUntil(lambda: window.team.banner.isHidden(), timeout=WITHIN_MS)
    assert window.actions_["find"].isEnabled() and window.list_model.rowCount() > 0


def _revoke_unannounced(team_db, login: str) -> None:
    """The role taken away in psql, as an administrator may: no notice follows."""
    with psycopg.connect(team_db.url, autocommit=True) as connection:
        connection.execute(f'REVOKE "{team_db.prefix}_{S.value}" FROM "{login}"')


def test_a_role_taken_away_unannounced_is_found_at_the_next_read(
    window_as, team_db, supporter_login, qtbot
):
    window = window_as(S)
    assert window.live.bridge.listener.wait_listening(10)
    window.controller.close_file()
    qtbot.wait(300)

    _revoke_unannounced(team_db, supporter_login)
    qtbot.wait(500)
    assert not window.team.banner.isVisible()  # nothing heard: the window cannot know yet
    window.controller.open_customer(team_db.other)  # its read is refused
    assert "no role in this team database that may read the details" in (
        window.statusBar().currentMessage()
    )
    assert window.context.session is None

    qtbot.waitUntil(lambda: _told(window), timeout=WITHIN_MS)
    assert not any(_actions_on(window).values())
    assert window.list_model.rowCount() == 0
    assert QApplication.activeModalWidget() is None


def test_a_read_refused_is_said_in_one_line_naming_what(team_db, supporter_login):
    from accountdesk.domain.errors import RefusedError
    from accountdesk.services import customer_list, service_files
    from accountdesk.storage.database import Database

    _revoke_unannounced(team_db, supporter_login)
    db = Database(team_db.url_as(S))
    try:
        with pytest.raises(RefusedError) as refused:
            service_files.load_file(db, team_db.mine)
        assert str(refused.value) == (
            "you have no role in this team database that may read the details; "
            "ask its manager for one"
        )
        with pytest.raises(RefusedError, match="may read the details"):
            customer_list.customer_ids(db, customer_list.CustomerFilter())
    finally:
        db.close()


def test_a_refused_read_tells_the_listener_once_in_a_while(team_db, supporter_login):
    from accountdesk.domain.errors import RefusedError
    from accountdesk.services import service_files
    from accountdesk.storage.database import Database
    from accountdesk.storage.notifications import STAFF_CHANGED

    _revoke_unannounced(team_db, supporter_login)
    db = Database(team_db.url_as(S))
    heard = []
    listener = db.listen(heard.append)
    try:
        for _ in range(3):  # the app reading on: one notice, not one a read
            with pytest.raises(RefusedError):
                service_files.load_file(db, team_db.mine)
        assert heard == [STAFF_CHANGED]
    finally:
        listener.stop()
        db.close()


def test_a_refused_change_tells_the_listener_too(team_db, supporter_login):
    from accountdesk.domain.errors import RefusedError
    from accountdesk.storage.database import Database
    from accountdesk.storage.notifications import STAFF_CHANGED

    db = Database(team_db.url_as(S))
    heard = []
    listener = db.listen(heard.append)
    try:
        _revoke_unannounced(team_db, supporter_login)
        with pytest.raises(RefusedError, match="nothing was saved"), db.transaction() as session:
            session.execute(text("UPDATE contacts SET role = role"))
        assert heard == [STAFF_CHANGED]
    finally:
        listener.stop()
        db.close()


def test_a_read_inside_another_database_s_change_is_a_read_refused(
    team_db, supporter_login, tmp_path
):
    from accountdesk.domain.errors import RefusedError
    from accountdesk.services import service_files
    from accountdesk.storage.database import Database

    _revoke_unannounced(team_db, supporter_login)
    team, local = Database(team_db.url_as(S)), Database(tmp_path / "copy.sqlite3", create=True)
    try:
        with pytest.raises(RefusedError, match="may read the details"), local.transaction():
            service_files.load_file(team, team_db.mine)  # as a copy from the server reads
    finally:
        team.close()
        local.close()


def test_a_refused_statement_outside_a_change_that_is_no_query_keeps_the_server_s_words(
    team_db, supporter_login
):
    """As a migration's or `team init`'s: the administrator's work, worded by the server."""
    from sqlalchemy.exc import ProgrammingError

    from accountdesk.storage.database import Database

    _revoke_unannounced(team_db, supporter_login)
    db = Database(team_db.url_as(S))
    try:
        refused = pytest.raises(ProgrammingError, match="permission denied for table customers")
        with refused, db.engine.begin() as connection:
            connection.execute(text("UPDATE customers SET name = name"))
    finally:
        db.close()
