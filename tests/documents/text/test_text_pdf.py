"""PDFs built with SimpleDocTemplate and our flowables, read back with
PyMuPDF: visual order, line order, shaping, glyphs, fonts, validity."""

from __future__ import annotations

import shutil
import subprocess
from collections import defaultdict
from pathlib import Path

import pymupdf
import pytest
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, A6
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

from accountdesk.documents.text import shaping
from accountdesk.documents.text.flowables import BidiParagraph, draw_line
from accountdesk.documents.text.fonts import ARABIC, get_face
from accountdesk.documents.text.isolate import isolate

MARGIN = 72
FRAME_PADDING = 6  # SimpleDocTemplate's frames

HEBREW_MIXED = f"השרת Exchange 2019 (מקומי) פעיל, כתובת {isolate('it@example.com')} לפניות."
PERSIAN_MIXED = (
    f"می\u200cخواهم با شماره {isolate('021-88776655')} در تاریخ {isolate('2024-04-03')} "
    "تماس بگیرم «لا»."
)
HEBREW_LONG = " ".join(["השרת עודכן בהצלחה והמשתמשים קיבלו הודעה על חלון התחזוקה הבא"] * 12)


def rtl(text: str) -> str:
    """A right-to-left segment as it appears left to right on the page."""
    return text[::-1]


# -- building and reading back ---------------------------------------------


def build_pdf(path: Path, story, pagesize=A4, on_page=None) -> Path:
    document = SimpleDocTemplate(
        str(path),
        pagesize=pagesize,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
    )
    if on_page:
        document.build(story, onFirstPage=on_page, onLaterPages=on_page)
    else:
        document.build(story)
    return path


def _x_order(char) -> tuple[float, int]:
    # A glyph standing for several characters (lam-alef, a letter and its
    # ZWNJ) gives the extra ones zero width at its right edge: on a tie
    # they come before the next glyph.
    x0, _, x1, _ = char["bbox"]
    return round(x0, 2), 0 if x1 - x0 < 0.01 else 1


def page_lines(page) -> list[list[dict]]:
    """Characters grouped by baseline, lines top-down, each sorted by x."""
    by_baseline = defaultdict(list)
    for block in page.get_text("rawdict")["blocks"]:
        for line in block.get("lines", []):
            for span in line["spans"]:
                for char in span["chars"]:
                    by_baseline[round(char["origin"][1], 1)].append(char)
    return [sorted(by_baseline[y], key=_x_order) for y in sorted(by_baseline)]


def text_of(chars) -> str:
    return "".join(char["c"] for char in chars)


def page_texts(path: Path) -> list[list[str]]:
    with pymupdf.open(path) as document:
        return [[text_of(line) for line in page_lines(page)] for page in document]


def right_edge_of_frame(pagesize=A4) -> float:
    return pagesize[0] - MARGIN - FRAME_PADDING


@pytest.fixture(scope="module")
def pdf_dir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("text_pdfs")


# -- visual order ----------------------------------------------------------


def test_hebrew_mixed_line_in_visual_order(pdf_dir):
    path = build_pdf(
        pdf_dir / "hebrew_mixed.pdf", [BidiParagraph(HEBREW_MIXED, 11, direction="rtl")]
    )
    expected = (
        rtl(" לפניות.")
        + "it@example.com"
        + rtl("פעיל, כתובת ")
        + rtl(" (מקומי) ")
        + "Exchange 2019"
        + rtl("השרת ")
    )
    assert page_texts(path) == [[expected]]


def test_persian_line_in_visual_order_with_numbers_left_to_right(pdf_dir):
    path = build_pdf(
        pdf_dir / "persian_mixed.pdf", [BidiParagraph(PERSIAN_MIXED, 11, direction="rtl")]
    )
    expected = (
        rtl(" تماس بگیرم «لا».")
        + "2024-04-03"
        + rtl(" در تاریخ ")
        + "021-88776655"
        + rtl("می\u200cخواهم با شماره ")
    )
    assert page_texts(path) == [[expected]]


