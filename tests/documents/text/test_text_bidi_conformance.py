"""The Unicode conformance files for the bidi algorithm, in full."""

from __future__ import annotations

import pytest

from accountdesk.documents.text import bidi

pytestmark = pytest.mark.conformance

PARAGRAPH_DIRECTIONS = {"0": 0, "1": 1, "2": None}  # BidiCharacterTest field 1
BITSET_DIRECTIONS = ((1, None), (2, 0), (4, 1))  # BidiTest: auto, LTR, RTL


def _resolve_line(classes, base_level, brackets=None):
    """Levels after L1 with X9-removed characters as 'x', and the visual
    order without them, as the test files state them."""
    paragraph_level, levels = bidi.resolve_levels(classes, base_level, brackets)
    levels = bidi.line_levels(classes, levels, paragraph_level)
    removed = [bidi_class in bidi.REMOVED_BY_X9 for bidi_class in classes]
    shown_levels = [
        "x" if gone else str(level) for gone, level in zip(removed, levels, strict=False)
    ]
    order = [str(index) for index in bidi.visual_order(levels) if not removed[index]]
    return paragraph_level, shown_levels, order


def _character_cases(ucd_file):
    with ucd_file("BidiCharacterTest.txt").open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if line.strip() and not line.startswith("#"):
                yield number, line.rstrip("\n").split(";")


def test_bidi_character_test_in_full(ucd_file, ucd_bidi_class):
    failures, total = [], 0
    for number, (code_points, direction, paragraph_level, levels, order) in _character_cases(
        ucd_file
    ):
        text = "".join(chr(int(point, 16)) for point in code_points.split())
        classes = [ucd_bidi_class(ch) for ch in text]
        got = _resolve_line(classes, PARAGRAPH_DIRECTIONS[direction], bidi.bracket_properties(text))
        total += 1
        if got != (int(paragraph_level), levels.split(), order.split()):
            failures.append((number, got))
    assert total == 91_707
    assert failures == [], f"{len(failures)} of {total} failed, first: {failures[:3]}"


def test_bidi_character_test_with_unicodedata2_classes(ucd_file, ucd_bidi_class):
    """Production classes (unicodedata2) against the same file: only cases
    with a character whose class changed since the file's version may fail."""
    unexplained, total = [], 0
    for number, (code_points, direction, paragraph_level, levels, order) in _character_cases(
        ucd_file
    ):
        text = "".join(chr(int(point, 16)) for point in code_points.split())
        classes = bidi.bidi_classes(text)
        got = _resolve_line(classes, PARAGRAPH_DIRECTIONS[direction], bidi.bracket_properties(text))
        total += 1
        class_changed = classes != [ucd_bidi_class(ch) for ch in text]
        if got != (int(paragraph_level), levels.split(), order.split()) and not class_changed:
            unexplained.append(number)
    assert unexplained == [], f"{len(unexplained)} of {total} failed with unchanged classes"


def _class_cases(ucd_file):
    levels = order = None
    with ucd_file("BidiTest.txt").open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            if line.startswith("@Levels:"):
                levels = line.split(":", 1)[1].split()
            elif line.startswith("@Reorder:"):
                order = line.split(":", 1)[1].split()
            elif not line.startswith("@"):
                sequence, bitset = line.split(";")
                yield number, sequence.split(), int(bitset, 16), levels, order


def test_bidi_test_in_full(ucd_file):
    failures, total = [], 0
    for number, classes, bitset, levels, order in _class_cases(ucd_file):
        for bit, base_level in BITSET_DIRECTIONS:
            if bitset & bit:
                total += 1
                _, got_levels, got_order = _resolve_line(classes, base_level)
                if (got_levels, got_order) != (levels, order):
                    failures.append((number, base_level, got_levels, got_order))
    assert total > 750_000
    assert failures == [], f"{len(failures)} of {total} failed, first: {failures[:3]}"
