"""The editors' live behaviour: availability both ways, realism, escalation timeline, kickoff gaps."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from ui_helpers import fill, modal, press_ok

from accountdesk.domain.enums import Channel, Severity
from accountdesk.domain.service_file import (
    EscalationLevelData,
    EscalationPathData,
    ExpectationData,
    MeetingData,
    ServiceFile,
)
from accountdesk.domain.service_window import SUN_TO_THU, ServiceWindow
from accountdesk.ui.file.escalation_dialog import EscalationDialog
from accountdesk.ui.file.expectation_dialog import ExpectationDialog
from accountdesk.ui.file.meeting_dialog import MeetingDialog
from accountdesk.ui.file.record_dialog import RecordDialog
from accountdesk.ui.formatting import plain

JERUSALEM = ZoneInfo("Asia/Jerusalem")


@pytest.fixture
def expectation_dialog(qtbot, languages):
    def make(
        file: ServiceFile | None = None, record: ExpectationData | None = None
    ) -> ExpectationDialog:
        dialog = ExpectationDialog(
            record or ExpectationData(), None, file or ServiceFile(name="Acme"), []
        )
        qtbot.addWidget(dialog)
        dialog.show()
        return dialog

    return make


def test_four_failures_of_four_hours_over_24x7_are_99_82_percent(expectation_dialog):
    dialog = expectation_dialog()
    fill(dialog.plain_form, failures_per_year=4, hours_per_failure=4)
    percent = dialog.percent_form.editors["availability_percent"].value()
    assert round(percent, 2) == 99.82
    assert "= 99.82% available" in plain(dialog.conversion.text())
    assert "8,760 covered hours" in plain(dialog.conversion.text())


@pytest.mark.parametrize(
    ("failures", "hours", "shown"), [(4, 4, "16 hours down a year"), (2, 4, "8 hours down a year")]
)
def test_the_yearly_downtime_is_the_failures_times_the_hours_typed(
    expectation_dialog, failures, hours, shown
):
    dialog = expectation_dialog()
    fill(dialog.plain_form, failures_per_year=failures, hours_per_failure=hours)
    assert shown in plain(dialog.conversion.text())


def test_a_typed_percentage_gives_the_downtime_for_that_percentage(expectation_dialog):
    dialog = expectation_dialog()
    fill(dialog.plain_form, failures_per_year=4, hours_per_failure=4)
    fill(dialog.percent_form, availability_percent=99.9)
    # 0.1 % of 8,760 h is 8 h 46 min (8.76 h), whatever hours per failure rounds to.
    assert "8 hours 46 minutes down a year" in plain(dialog.conversion.text())


def test_a_percentage_converts_back_to_hours_keeping_the_number_of_failures(expectation_dialog):
    dialog = expectation_dialog()
    fill(dialog.plain_form, failures_per_year=4, hours_per_failure=4)
    fill(dialog.percent_form, availability_percent=99.9)
    assert dialog.plain_form.editors["failures_per_year"].value() == 4
    assert dialog.plain_form.editors["hours_per_failure"].value() == pytest.approx(2.19, abs=0.01)


def test_the_conversion_counts_only_the_service_window(expectation_dialog):
    office = ServiceFile(
        name="Office", window=ServiceWindow(SUN_TO_THU, 8 * 60, 18 * 60, "Asia/Jerusalem")
    )
    dialog = expectation_dialog(office)
    fill(dialog.plain_form, failures_per_year=4, hours_per_failure=4)
    # 5 days × 52.14 weeks × 10 h = 2,607 covered hours; 16 h down -> 99.39 %
    assert round(dialog.percent_form.editors["availability_percent"].value(), 2) == 99.39


def test_a_target_written_only_in_technical_terms_is_flagged(expectation_dialog):
    dialog = expectation_dialog()
    fill(dialog.form, technical_target="99.9% monthly uptime")
    assert dialog.technical_warning.isVisibleTo(dialog)
    assert "only in technical terms" in dialog.technical_warning.text()
    assert "e.g. “at most 4 failures a year, each fixed within 4 hours”" in (
        dialog.technical_warning.text()
    )
    fill(dialog.form, agreed_target="At most one failure a quarter, fixed within two hours")
    assert not dialog.technical_warning.isVisibleTo(dialog)


def test_failures_a_year_show_a_whole_number_without_a_decimal(expectation_dialog):
    dialog = expectation_dialog(record=ExpectationData(failures_per_year=4.0, hours_per_failure=2))
    failures = dialog.plain_form.editors["failures_per_year"]
    assert failures.text() == "4"  # a count, not "4.0"
    assert dialog.plain_form.editors["hours_per_failure"].text() == "2.00"
    fill(dialog.plain_form, failures_per_year=2.5)
    assert failures.text() == "2.5" and failures.value() == 2.5


def test_an_unrealistic_expectation_needs_a_cost_and_benefit_note(qtbot, expectation_dialog):
    dialog = expectation_dialog()
    fill(dialog.form, customer_words="Never any downtime, ever")
    fill(dialog.agreement_form, realistic=False)
    assert dialog.cost_hint.isVisibleTo(dialog)
    press_ok(dialog)
    assert dialog.isVisible()
    assert dialog.shown_problems() == {
        "cost_benefit": "Cost and benefit is required when an expectation is marked unrealistic"
    }
    fill(dialog.agreement_form, cost_benefit="A second site: ₪400k a year for 0.1% more")
    press_ok(dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.record().cost_benefit.startswith("A second site")


def test_a_risk_is_added_to_the_expectation(qtbot, expectation_dialog):
    dialog = expectation_dialog()
    dialog.risks.add()
    risk = modal(qtbot, RecordDialog)
    press_ok(risk)
    assert risk.shown_problems() == {"cause": "Cause is required"}
    fill(risk.form, cause="Power cut at the data centre", recovery_minutes=120)
    press_ok(risk)
    qtbot.waitUntil(lambda: len(dialog.risks.rows) == 1)
    assert dialog.record().risks[0].recovery_minutes == 120


def office_file() -> ServiceFile:
    return ServiceFile(
        name="Acme", window=ServiceWindow(SUN_TO_THU, 8 * 60, 19 * 60, "Asia/Jerusalem")
    )


def test_the_escalation_timeline_honours_the_service_window(qtbot, languages):
    path = EscalationPathData(
        severity=Severity.CRITICAL,
        levels=[
            EscalationLevelData(after_minutes=0, staff_name="Dana Levi"),
            EscalationLevelData(after_minutes=30, staff_name="Avi Ron", channel=Channel.MOBILE),
            EscalationLevelData(after_minutes=110, name="CTO"),
        ],
    )
    dialog = EscalationDialog(path, None, office_file(), ["Dana Levi"])
    qtbot.addWidget(dialog)
    dialog.set_raised(dt.datetime(2026, 11, 26, 17, 40, tzinfo=JERUSALEM))  # a Thursday
    assert plain(dialog.timeline.text()) == (
        "Raised Thursday 17:40 → level 1 at once, level 2 at 18:10, level 3 Sunday 08:30"
    )


def test_moving_a_level_changes_the_timeline_at_once(qtbot, languages):
    path = EscalationPathData(
        levels=[
            EscalationLevelData(after_minutes=0, staff_name="A"),
            EscalationLevelData(after_minutes=30, staff_name="B"),
        ]
    )
    dialog = EscalationDialog(path, None, office_file(), [])
    qtbot.addWidget(dialog)
    dialog.set_raised(dt.datetime(2026, 11, 26, 12, 0, tzinfo=JERUSALEM))
    dialog.levels.table.select_row(1)
    dialog.levels.table.up_button.click()
    assert [lv.staff_name for lv in dialog.record().levels] == ["B", "A"]
    assert (
        plain(dialog.timeline.text()) == "Raised Thursday 12:00 → level 1 at 12:30, level 2 at once"
    )


def test_a_level_without_anyone_to_call_is_flagged_under_staff_member(qtbot, languages):
    dialog = EscalationDialog(EscalationPathData(), None, office_file(), [])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.levels.add()
    level = modal(qtbot, RecordDialog)
    press_ok(level)
    assert level.shown_problems() == {
        "staff_name": "Escalation level: choose a staff member or a contact for this level"
    }


def test_the_meeting_editor_lists_what_the_file_still_lacks_for_a_kickoff(qtbot, languages):
    dialog = MeetingDialog(MeetingData(), None, ServiceFile(name="Bare", industry="Retail"), [])
    qtbot.addWidget(dialog)
    missing = dialog.missing_items()
    assert "No contacts on the customer's side" in missing
    assert "No escalation path for critical incidents" in missing
    assert "Support boundaries: nothing is listed as in scope" in missing
    assert "The industry is not recorded" not in missing


def test_a_service_window_time_takes_persian_digits_and_flags_a_bad_one(qtbot, window):
    from ui_helpers import open_customer

    open_customer(qtbot, window, "Acme Logistics")
    overview = window.file_view.tab("overview")
    start = overview.window_form.editors["window_start"]
    start.setText("۰۹:۳۰")
    assert window.context.session.file.window.start_minute == 9 * 60 + 30
    start.setText("25:00")
    assert overview.shown_problems() == {
        "window_start": "Cover starts is not a valid time (use HH:MM)"
    }
    assert window.context.session.file.window.start_minute == 9 * 60 + 30
    start.setText("08:00")
    assert overview.shown_problems() == {}
    overview.window_form.editors["window_end"].setText("07:00")
    assert overview.shown_problems() == {"window_end": "Cover ends must end after it starts"}


def test_a_typed_direction_control_is_warned_about_and_can_be_removed(qtbot, languages):
    from accountdesk.ui.widgets.editors import TextLine
    from accountdesk.ui.widgets.forms import FieldForm, FieldSpec

    form = FieldForm([FieldSpec("name", TextLine), FieldSpec("industry", TextLine)])
    qtbot.addWidget(form)
    form.show()
    name = form.editor("name", TextLine)
    name.insert("Ofek\u202eLTD")  # typed or pasted
    warning = form.control_warnings["name"]
    assert warning.isVisible() and not form.control_warnings["industry"].isVisible()
    assert warning.accessibleName() == (
        "Name contains invisible direction-control characters, which can show it reversed."
    )
    assert "Remove them" in warning.text()
    assert name.text() == "Ofek\u202eLTD"  # a warning: nothing is changed or refused
    warning.linkActivated.emit("remove")  # the warning's "Remove them"
    assert name.text() == "OfekLTD"
    assert not warning.isVisible()
