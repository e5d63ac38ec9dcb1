"""Two people at two desks on one team database: the supporter's window shows the
customer's expectations read-only (and says why) but lets them change its systems; the
account manager's shows everything editable."""

from __future__ import annotations

from accountdesk.domain.team import ONLY_SUPPORT, TeamRole


def test_the_supporter_reads_the_expectations_and_changes_the_systems(window_as):
    window = window_as(TeamRole.SUPPORTER)
    view = window.file_view
    assert view.rights_banner.isVisibleTo(window)
    assert ONLY_SUPPORT in view.rights_banner.text()
    assert not view.show_tab("expectations").table.add_button.isEnabled()
    assert view.show_tab("systems").table.add_button.isEnabled()
    assert not view.show_tab("overview").customer_form.editors["name"].isEnabled()


def test_the_account_manager_changes_everything_of_their_customer(window_as):
    window = window_as(TeamRole.ACCOUNT_MANAGER)
    view = window.file_view
    assert not view.rights_banner.isVisibleTo(window)
    assert view.show_tab("expectations").table.add_button.isEnabled()
    assert view.show_tab("overview").customer_form.editors["name"].isEnabled()
