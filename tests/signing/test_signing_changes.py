"""What changed between two snapshots: a pure function, tested on plain service files."""

import copy

from signing_samples import hebrew_file

from accountdesk.domain.enums import ExpectationStatus, Severity, Side
from accountdesk.domain.service_file import EscalationLevelData, ExpectationData, SystemData
from accountdesk.services.signing.changes import ChangeKind, changes_between


def kinds(changes):
    return [c.kind for c in changes]


def test_the_same_file_has_no_changes():
    file = hebrew_file()
    assert changes_between(file, copy.deepcopy(file)) == []


def test_expectations_added_removed_and_reworded():
    old = hebrew_file()
    new = copy.deepcopy(old)
    new.expectations[0].customer_words += " גם בסופי שבוע"  # reworded: still the same one
    del new.expectations[1]
    new.expectations.append(ExpectationData(customer_words="דו״ח חודשי בעמוד אחד"))
    changes = changes_between(old, new)
    assert kinds(changes) == [
        ChangeKind.EXPECTATION_REMOVED,
        ChangeKind.EXPECTATION_REWORDED,
        ChangeKind.EXPECTATION_ADDED,
    ]
    removed, reworded, added = changes
    assert removed.subject == "כשאני מתקשר, שמישהו יענה תוך רבע שעה"
    assert reworded.before == "שהמייל לא ייפול באמצע יום העבודה"
    assert reworded.after.endswith("גם בסופי שבוע")
    assert added.subject == "דו״ח חודשי בעמוד אחד"


def test_a_wholly_different_wording_is_a_removal_and_an_addition():
    old = hebrew_file()
    new = copy.deepcopy(old)
    new.expectations[1].customer_words = "Backups every night"
    assert kinds(changes_between(old, new)) == [
        ChangeKind.EXPECTATION_REMOVED,
        ChangeKind.EXPECTATION_ADDED,
    ]


def test_reordering_expectations_is_no_change():
    old = hebrew_file()
    new = copy.deepcopy(old)
    new.expectations.reverse()
    assert changes_between(old, new) == []


def test_agreed_target_and_status_changes():
    old = hebrew_file()
    new = copy.deepcopy(old)
    new.expectations[1].agreed_target = "מענה אנושי תוך 10 דקות"
    new.expectations[1].status = ExpectationStatus.IN_DISCUSSION
    target, status = changes_between(old, new)
    assert target.kind == ChangeKind.EXPECTATION_TARGET_CHANGED
    assert (target.before, target.after) == ("מענה אנושי תוך 15 דקות", "מענה אנושי תוך 10 דקות")
    assert status.kind == ChangeKind.EXPECTATION_STATUS_CHANGED
    assert (status.before, status.after) == ("agreed", "in_discussion")


def test_escalation_levels_moved_added_and_removed():
    old = hebrew_file()
    new = copy.deepcopy(old)
    levels = new.escalation_paths[0].levels
    levels[1].after_minutes = 60
    levels.append(EscalationLevelData(after_minutes=120, name="מנהל התפעול"))
    moved, added = changes_between(old, new)
    assert moved.kind == ChangeKind.ESCALATION_LEVEL_MOVED
    assert (moved.severity, moved.side, moved.level) == (Severity.CRITICAL, Side.PROVIDER, 2)
    assert (moved.before, moved.minutes_before, moved.minutes_after) == ("אבי מזרחי", 30, 60)
    assert added.kind == ChangeKind.ESCALATION_LEVEL_ADDED and added.level == 3
    assert (added.after, added.minutes_after) == ("מנהל התפעול", 120)
    [removed] = changes_between(new, copy.deepcopy(old))[1:]
    assert removed.kind == ChangeKind.ESCALATION_LEVEL_REMOVED


def test_systems_added_and_removed():
    old = hebrew_file()
    new = copy.deepcopy(old)
    new.systems.pop(0)
    new.systems.append(SystemData(name="גיבוי Veeam"))
    removed, added = changes_between(old, new)
    assert (removed.kind, removed.subject) == (ChangeKind.SYSTEM_REMOVED, "Exchange 2019")
    assert (added.kind, added.subject) == (ChangeKind.SYSTEM_ADDED, "גיבוי Veeam")
