"""Paragraph layout: line breaking, reordering, mirroring, alignment."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from accountdesk.documents.text import shaping
from accountdesk.documents.text.isolate import LRI, PDI, isolate
from accountdesk.documents.text.layout import ParagraphLayout
from tests.documents.text.text_reading import visual_text

HEBREW_SENTENCE = "השרת עודכן בהצלחה והמשתמשים קיבלו הודעה על החלון הבא של התחזוקה"


def glyph_name(run, glyph) -> str:
    return shaping.hb_font(run.face).glyph_to_string(glyph.gid)


def test_hebrew_line_is_right_to_left_and_right_aligned():
    line = ParagraphLayout("שלום עולם", "auto", 12).lines(500)[0]
    assert visual_text(line) == "םלוע םולש"
    assert line.rtl and line.x_offset(500) == pytest.approx(500 - line.width)


def test_english_line_is_left_aligned():
    line = ParagraphLayout("Hello world", "auto", 12).lines(500)[0]
    assert visual_text(line) == "Hello world" and not line.rtl and line.x_offset(500) == 0


def test_mixed_line_keeps_english_and_numbers_in_place():
    line = ParagraphLayout("שרת Exchange 2019 (מקומי)", "rtl", 10).lines(500)[0]
    assert visual_text(line) == ")ימוקמ( Exchange 2019 תרש"


def test_brackets_are_mirrored_in_right_to_left_runs_only():
    line = ParagraphLayout("(מקומי) and (local)", "rtl", 10).lines(500)[0]
    drawn = [
        (glyph.text, glyph_name(run, glyph))
        for run in line.runs
        for glyph in run.glyphs
        if glyph.text in "()"
    ]
    # Visual order: English run "(local)" left, then the Hebrew one; logical
    # '(' of the Hebrew run is drawn with the ')' shape on its right end.
    assert drawn == [
        ("(", "parenleft"),
        (")", "parenright"),
        (")", "parenleft"),
        ("(", "parenright"),
    ]


def test_guillemets_point_the_right_way_in_persian():
    line = ParagraphLayout("«لا»", "rtl", 10).lines(500)[0]
    drawn = [(glyph.text, glyph_name(run, glyph)) for run in line.runs for glyph in run.glyphs]
    # The logical closing » ends up on the left, drawn as «: reads «لا».
    assert drawn[0] == ("»", "guillemotleft") and drawn[-1] == ("«", "guillemotright")
    assert drawn[1] == ("لا", "uniFEFB")


def test_lines_fit_and_cover_the_text_in_order():
    layout = ParagraphLayout(HEBREW_SENTENCE, "rtl", 10)
    ranges = layout.line_ranges(120)
    assert len(ranges) > 2
    assert ranges[0][0] == 0 and ranges[-1][1] == len(layout.text)
    assert all(a[1] == b[0] for a, b in itertools.pairwise(ranges))
    assert all(layout.width_of(start, end) <= 120 for start, end in ranges)
    assert all(layout.text[end - 1] == " " for _, end in ranges[:-1])  # broken at spaces


def test_levels_come_from_the_paragraph_not_the_line():
    # A line starting with a number still belongs to a right-to-left paragraph.
    layout = ParagraphLayout("שלום רב מאוד 2019 2020", "auto", 10)
    lines = layout.lines(layout.width_of(0, 13) + 1)
    assert [visual_text(line) for line in lines] == ["דואמ בר םולש", "2020 2019"]
    assert all(line.rtl for line in lines)


def test_isolated_token_is_not_split():
    token = isolate("021-88776655")
    layout = ParagraphLayout(f"با شماره {token} تماس بگیرید", "rtl", 10)
    token_start = layout.text.index(LRI)
    token_end = layout.text.index(PDI) + 1
    token_width = layout.width_of(token_start, token_end)
    for width in range(int(token_width) + 1, 200, 7):
        for start, _end in layout.line_ranges(width):
            assert not token_start < start < token_end, f"split at width {width}"


def test_value_wider_than_the_line_is_broken_by_characters():
    email = isolate("a.very.long.mailbox.name@subsidiary.example.com")
    layout = ParagraphLayout(f"כתובת {email} לבירורים", "rtl", 10)
    ranges = layout.line_ranges(80)
    assert all(layout.width_of(start, end) <= 80 for start, end in ranges)
    text = "".join(layout.text[start:end] for start, end in ranges)
    assert text == layout.text


def test_persian_phone_and_date_read_left_to_right():
    text = f"با شماره {isolate('021-88776655')} در تاریخ {isolate('2024-04-03')} تماس بگیرید"
    visual = visual_text(ParagraphLayout(text, "rtl", 10).lines(1000)[0])
    assert "021-88776655" in visual and "2024-04-03" in visual


def test_hard_breaks_and_paragraph_directions():
    layout = ParagraphLayout("שלום\nHello\u2028world", "auto", 10)
    lines = layout.lines(500)
    assert [visual_text(line) for line in lines] == ["םולש", "Hello", "world"]
    assert [line.rtl for line in lines] == [True, False, False]


def test_empty_paragraphs_keep_their_line():
    assert len(ParagraphLayout("a\n\nb", "auto", 10).lines(100)) == 3
    assert len(ParagraphLayout("", "auto", 10).lines(100)) == 1


def test_resuming_from_a_line_start_gives_the_same_lines():
    layout = ParagraphLayout(HEBREW_SENTENCE + "\n" + HEBREW_SENTENCE, "rtl", 10)
    ranges = layout.line_ranges(100)
    for index, (start, _) in enumerate(ranges):
        assert layout.line_ranges(100, start) == ranges[index:]


def test_min_width_is_the_widest_unbreakable_piece():
    layout = ParagraphLayout("a bb cccc", "ltr", 10)
    assert layout.min_width() == pytest.approx(layout.width_of(5, 9))


def test_bold_uses_the_bold_faces():
    line = ParagraphLayout("שלום Hello", "rtl", 10, bold=True).lines(500)[0]
    assert {run.face.bold for run in line.runs} == {True}


WORDS = st.sampled_from(
    [
        "שלום",
        "עולם",
        "Exchange",
        "2019",
        "(מקומי)",
        "سلام",
        "می\u200cخواهم",
        "«لا»",
        isolate("021-88776655"),
        isolate("user@example.com"),
        "-",
        "12.5%",
    ]
)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(WORDS, min_size=1, max_size=25),
    st.integers(40, 300),
    st.sampled_from(["rtl", "ltr", "auto"]),
)
def test_any_mix_is_laid_out_without_loss(words, width, direction):
    layout = ParagraphLayout(" ".join(words), direction, 10)
    ranges = layout.line_ranges(width)
    assert "".join(layout.text[start:end] for start, end in ranges) == layout.text
    lines = [layout.line(start, end) for start, end in ranges]
    drawn = "".join(sorted("".join(visual_text(line) for line in lines).replace(" ", "")))
    visible = "".join(sorted(ch for ch in layout.text if ch not in f" {LRI}{PDI}\u2068"))
    assert drawn == visible
    assert all(
        line.width <= width + 1e-6 or end - start == 1 or layout.min_width() > width
        for line, (start, end) in zip(lines, ranges, strict=False)
    )


def _line_ends(layout: ParagraphLayout, width: float) -> list[str]:
    """The last character of every line but the last (a space for a break at a space)."""
    ends = []
    for start, end in layout.line_ranges(width)[:-1]:
        line = layout.text[start:end].rstrip("\u2066\u2067\u2068\u2069")
        ends.append(line[-1])
    return ends


@pytest.mark.parametrize(
    "address",
    [
        "a.very.long.mailbox.name@subsidiary.example.com",
        "https://portal.example.co.il/tickets/open/2024-0117",
        "backup-server01.branch-office.corp.acme.co.il",
    ],
)
@pytest.mark.parametrize("width", [60, 80, 110])
def test_addresses_break_at_their_natural_points(address, width):
    """After @ . - or /, never inside a word while such a point fits."""
    layout = ParagraphLayout(f"כתובת: {isolate(address)} לבירורים", "rtl", 10)
    assert all(layout.width_of(a, b) <= width for a, b in layout.line_ranges(width))
    assert set(_line_ends(layout, width)) <= set("@./- ")


def test_a_label_stays_on_the_line_where_its_value_starts():
    value = isolate("גיבוי יומי של כל השרתים בענן עם שמירה לשלושים יום ובדיקת שחזור חודשית")
    layout = ParagraphLayout(f"ניסוח טכני: {value}", "rtl", 10)
    label_end = layout.text.index(value)
    for width in range(int(layout.width_of(0, label_end + 8)) + 1, 300, 13):
        first_end = layout.line_ranges(width)[0][1]
        assert first_end > label_end + 1, f"the label alone on its line at width {width}"


def test_a_token_that_fits_a_line_moves_to_the_next_one_whole():
    text = f"ניסוח טכני: {isolate('+972 3-555-1234')} שלוחה 12"
    layout = ParagraphLayout(text, "rtl", 10)
    token_start, token_end = text.index(LRI), text.index(PDI) + 1
    width = layout.width_of(token_start, token_end) + 1
    assert layout.width_of(0, token_end) > width
    assert all(not token_start < a < token_end for a, _ in layout.line_ranges(width))


def test_isolates_take_no_width_and_lines_break_after_them():
    """The isolates around values shape to no glyphs: the text measures as without them,
    and a paragraph of several values still breaks after the last isolate."""
    values = f"{LRI}srv22.acme.local{PDI} · {LRI}10.0.2.32{PDI}"
    bare = ParagraphLayout("srv22.acme.local · 10.0.2.32", "rtl", 8.5)
    layout = ParagraphLayout(f"חדר שרתים\n{values}", "rtl", 8.5)
    assert layout.width_of(len("חדר שרתים") + 1, len(layout.text)) == pytest.approx(
        bare.width_of(0, len(bare.text))
    )
    assert [visual_text(line) for line in layout.lines(500)] == [
        "םיתרש רדח",
        "10.0.2.32 · srv22.acme.local",  # values in the paragraph's right-to-left order
    ]
