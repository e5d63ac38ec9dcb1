"""The bidi API on text: levels, line reordering, mirroring, speed."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from accountdesk.documents.text import _generate_bidi_data, bidi
from accountdesk.documents.text._bidi_data import BRACKETS, MIRRORS
from tests.documents.text.text_reading import paragraph_levels, reorder_line

LRI, RLI, FSI, PDI, RLO, PDF = "\u2066", "\u2067", "\u2068", "\u2069", "\u202e", "\u202c"


def visual(text: str, base_dir: str = "auto") -> str:
    """The characters of a one-line paragraph in visual order, left to right."""
    base_level, levels = paragraph_levels(text, base_dir)
    _, order = reorder_line(text, levels, base_level)
    return "".join(text[index] for index in order)


def test_paragraph_level_follows_first_strong_letter():
    assert paragraph_levels("שלום world")[0] == 1
    assert paragraph_levels("hello עולם")[0] == 0
    assert paragraph_levels("2024 ")[0] == 0  # no strong letter: left to right
    assert paragraph_levels(f"{FSI}abc{PDI} שלום")[0] == 1  # isolates are skipped


def test_explicit_base_direction_wins():
    assert paragraph_levels("hello", "rtl") == (1, [2] * 5)
    assert paragraph_levels("שלום", "ltr") == (0, [1] * 4)


def test_hebrew_reads_right_to_left_with_english_inside():
    assert visual("שלום Exchange 2019 עולם") == "םלוע Exchange 2019 םולש"


def test_digits_after_arabic_letters_become_arabic_numbers():
    # W2: the pitfall of rtl-pdf.md; an LRI isolate keeps the token whole.
    assert visual("شماره 021-88776655") == "88776655-021 هرامش"
    assert visual(f"شماره {LRI}021-88776655{PDI}") == f"{PDI}021-88776655{LRI} هرامش"
    levels = paragraph_levels(f"شماره {LRI}021-88776655{PDI}")[1]
    assert levels[7:19] == [2] * 12  # the token is one left-to-right run


def test_bracket_pairs_take_the_direction_of_their_content():
    _base_level, levels = paragraph_levels("Exchange 2019 (מקומי)", "rtl")
    assert levels[14] == levels[20] == 1  # both brackets right-to-left (N0)
    assert levels[:13] == [2] * 13


def test_mirror_gives_the_paired_glyph():
    assert bidi.mirror("(") == ")" and bidi.mirror("»") == "«" and bidi.mirror("a") == "a"
    assert bidi.mirror("\u2264") == "\u2265"


def test_line_levels_reset_trailing_whitespace_and_isolates():
    classes = bidi.bidi_classes(f"שלום {LRI}a{PDI}  ")
    levels = bidi.resolve_levels(classes, 0)[1]
    assert bidi.line_levels(classes, levels, 0)[-4:] == [2, 0, 0, 0]


def test_rlo_reverses_until_its_pdf_only():
    text = f"ab{RLO}cd{PDF}ef"
    assert visual(text).replace(RLO, "").replace(PDF, "") == "abdcef"


def test_unassigned_code_points_get_their_block_default():
    assert bidi.bidi_class("\u05ff") == "R"
    assert bidi.bidi_class("\u07bf") == "AL"
    assert bidi.bidi_class("\ufdd0") == "BN"
    assert bidi.bidi_class("\U0003fffe") == "BN"
    assert bidi.bidi_class("\U000e0fff") == "BN"


def test_generated_data_matches_the_generator(ucd_file):
    ucd_dir = ucd_file("BidiBrackets.txt").parent
    rendered = _generate_bidi_data.render_module(
        _generate_bidi_data._file_version(ucd_dir / "BidiBrackets.txt"),
        _generate_bidi_data.read_brackets(ucd_dir),
        _generate_bidi_data.read_mirrors(ucd_dir),
    )
    assert rendered == _generate_bidi_data.OUTPUT.read_text(encoding="utf-8")
    assert BRACKETS[0x2329] == (0x3009, True)  # canonical equivalent of U+232A
    assert MIRRORS[ord("(")] == ord(")")


MIXED_CHARACTERS = st.sampled_from(
    [*list("abc אבג ابپ 12۳٤ -+.,:%()[]«»\u200c"), LRI, RLI, FSI, PDI, RLO, PDF, "\u202a", "\u202b"]
)


@settings(max_examples=300, deadline=None)
@given(st.text(MIXED_CHARACTERS, max_size=40), st.sampled_from(["ltr", "rtl", "auto"]))
def test_visual_order_is_a_permutation(text, base_dir):
    base_level, levels = paragraph_levels(text, base_dir)
    assert len(levels) == len(text)
    assert all(base_level <= level <= bidi.MAX_DEPTH + 1 for level in levels)
    _line, order = reorder_line(text, levels, base_level)
    assert sorted(order) == list(range(len(text)))


@given(st.text(st.sampled_from(list("abc XYZ 123 .,;-()")), max_size=40))
def test_left_to_right_text_keeps_its_order(text):
    assert visual(text, "ltr") == text


@given(st.text(st.sampled_from(list("אבג דהו .,;-!")), max_size=40))
def test_hebrew_without_numbers_is_reversed(text):
    base_level, levels = paragraph_levels(text, "rtl")
    assert reorder_line(text, levels, base_level)[1] == list(range(len(text)))[::-1]
