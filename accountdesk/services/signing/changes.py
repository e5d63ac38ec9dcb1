"""What changed between two versions of a service file, as a list a person can read.

A pure function over two snapshots. The JSON snapshots carry no database ids, so rows
are matched by what they say: expectations by their words (identical first, then the
most similar pair above a threshold, which reads as "reworded"), systems by name,
escalation levels by their place in the path of the same severity and side.
"""

from __future__ import annotations

import difflib
import unicodedata
from dataclasses import dataclass
from enum import StrEnum

from accountdesk.domain.enums import Severity, Side
from accountdesk.domain.service_file import (
    EscalationLevelData,
    EscalationPathData,
    ExpectationData,
    ServiceFile,
)

# Below this similarity two expectations are different ones (one removed, one added).
REWORDED_SIMILARITY = 0.5


class ChangeKind(StrEnum):
    EXPECTATION_ADDED = "expectation_added"
    EXPECTATION_REMOVED = "expectation_removed"
    EXPECTATION_REWORDED = "expectation_reworded"
    EXPECTATION_TARGET_CHANGED = "expectation_target_changed"
    EXPECTATION_STATUS_CHANGED = "expectation_status_changed"
    ESCALATION_LEVEL_ADDED = "escalation_level_added"
    ESCALATION_LEVEL_REMOVED = "escalation_level_removed"
    ESCALATION_LEVEL_MOVED = "escalation_level_moved"
    SYSTEM_ADDED = "system_added"
    SYSTEM_REMOVED = "system_removed"


@dataclass(frozen=True)
class Change:
    kind: ChangeKind
    subject: str = ""  # the expectation's words (as they are now) or the system's name
    before: str = ""  # expectation: old words / target / status; escalation: who
    after: str = ""
    severity: Severity | None = None  # escalation changes only
    side: Side | None = None
    level: int = 0  # escalation level, counted from 1
    minutes_before: int | None = None
    minutes_after: int | None = None


def changes_between(old: ServiceFile, new: ServiceFile) -> list[Change]:
    """Expectations, then escalation levels, then systems, each in the files' order."""
    return [
        *expectation_changes(old, new),
        *escalation_changes(old, new),
        *system_changes(old, new),
    ]


# ---------------------------------------------------------------- expectations


def expectation_changes(old: ServiceFile, new: ServiceFile) -> list[Change]:
    pairs = match_expectations(old.expectations, new.expectations)
    matched_old = {id(before) for before, _after in pairs.values()}
    out = [
        Change(ChangeKind.EXPECTATION_REMOVED, e.customer_words)
        for e in old.expectations
        if id(e) not in matched_old
    ]
    for index, expectation in enumerate(new.expectations):
        pair = pairs.get(index)
        if pair is None:
            out.append(Change(ChangeKind.EXPECTATION_ADDED, expectation.customer_words))
        else:
            out += _expectation_edits(pair[0], expectation)
    return out


def match_expectations(
    old: list[ExpectationData], new: list[ExpectationData]
) -> dict[int, tuple[ExpectationData, ExpectationData]]:
    """Index in `new` -> (old, new) for the expectations that are the same one."""
    free_old = list(old)
    pairs: dict[int, tuple[ExpectationData, ExpectationData]] = {}
    for index, expectation in enumerate(new):  # identical words first
        twin = next((e for e in free_old if _words(e) == _words(expectation)), None)
        if twin is not None:
            pairs[index] = (twin, expectation)
            free_old.remove(twin)
    for index, expectation in enumerate(new):  # then the closest rewording
        if index in pairs or not free_old:
            continue
        best = max(free_old, key=lambda e: _similarity(e, expectation))
        if _similarity(best, expectation) >= REWORDED_SIMILARITY:
            pairs[index] = (best, expectation)
            free_old.remove(best)
    return pairs


def _expectation_edits(before: ExpectationData, after: ExpectationData) -> list[Change]:
    words = after.customer_words
    out = []
    if _words(before) != _words(after):
        out.append(Change(ChangeKind.EXPECTATION_REWORDED, words, before.customer_words, words))
    if _normal(before.agreed_target) != _normal(after.agreed_target):
        out.append(
            Change(
                ChangeKind.EXPECTATION_TARGET_CHANGED,
                words,
                before.agreed_target,
                after.agreed_target,
            )
        )
    if before.status != after.status:
        out.append(
            Change(
                ChangeKind.EXPECTATION_STATUS_CHANGED,
                words,
                before.status.value,
                after.status.value,
            )
        )
    return out


def _normal(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text or "").casefold().split())


def _words(e: ExpectationData) -> str:
    return _normal(e.customer_words)


def _similarity(a: ExpectationData, b: ExpectationData) -> float:
    return difflib.SequenceMatcher(None, _words(a), _words(b)).ratio()


# ---------------------------------------------------------------- escalation


def escalation_changes(old: ServiceFile, new: ServiceFile) -> list[Change]:
    keys = [(p.severity, p.side) for p in new.escalation_paths]
    keys += [(p.severity, p.side) for p in old.escalation_paths if (p.severity, p.side) not in keys]
    out: list[Change] = []
    for severity, side in keys:
        out += _path_changes(old, new, severity, side)
    return out


def _path_changes(
    old: ServiceFile, new: ServiceFile, severity: Severity, side: Side
) -> list[Change]:
    before = _levels(old, old.path_for(severity, side))
    after = _levels(new, new.path_for(severity, side))
    out = []
    for number in range(1, max(len(before), len(after)) + 1):
        was = before[number - 1] if number <= len(before) else None
        now = after[number - 1] if number <= len(after) else None
        if was == now:
            continue
        kind = (
            ChangeKind.ESCALATION_LEVEL_ADDED
            if was is None
            else ChangeKind.ESCALATION_LEVEL_REMOVED
            if now is None
            else ChangeKind.ESCALATION_LEVEL_MOVED
        )
        out.append(
            Change(
                kind,
                before=was[0] if was else "",
                after=now[0] if now else "",
                severity=severity,
                side=side,
                level=number,
                minutes_before=was[1] if was else None,
                minutes_after=now[1] if now else None,
            )
        )
    return out


def _levels(file: ServiceFile, path: EscalationPathData | None) -> list[tuple[str, int, str]]:
    """(who, after how many minutes, by which channel) for each level of the path."""
    return (
        [(_who(file, level), level.after_minutes, level.channel.value) for level in path.levels]
        if path
        else []
    )


def _who(file: ServiceFile, level: EscalationLevelData) -> str:
    contact = file.contact_by_key(level.contact_key)
    return level.staff_name or (contact.name if contact else "") or level.name


# ---------------------------------------------------------------- systems


def system_changes(old: ServiceFile, new: ServiceFile) -> list[Change]:
    old_names = {_normal(s.name) for s in old.systems}
    new_names = {_normal(s.name) for s in new.systems}
    removed = [
        Change(ChangeKind.SYSTEM_REMOVED, s.name)
        for s in old.systems
        if _normal(s.name) not in new_names
    ]
    added = [
        Change(ChangeKind.SYSTEM_ADDED, s.name)
        for s in new.systems
        if _normal(s.name) not in old_names
    ]
    return removed + added
