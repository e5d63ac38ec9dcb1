"""Isolating and neutralising user-entered values; Persian digits."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from accountdesk.documents.text import isolate
from accountdesk.documents.text.isolate import FSI, LRI, PDI, RLI, RLO
from tests.documents.text.text_reading import paragraph_levels, reorder_line

CONTROLS = sorted(isolate.BIDI_CONTROLS)


def visual(text: str, base_dir: str = "auto") -> str:
    base_level, levels = paragraph_levels(text, base_dir)
    _, order = reorder_line(text, levels, base_level)
    return "".join(text[index] for index in order if text[index] not in isolate.BIDI_CONTROLS)


@pytest.mark.parametrize("control", CONTROLS)
def test_every_bidi_control_is_detected_and_removed(control):
    name = f"Bob{control}Smith"
    assert isolate.has_bidi_controls(name)
    assert isolate.neutralise_bidi_controls(name) == "BobSmith"
    assert isolate.neutralise_bidi_controls(name, "\ufffd") == "Bob\ufffdSmith"


def test_has_bidi_controls():
    assert isolate.has_bidi_controls(f"a{RLO}b") and isolate.has_bidi_controls(f"b{LRI}")
    assert not isolate.has_bidi_controls("plain שלום سلام")


def test_marker_cannot_be_a_control():
    with pytest.raises(ValueError):
        isolate.neutralise_bidi_controls("a", RLO)


def test_trojan_source_name_cannot_reorder_what_follows():
    name = f"Mallory{RLO}"
    raw = f"Customer {name} paid 100 USD"
    assert "DSU 001 diap" in visual(raw)  # the attack, when not neutralised
    safe = f"Customer {isolate.isolate(name)} paid 100 USD"
    assert visual(safe) == "Customer Mallory paid 100 USD"


@pytest.mark.parametrize(
    "token",
    [
        "021-88776655",
        "+98 21 8877 6655",
        "2024-04-03",
        "10:30",
        "15.2.1544.4",
        "v2.1",
        "INC-2024-0117",
        "192.168.1.10",
        "user@example.com",
        "https://example.com/a?b=1",
        "www.example.org",
        "25%",
        "۲۵٪",
        "۱۴۰۳/۰۱/۱۵",
    ],
)
def test_left_to_right_tokens_get_lri(token):
    assert isolate.looks_left_to_right(token)
    assert isolate.isolate(token) == f"{LRI}{token}{PDI}"


@pytest.mark.parametrize("value", ["John Smith", "מקומי", "سلام دنیا", "12", "and/or", "e.g."])
def test_other_values_get_fsi(value):
    assert not isolate.looks_left_to_right(value)
    assert isolate.isolate(value) == f"{FSI}{value}{PDI}"


def test_explicit_directions():
    assert isolate.isolate("abc", "rtl") == f"{RLI}abc{PDI}"
    assert isolate.isolate("שלום", "ltr") == f"{LRI}שלום{PDI}"
    with pytest.raises(ValueError):
        isolate.isolate("abc", "sideways")


def test_isolated_persian_phone_and_date_read_left_to_right():
    sentence = (
        f"با شماره {isolate.isolate('021-88776655')} در تاریخ {isolate.isolate('2024-04-03')}"
    )
    shown = visual(sentence)
    assert "021-88776655" in shown and "2024-04-03" in shown
    assert "88776655-021" in visual("با شماره 021-88776655")  # the pitfall without it


def test_numbers_after_persian_words_keep_their_own_isolate():
    note = "تماس: 021-88776655 یا user@example.com، تاریخ 2024-04-03."
    assert isolate.isolate(note) == (
        f"{FSI}تماس: {LRI}021-88776655{PDI} یا {LRI}user@example.com{PDI}، "
        f"تاریخ {LRI}2024-04-03{PDI}.{PDI}"
    )


@pytest.mark.parametrize(
    "value",
    [
        "שרת גיבוי Veeam 12.1",
        "سرور پشتیبان Veeam 12.1",
        "חומת אש FortiGate 7.4.3",
        "مجازی‌سازی VMware vSphere 8.0u2",
        "פניות ל-Veeam support@veeam.com",
    ],
)
def test_a_latin_phrase_ending_in_a_number_is_not_split(value):
    """After a Latin word the number reads left to right anyway: an isolate of its own
    would part it from that word at the end of a right-to-left value."""
    assert isolate.isolate(value) == f"{FSI}{value}{PDI}"
    latin = value[value.index(next(ch for ch in value if ch.isascii() and ch.isalpha())) :]
    assert latin in visual(isolate.isolate(value), "rtl")


def test_hebrew_prefix_hyphen_stays_outside_an_address():
    assert isolate.isolate("ל-it@acme.co.il") == f"{FSI}ל-{LRI}it@acme.co.il{PDI}{PDI}"


def test_persian_digits():
    assert isolate.to_persian_digits("2024-04-03") == "۲۰۲۴-۰۴-۰۳"
    assert isolate.to_persian_digits("٣") == "۳"
    assert isolate.to_persian_digits("1,234.5", separators=True) == "۱٬۲۳۴٫۵"
    assert isolate.to_persian_digits("v1.2", separators=False) == "v۱.۲"


@given(st.text())
def test_neutralised_text_has_no_controls(text):
    assert not isolate.has_bidi_controls(isolate.neutralise_bidi_controls(text))


@given(st.text(st.sampled_from(list("ab אב اب 12 -.") + CONTROLS), max_size=20))
def test_an_isolated_value_never_moves_the_text_after_it(value):
    after = " paid 100 USD"
    assert visual(f"Customer {isolate.isolate(value)}{after}", "ltr").endswith(after)