def test_english_line_left_aligned_in_logical_order(pdf_dir):
    text = "Mailbox (Dev Team) moved to Exchange 2019 — שלום inside English."
    path = build_pdf(pdf_dir / "english.pdf", [BidiParagraph(text, 11)])
    assert page_texts(path) == [[text.replace("שלום", rtl("שלום"))]]
    with pymupdf.open(path) as document:
        first = page_lines(document[0])[0][0]
    assert first["bbox"][0] == pytest.approx(MARGIN + FRAME_PADDING, abs=0.5)


def test_multi_line_hebrew_reads_top_down_and_is_right_aligned(pdf_dir):
    path = build_pdf(pdf_dir / "hebrew_long.pdf", [BidiParagraph(HEBREW_LONG, 11, direction="rtl")])
    with pymupdf.open(path) as document:
        lines = page_lines(document[0])
    assert len(lines) > 3
    assert " ".join(rtl(text_of(line)) for line in lines) == HEBREW_LONG
    baselines = [line[0]["origin"][1] for line in lines]
    assert baselines == sorted(baselines)  # top-down (PyMuPDF's y grows downwards)
    for line in lines:
        assert line[-1]["bbox"][2] == pytest.approx(right_edge_of_frame(), abs=0.5)


def test_paragraph_split_across_pages_keeps_every_line_in_order(pdf_dir):
    text = " ".join([HEBREW_LONG] * 3)
    path = build_pdf(
        pdf_dir / "hebrew_pages.pdf", [BidiParagraph(text, 11, direction="rtl")], pagesize=A6
    )
    pages = page_texts(path)
    assert len(pages) > 2
    assert " ".join(rtl(line) for page in pages for line in page) == text


def test_table_cells_right_to_left(pdf_dir):
    cells = [
        [BidiParagraph("ערך", 10, bold=True), BidiParagraph("שם", 10, bold=True)],
        [
            BidiParagraph("Exchange 2019 (מקומי)", 10, direction="rtl"),
            BidiParagraph("שרת דואר", 10),
        ],
        [BidiParagraph(isolate("021-88776655"), 10, direction="rtl"), BidiParagraph("تلفن", 10)],
    ]
    table = Table(
        cells,
        colWidths=[150, 120],
        hAlign="RIGHT",
        style=TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey)]),
    )
    path = build_pdf(pdf_dir / "table.pdf", [table])
    texts = page_texts(path)[0]
    assert texts == [
        rtl("ערך") + rtl("שם"),
        rtl(" (מקומי)") + "Exchange 2019" + rtl("שרת דואר"),
        "021-88776655" + rtl("تلفن"),
    ]
    with pymupdf.open(path) as document:
        rows = page_lines(document[0])
    right_of_table = right_edge_of_frame()  # hAlign RIGHT
    assert rows[1][-1]["bbox"][2] == pytest.approx(right_of_table - 6, abs=0.5)  # cell padding 6


def test_page_x_of_y_footer_in_hebrew(pdf_dir):
    story = lambda: [BidiParagraph(" ".join([HEBREW_LONG] * 2), 11, direction="rtl")]  # noqa: E731
    first_pass = SimpleDocTemplate(str(pdf_dir / "count.pdf"), pagesize=A6)
    first_pass.build(story())
    total = first_pass.page

    def footer(canvas, document):
        draw_line(canvas, A6[0] - MARGIN, 20, f"עמוד {document.page} מתוך {total}", 8)

    path = build_pdf(pdf_dir / "footer.pdf", story(), pagesize=A6, on_page=footer)
    pages = page_texts(path)
    assert len(pages) == total > 1
    for number, lines in enumerate(pages, 1):
        assert lines[-1] == f"{total} " + rtl("מתוך") + f" {number} " + rtl("עמוד")


# -- neutralised controls ----------------------------------------------------


def test_rlo_in_a_name_does_not_reorder_what_follows(pdf_dir):
    name = "Mallory\u202e"
    story = [
        BidiParagraph(f"Customer {name} paid 100 USD", 11),
        BidiParagraph(f"Customer {isolate(name)} paid 100 USD", 11),
    ]
    raw, safe = page_texts(build_pdf(pdf_dir / "trojan.pdf", story))[0]
    assert raw == "Customer Mallory" + rtl(" paid 100 USD")  # what the attack does, left in
    assert safe == "Customer Mallory paid 100 USD"


