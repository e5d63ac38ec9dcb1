"""A role changed on the server while the app is open shows at once: the manager runs
`team add-staff NAME --role ROLE` again (here through the service the command calls, on
a connection of its own), and the window signed in as that person re-applies the rights —
its actions, the open file's read-only parts — within two seconds, and says in the status
bar what the person may do now, in the UI language."""

from __future__ import annotations

import time

import psycopg
import pytest

from accountdesk.domain.team import NO_FILES, ONLY_READ, ONLY_READING, ONLY_SUPPORT, TeamRole
from accountdesk.services import team
from accountdesk.storage.database import Database
from accountdesk.storage.notifications import STAFF_CHANNEL
from accountdesk.ui.formatting import plain
from accountdesk.ui.labels import word
from accountdesk.ui.window.team import NEW_ROLE

S, M, A = TeamRole.SUPPORTER, TeamRole.MANAGER, TeamRole.AUDITOR
WITHIN_MS = 2000


def _staff_name(team_db, login: str) -> str:
    with psycopg.connect(team_db.url) as connection:
        row = connection.execute(
            "SELECT name FROM staff_members WHERE db_role = %s", (login,)
        ).fetchone()
    assert row is not None
    return str(row[0])


def _give_role(team_db, login: str, role: TeamRole) -> None:
    """What the manager's `accountdesk team add-staff NAME --role ROLE --login LOGIN` does."""
    owner = Database(team_db.url)
    try:
        team.add_staff(owner, _staff_name(team_db, login), role, login)
    finally:
        owner.close()


@pytest.fixture
def supporter_login(team_db):
    login = team_db.logins[S]
    yield login
    _give_role(team_db, login, S)  # as the module's other tests expect them


def _state(window) -> dict[str, object]:
    """What the person sees: the actions on or off, the open file's fields and banner."""
    actions = window.actions_
    overview = window.file_view.tab("overview")
    industry = overview.customer_form.field_editors()["industry"]
    banner = window.file_view.rights_banner
    return {
        "new_customer": actions["new_customer"].isEnabled(),
        "archive_customer": actions["archive_customer"].isEnabled(),
        "save": actions["save"].isEnabled(),
        "industry": (industry.isEnabled(), industry.toolTip()),
        "banner": plain(banner.text()) if not banner.isHidden() else "",
    }


def _wait_for(qtbot, window, wanted: dict[str, object]) -> float:
    started = time.monotonic()
    qtbot.waitUntil(lambda: _state(window) == wanted, timeout=WITHIN_MS)
    return time.monotonic() - started


def test_a_role_changed_by_the_manager_is_applied_without_reconnecting(
    window_as, team_db, supporter_login, qtbot
):
    window = window_as(S)
    listener = window.live.bridge.listener
    assert listener is not None and listener.wait_listening(10)
    support_only = word("Rights", ONLY_SUPPORT)
    assert _state(window) == {
        "new_customer": False,
        "archive_customer": False,
        "save": True,
        "industry": (False, support_only),
        "banner": support_only,
    }
    assert window.actions_["new_customer"].toolTip() == word("Rights", NO_FILES)

    _give_role(team_db, supporter_login, M)
    _wait_for(
        qtbot,
        window,
        {
            "new_customer": True,
            "archive_customer": True,
            "save": True,
            "industry": (True, ""),
            "banner": "",
        },
    )
    assert window.statusBar().currentMessage() == NEW_ROLE[M]

    _give_role(team_db, supporter_login, A)
    read_only = word("Rights", ONLY_READ)
    _wait_for(
        qtbot,
        window,
        {
            "new_customer": False,
            "archive_customer": False,
            "save": False,
            "industry": (False, read_only),
            "banner": read_only,
        },
    )
    assert window.statusBar().currentMessage() == NEW_ROLE[A]
    assert window.actions_["new_customer"].toolTip() == word("Rights", ONLY_READING)


def test_the_change_is_said_in_the_ui_language(window_as, team_db, supporter_login, qtbot):
    window = window_as(S)
    assert window.live.bridge.listener.wait_listening(10)
    window.set_language("fa")
    _give_role(team_db, supporter_login, M)
    qtbot.waitUntil(lambda: window.actions_["new_customer"].isEnabled(), timeout=WITHIN_MS)
    said = window.statusBar().currentMessage()
    assert said and said != NEW_ROLE[M]
    assert "مدیر" in said


def test_the_server_announces_every_change_of_the_staff_list(team_db):
    """Any client's change of the staff list (not only `team add-staff`) is announced."""
    with psycopg.connect(team_db.url, autocommit=True) as listening:
        listening.execute(f"LISTEN {STAFF_CHANNEL}")
        with psycopg.connect(team_db.url, autocommit=True) as other:
            other.execute("UPDATE staff_members SET phone = phone WHERE db_role IS NULL")
        heard = list(listening.notifies(timeout=2, stop_after=1))
    assert [notice.channel for notice in heard] == [STAFF_CHANNEL]
