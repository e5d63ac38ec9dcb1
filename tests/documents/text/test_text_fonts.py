"""Bundled fonts, font choice per character, shaping, subsetting."""

from __future__ import annotations

import io
import logging

import pytest
from fontTools.ttLib import TTFont

from accountdesk.documents.text import _sfnt, fonts, shaping
from accountdesk.documents.text.fonts import ARABIC, HEBREW, LATIN, get_face
from accountdesk.documents.text.layout import ParagraphLayout
from tests.documents.text.text_reading import missing_glyphs

PERSIAN_LETTERS = "پچژگکیآ"
NIQQUD = [chr(cp) for cp in range(0x05B0, 0x05BD)]


def glyph_names(glyphs, face):
    font = shaping.hb_font(face)
    return [font.glyph_to_string(glyph.gid) for glyph in glyphs]


# -- the bundled files -------------------------------------------------------


def test_the_fonts_and_the_licence_are_shipped():
    folder = fonts.fonts_dir()
    for name in fonts.FONT_FILES.values():
        assert (folder / name).is_file()
    assert "SIL OPEN FONT LICENSE" in (folder / "OFL.txt").read_text(encoding="utf-8").upper()
    assert "_subset_fonts.py" in (folder / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("key", sorted(fonts.FONT_FILES))
def test_subset_fonts_keep_layout_tables(key):
    font = TTFont(fonts.fonts_dir() / fonts.FONT_FILES[key])
    assert {"GSUB", "cmap", "glyf"} <= set(font.keys())
    if key[0] in (LATIN, HEBREW, ARABIC):  # the symbol fonts have no positioning tables
        assert {"GPOS", "GDEF"} <= set(font.keys())


def test_coverage_of_each_script():
    hebrew, arabic, latin = get_face(HEBREW), get_face(ARABIC, True), get_face(LATIN)
    assert all(hebrew.has_glyph(chr(cp)) for cp in range(0x05D0, 0x05EB))
    assert all(hebrew.has_glyph(ch) for ch in NIQQUD)
    assert all(arabic.has_glyph(ch) for ch in PERSIAN_LETTERS + "۰۱۲۳۴۵۶۷۸۹\u200c\ufefb")
    assert all(latin.has_glyph(ch) for ch in "AZaz09«»€₪\u00e9\u0151\u0219ЖжΩμ²½")
    assert not latin.has_glyph("\ufffd")  # damaged text is refused, never printed
    assert all(get_face(fonts.SYMBOLS).has_glyph(ch) for ch in "←→⇒↔≤≠∑")
    assert all(get_face(fonts.MORE_SYMBOLS).has_glyph(ch) for ch in "✓★☎⚠☐☑⭐")
    assert all(get_face(fonts.TEXT_SYMBOLS).has_glyph(ch) for ch in "①Ⓐ")
    assert all(get_face(fonts.EMOJI).has_glyph(ch) for ch in "😀👍🏽❤🇮🇱")


# -- choosing a font ---------------------------------------------------------


def test_common_characters_follow_their_neighbours():
    scripts = fonts.resolve_scripts("12 שלום, abc (سلام)")
    assert scripts[:2] == [HEBREW, HEBREW]  # leading digits take the next script
    assert scripts[7] == HEBREW and scripts[9:12] == [LATIN] * 3 and scripts[14] == ARABIC


def test_faces_fall_back_when_the_script_font_lacks_a_glyph():
    faces = fonts.choose_faces("שלום 2024 (מקומי)")
    assert faces[0] is get_face(HEBREW)
    assert faces[5] is get_face(LATIN)  # Noto Sans Hebrew has no digits
    assert faces[10] is get_face(LATIN)  # nor brackets
    persian = fonts.choose_faces("می\u200cخواهم")
    assert {face.script for face in persian} == {ARABIC}  # ZWNJ stays in the word's font
    assert fonts.choose_faces("a → b")[2] is get_face(fonts.SYMBOLS)  # Noto Sans has no arrows


def test_missing_glyphs_are_reported():
    assert missing_glyphs("שלום \ue000 سلام \u4e2d\n") == [(5, "\ue000"), (12, "\u4e2d")]
    assert missing_glyphs("Exchange 2019 (מקומי) «لا» می\u200cخواهم\u2066x\u2069 ☃✓😀") == []


def test_layout_writes_the_code_of_a_missing_character_never_an_empty_box(caplog):
    with caplog.at_level(logging.WARNING):
        layout = ParagraphLayout("a\ue000b\ufffd", size=10)
    assert layout.text == "a\u2066<U+E000>\u2069b\u2066<U+FFFD>\u2069"
    assert "U+E000" in caplog.text
    assert all(glyph.gid != 0 for run in layout.lines(100)[0].runs for glyph in run.glyphs)


@pytest.mark.parametrize(
    ("text", "face"),
    [
        ("👍🏽", fonts.EMOJI),  # skin tone
        ("👨\u200d👩\u200d👧", fonts.EMOJI),  # a family: one ligature
        ("🇮🇱", fonts.EMOJI),  # a flag
        ("1\ufe0f\u20e3", fonts.EMOJI),  # a keycap: the digit goes with its cluster
        ("❤\ufe0f", fonts.EMOJI),  # emoji presentation asked for
        ("❤\ufe0e", fonts.MORE_SYMBOLS),  # text presentation asked for
        ("❤", fonts.MORE_SYMBOLS),  # text by default: a document is text
    ],
)
def test_a_cluster_is_drawn_by_one_font(text, face):
    chosen = fonts.choose_faces(f"שלום {text} abc")[5 : 5 + len(text)]
    assert chosen == [get_face(face)] * len(text)
    line = ParagraphLayout(text, size=10).single_line()
    glyphs = [glyph for run in line.runs for glyph in run.glyphs]
    assert all(glyph.gid != 0 for glyph in glyphs)
    if len(text) > 1 and text[1] != "\ufe0e":
        assert len(glyphs) == 1 and glyphs[0].text == text.replace("\ufe0f", "")


def test_faces_are_loaded_once_per_process():
    assert get_face(HEBREW, True) is get_face(HEBREW, True)
    assert shaping.hb_font(get_face(HEBREW)) is shaping.hb_font(get_face(HEBREW))


# -- shaping -----------------------------------------------------------------


def test_persian_is_joined():
    face = get_face(ARABIC)
    joined = glyph_names(shaping.shape("ببب", 0, 3, face, rtl=True), face)
    assert joined == ["uniFE90", "uniFE92", "uniFE91"]  # final, medial, initial in visual order
    alone = glyph_names(shaping.shape("ب", 0, 1, face, rtl=True), face)
    assert alone == ["uni0628"]


def test_lam_alef_is_one_glyph_standing_for_both_letters():
    face = get_face(ARABIC)
    glyphs = shaping.shape("لا", 0, 2, face, rtl=True)
    assert len(glyphs) == 1 and glyphs[0].text == "لا"


def test_zwnj_and_isolates_leave_no_glyph():
    face = get_face(ARABIC)
    text = "\u2066می\u200cخواهم\u2069"
    glyphs = shaping.shape(text, 0, len(text), face, rtl=True)
    assert len(glyphs) == 7 and "space" not in glyph_names(glyphs, face)
    assert "".join(glyph.text for glyph in reversed(glyphs)) == "می\u200cخواهم"


def test_right_to_left_runs_come_out_in_visual_order_with_mirrored_brackets():
    face = get_face(LATIN)
    glyphs = shaping.shape("(a)", 0, 3, face, rtl=True)
    assert [glyph.cluster for glyph in glyphs] == [2, 1, 0]
    assert glyph_names(glyphs, face) == ["parenleft", "a", "parenright"]


# -- subsetting for PDF ------------------------------------------------------


def test_pdf_subset_keeps_requested_outlines_and_components():
    face = get_face(LATIN)
    original = TTFont(io.BytesIO(face.data))
    order = original.getGlyphOrder()
    composite = next(
        name
        for name in ("Aacute", "eacute", "uni00C1")
        if name in order and original["glyf"][name].isComposite()
    )
    wanted = {order.index("A"), order.index(composite)}
    subset = TTFont(io.BytesIO(_sfnt.subset_glyphs(face.data, wanted)))
    components = {order.index(part.glyphName) for part in original["glyf"][composite].components}
    new_order = subset.getGlyphOrder()  # the subset has no glyph names
    kept = {gid for gid, name in enumerate(new_order) if subset["glyf"][name].numberOfContours != 0}
    assert kept == {0} | wanted | components
    assert len(new_order) == len(order)  # glyph ids unchanged
    a_gid = order.index("A")
    assert subset["glyf"][new_order[a_gid]].coordinates == original["glyf"]["A"].coordinates
    assert not {"GSUB", "GPOS", "cmap", "name"} & set(subset.keys())


def test_font_metrics_for_the_descriptor():
    metrics = _sfnt.read_metrics(get_face(HEBREW, True).data)
    assert metrics.ascent > 0 > metrics.descent
    assert metrics.bbox[0] < metrics.bbox[2] and metrics.stem_v > 100


def test_document_language_applies_to_runs_of_its_script_only():
    assert shaping._run_language("fa", ARABIC) == "fa"
    assert shaping._run_language("he", ARABIC) == "fa"  # a Persian name in a Hebrew summary
    assert shaping._run_language("he", HEBREW) == "he"
    assert shaping._run_language("en", LATIN) == "en"
    assert shaping._run_language(None, HEBREW) == "he"