# -- shaping, glyphs, fonts, validity ---------------------------------------


def test_persian_is_shaped_in_the_pdf(pdf_dir):
    path = build_pdf(pdf_dir / "shaped.pdf", [BidiParagraph("ب ببب لا", 14, direction="rtl")])
    font = shaping.hb_font(get_face(ARABIC))
    with pymupdf.open(path) as document:
        spans = document[0].get_texttrace()
    glyphs = sorted(
        (char[2][0], char[1]) for span in spans for char in span["chars"] if char[1] > 0
    )
    names = [font.glyph_to_string(gid) for _, gid in glyphs if font.glyph_to_string(gid) != "space"]
    # Left to right: lam-alef ligature, then beh final, medial, initial, then the isolated beh.
    assert names == ["uniFEFB", "uniFE90", "uniFE92", "uniFE91", "uni0628"]
    with pymupdf.open(path) as document:
        line = page_lines(document[0])[0]
    assert text_of(line) == rtl("ب ببب لا")
    isolated, initial = line[-1], line[-3]
    assert initial["bbox"][2] - initial["bbox"][0] < 0.6 * (
        isolated["bbox"][2] - isolated["bbox"][0]
    )


@pytest.fixture(scope="module")
def mixed_pdf(pdf_dir) -> Path:
    story = [
        BidiParagraph(HEBREW_MIXED, 11, direction="rtl", space_after=6),
        BidiParagraph(PERSIAN_MIXED, 11, direction="rtl", space_after=6),
        BidiParagraph("כותרת מודגשת — عنوان پررنگ — Bold heading", 13, bold=True, direction="rtl"),
        BidiParagraph("Plain English, «guillemets», a → b.", 11),
    ]
    return build_pdf(pdf_dir / "mixed.pdf", story)


def test_every_character_extracts_as_a_real_character(mixed_pdf):
    with pymupdf.open(mixed_pdf) as document:
        page = document[0]
        chars = [char["c"] for line in page_lines(page) for char in line]
        glyph_ids = [char[1] for span in page.get_texttrace() for char in span["chars"]]
    assert chars and not [c for c in chars if c == "\ufffd" or 0xE000 <= ord(c) <= 0xF8FF]
    assert 0 not in glyph_ids  # no .notdef box anywhere


def test_fonts_are_embedded_subsets(mixed_pdf):
    with pymupdf.open(mixed_pdf) as document:
        fonts = document.get_page_fonts(0)  # (xref, ext, type, basefont, name, encoding)
        used = {span["font"] for span in document[0].get_texttrace()}
        ours = {
            basefont.split("+", 1)[1]: document.extract_font(xref)[3]
            for xref, _, _, basefont, *_ in fonts
            if "+" in basefont
        }
    assert {
        "NotoSans-Regular",
        "NotoSans-Bold",
        "NotoSansHebrew-Regular",
        "NotoSansHebrew-Bold",
        "NotoSansArabic-Regular",
        "NotoSansArabic-Bold",
        "NotoSansMath-Regular",
    } == set(ours)
    assert all(len(program) > 1000 for program in ours.values())  # embedded font programs
    assert used <= set(ours)  # all text is drawn with them (ReportLab's unused Helvetica aside)
    if shutil.which("pdffonts"):
        report = subprocess.run(
            ["pdffonts", str(mixed_pdf)], capture_output=True, text=True, check=True
        )
        rows = [row for row in report.stdout.splitlines() if "Noto" in row]
        assert len(rows) == 7
        assert all(row.split()[-5:-2] == ["yes", "yes", "yes"] for row in rows), report.stdout


