"""Values as every screen and the summary show them; what counts as no text at all."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from accountdesk.domain.bidi import (
    BIDI_CONTROLS,
    FSI,
    PDI,
    RLO,
    escape_invisible,
    is_blank,
    shown,
)


def test_a_value_is_shown_neutralised_and_isolated():
    assert shown(f"Ofek{RLO}LTD") == f"{FSI}OfekLTD{PDI}"
    assert shown("") == "" and shown(RLO) == ""


@given(st.text())
def test_no_shown_value_carries_a_control_of_its_own(text):
    inner = shown(text)[1:-1]
    assert not set(inner) & BIDI_CONTROLS


@pytest.mark.parametrize(
    "text", ["", " ", RLO, f" {RLO}\u200e ", "\u200b\u2060", "\u3164", "\x07\t", "\ufeff"]
)
def test_only_invisible_characters_is_blank(text):
    assert is_blank(text)


@pytest.mark.parametrize("text", ["a", f"{RLO}a", "\u200cب", "۰", "·"])
def test_anything_visible_is_not_blank(text):
    assert not is_blank(text)


def test_escaped_for_plain_text_output():
    assert escape_invisible(f"Ofek{RLO}LTD 2026") == "Ofek<U+202E>LTD 2026"
    assert escape_invisible("bell\x07 zwsp\u200b") == "bell<U+0007> zwsp<U+200B>"
    # The joiner is part of a Persian word, and a space is a space.
    assert escape_invisible("پارس\u200cنت گستر") == "پارس\u200cنت گستر"