@pytest.mark.skipif(shutil.which("qpdf") is None, reason="qpdf is not installed")
def test_qpdf_check_passes(mixed_pdf):
    result = subprocess.run(["qpdf", "--check", str(mixed_pdf)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No syntax or stream encoding errors" in result.stdout


def test_same_content_gives_the_same_bytes(pdf_dir):
    def build(name):
        document = SimpleDocTemplate(str(pdf_dir / name), pagesize=A4, invariant=1)
        document.build([BidiParagraph(PERSIAN_MIXED, 11)])
        return (pdf_dir / name).read_bytes()

    assert build("a.pdf") == build("b.pdf")


def test_draw_line_aligns_to_its_anchor(pdf_dir):
    from reportlab.pdfgen.canvas import Canvas

    path = pdf_dir / "draw_line.pdf"
    canvas = Canvas(str(path), pagesize=A4)
    widths = [
        draw_line(canvas, 300, 700, "עמוד 1 מתוך 3", 10),  # right-to-left: x is the right edge
        draw_line(canvas, 300, 650, "Page 1 of 3", 10),  # left-to-right: x is the left edge
        draw_line(canvas, 300, 600, "صفحه ۱ از ۳", 10, align="center", color=colors.red),
    ]
    canvas.save()
    with pymupdf.open(path) as document:
        lines = page_lines(document[0])
    assert [text_of(line) for line in lines] == [
        "3 " + rtl("מתוך") + " 1 " + rtl("עמוד"),
        "Page 1 of 3",
        rtl("صفحه ۱ از ۳"),
    ]
    (hebrew, english, persian) = lines
    assert hebrew[-1]["bbox"][2] == pytest.approx(300, abs=0.01)
    assert english[0]["bbox"][0] == pytest.approx(300, abs=0.01)
    assert persian[0]["bbox"][0] == pytest.approx(300 - widths[2] / 2, abs=0.01)


# -- symbols and emoji -------------------------------------------------------

SYMBOLS = "✓ ★ ☎ → © ∑ √ ≤ ① ⌘ ⚠ ☑"
EMOJI = ["😀", "👍🏽", "❤️", "👨\u200d👩\u200d👧", "🇮🇱", "1️⃣"]


def test_symbols_and_emoji_print_with_real_glyphs(pdf_dir):
    emoji = " ".join(EMOJI)
    story = [
        BidiParagraph(f"השרת {SYMBOLS} פעיל {emoji}", 11, direction="rtl", space_after=6),
        BidiParagraph(f"می\u200cخواهم {SYMBOLS} {emoji}", 11, direction="rtl", space_after=6),
        BidiParagraph(f"Ready {SYMBOLS} Привет μΩ {emoji}", 11, bold=True),
    ]
    path = build_pdf(pdf_dir / "symbols.pdf", story)
    with pymupdf.open(path) as document:
        page = document[0]
        lines = [text_of(line) for line in page_lines(page)]
        glyph_ids = [char[1] for span in page.get_texttrace() for char in span["chars"]]
        fonts = {font[3].split("+")[-1] for font in document.get_page_fonts(0)}
    assert len(lines) == 3 and 0 not in glyph_ids
    for line in lines:
        assert "\ufffd" not in line and not [c for c in line if 0xE000 <= ord(c) <= 0xF8FF]
        # symbols and emoji read left to right inside an LTR or RTL line alike
        assert SYMBOLS.replace(" ", "") in line.replace(" ", "") or rtl(
            SYMBOLS.replace(" ", "")
        ) in line.replace(" ", "")
    # every character extracts (a sequence's glyph stands for all of its characters;
    # the variation selector is invisible and left out)
    typed = f"Ready {SYMBOLS} Привет μΩ {emoji}".replace("\ufe0f", "")
    assert sorted(lines[2].replace(" ", "")) == sorted(typed.replace(" ", ""))
    assert {"NotoEmoji-Regular", "NotoSansSymbols2-Regular", "NotoSansMath-Regular"} <= fonts


def test_a_character_no_font_has_is_written_as_its_code(pdf_dir, caplog):
    path = build_pdf(pdf_dir / "missing.pdf", [BidiParagraph("מפתח \ue000 כאן 漢", 11)])
    with pymupdf.open(path) as document:
        page = document[0]
        line = text_of(page_lines(page)[0])
        glyph_ids = [char[1] for span in page.get_texttrace() for char in span["chars"]]
    assert "<U+E000>" in line and "<U+6F22>" in line
    assert "\ufffd" not in line and 0 not in glyph_ids
