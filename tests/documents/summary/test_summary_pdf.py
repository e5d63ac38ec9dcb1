"""The generated summaries, read back from the PDF: order, shaping, fonts, pages.

Expected visual strings are written out by hand (a right-to-left word appears reversed
when a line is read left to right); nothing here asks the generator what it meant.
"""

from __future__ import annotations

import functools
import re

import pytest
import uharfbuzz as hb
from pdf_reading import all_lines, find_lines, open_pdf, pdffonts, qpdf_check, rtl, visual_lines

from accountdesk.documents.summary import SignatureBox, SummaryOptions, SummaryPdf, build_summary
from accountdesk.documents.text.fonts import fonts_dir
from accountdesk.domain.enums import Side
from accountdesk.domain.service_file import ContactData

LANGUAGES = ["he", "fa", "fa_latin", "en"]
H1_SIZE, H2_SIZE = 12.5, 10.0
FOOTER_ZONE = 45  # points from the bottom edge: the footer, not body text


def box_for(summary: SummaryPdf, side: Side) -> SignatureBox:
    [box] = [box for box in summary.signature_boxes if box.side == side]
    return box


# -- the file itself ---------------------------------------------------------------------


@pytest.mark.parametrize("name", [*LANGUAGES, "typical"])
def test_qpdf_finds_no_errors(built, name, tmp_path):
    result = qpdf_check(built(name).data, tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No syntax or stream encoding errors" in result.stdout


@pytest.mark.parametrize("name", LANGUAGES)
def test_every_font_is_embedded_as_a_subset_with_a_unicode_map(built, name, tmp_path):
    fonts = pdffonts(built(name).data, tmp_path)
    assert fonts, "no fonts at all"
    for font in fonts:
        assert (font["emb"], font["sub"], font["uni"]) == ("yes", "yes", "yes"), font
    names = " ".join(f["name"] for f in fonts)
    expected = {
        "he": "NotoSansHebrew",
        "fa": "NotoSansArabic",
        "fa_latin": "NotoSansArabic",
        "en": "NotoSans-",
    }
    assert expected[name] in names


@pytest.mark.parametrize("name", [*LANGUAGES, "typical"])
def test_no_character_lacks_a_glyph(built, name):
    doc = open_pdf(built(name).data)
    for page in doc:
        assert "\ufffd" not in page.get_text()
        for span in page.get_texttrace():
            drawn = [gid for _, gid, *_ in span["chars"] if gid >= 0]
            assert 0 not in drawn, f"a .notdef glyph on page {page.number + 1} in {span['font']}"


def test_pages_are_a4_and_the_document_says_its_language(built):
    doc = open_pdf(built("he").data)
    assert doc.page_count == built("he").page_count
    assert all(round(page.rect.width) == 595 and round(page.rect.height) == 842 for page in doc)
    assert doc.pdf_catalog() and "/Lang (he)" in doc.xref_object(doc.pdf_catalog())


# -- every page carries customer, version, page X of Y and the fingerprint ------------------

FOOTERS = {
    "he": ("{pages} ךותמ {page} דומע", rtl("אקמה תעשיות בע״מ"), rtl("גרסת טיוטה")),
    "fa": (
        "{pages} زا {page} هحفص",
        rtl("شرکت داده\u200cپردازان پارس").replace("\u200c", ""),
        rtl("نسخه"),
    ),
    "en": ("Page {page} of {pages}", "Northwind Traders Ltd", "Draft version"),
}
PERSIAN = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")


@pytest.mark.parametrize("name", LANGUAGES)
def test_every_page_has_the_footer(built, name):
    summary = built(name)
    page_of, customer, version = FOOTERS[name.split("_")[0]]
    doc = open_pdf(summary.data)
    assert doc.page_count >= 2
    for page in doc:
        footer = " ".join(
            line.visual for line in visual_lines(page) if line.y > page.rect.height - FOOTER_ZONE
        )
        expected = page_of.format(page=page.number + 1, pages=doc.page_count)
        if name == "fa":
            expected = expected.translate(PERSIAN)
        assert expected in footer, footer
        assert summary.fingerprint in footer
        assert customer in footer and version in footer


def test_the_fingerprint_is_twelve_hex_digits_and_the_same_in_every_language(built):
    fingerprint = built("he").fingerprint
    assert len(fingerprint) == 12 and int(fingerprint, 16) >= 0
    assert built("he_as_en").fingerprint == fingerprint


# -- right to left --------------------------------------------------------------------------


def test_hebrew_title_runs_right_to_left(built):
    assert find_lines(built("he").data, rtl("סיכום תיאום ציפיות"))
    assert not find_lines(built("he").data, "סיכום תיאום ציפיות")


def test_wrapped_lines_keep_their_order_top_down(built):
    data = built("he").data
    [(page_a, first)] = find_lines(data, rtl("סיכום זה מתעד"))
    [(page_b, last)] = find_lines(data, rtl("הבנה משותפת."))
    assert page_a == page_b == 0
    assert first.y < last.y, "the paragraph's first words must be on its top line"
    assert first.visual.endswith(rtl("סיכום זה מתעד")), "and start at the right edge"


def test_persian_paragraph_is_right_aligned(built):
    doc = open_pdf(built("fa").data)
    lines = [line for line in visual_lines(doc[0]) if rtl("این صورتجلسه") in line.visual]
    assert lines
    right_edge = max(g.x1 for g in lines[0].glyphs)
    assert right_edge == pytest.approx(doc[0].rect.width - 18 * 72 / 25.4, abs=1.5)


def test_english_product_name_with_hebrew_in_brackets_reads_in_order(built):
    """'Exchange 2019 (מקומי)' in a Hebrew table is one value whose first letter is Latin:
    it reads left to right as typed, the Hebrew word in brackets after the version."""
    data = built("he").data
    assert find_lines(data, "Exchange 2019 (" + rtl("מקומי") + ")")


def test_an_email_inside_a_hebrew_sentence_stays_whole_between_its_words(built):
    data = built("he").data
    [(_, line)] = [
        (n, line)
        for n, line in find_lines(data, "support@itpro.co.il")
        if rtl("במייל") in line.visual
    ]
    assert line.x_of(rtl("במייל")) > line.x_of("support@itpro.co.il") > line.x_of(rtl("אישור"))


def test_an_email_after_a_hebrew_prefix_keeps_the_prefix_on_its_right(built):
    """'ל-it@acme.co.il' ('to it@...'): the prefix is read first, so it is drawn right."""
    lines = find_lines(built("he").data, "it@acme.co.il")
    assert any("it@acme.co.il-" + rtl("ל") in line.visual for _, line in lines), [
        line.visual for _, line in lines
    ]


def test_dates_phones_and_percentages_read_as_expected_in_hebrew(built):
    data = built("he").data
    [(_, meeting)] = find_lines(data, rtl("התקיימה בתאריך"))
    assert meeting.x_of("10") > meeting.x_of("2026"), "the day comes first, at the right"
    assert find_lines(data, "03-555-1234"), "an Israeli number, nationally, in an Israeli file"
    [(_, words)] = [
        (n, line) for n, line in find_lines(data, rtl("זמינות של")) if "SAP" in line.visual
    ]
    assert words.x_of(rtl("זמינות של")) > words.x_of("99.9%") > words.x_of("SAP")


def test_persian_phone_numbers_and_dates_are_not_turned_around(built):
    data = built("fa").data
    assert find_lines(data, "021 8877 6655"), "a phone number reads left to right"
    assert find_lines(data, "021-88776655"), "even typed inside Persian text"
    [(_, line)] = find_lines(data, rtl("آذر") + " ۲ :" + rtl("تاریخ"))  # title block: 2 Azar 1405
    assert line.x_of("۲") > line.x_of("۱۴۰۵"), "the day comes first, at the right"


def test_table_columns_are_mirrored_in_right_to_left_documents(built):
    [(_, header)] = find_lines(built("he").data, rtl("מיקום וכתובת"))
    assert header.x_of(rtl("מערכת")) > header.x_of(rtl("סוג")) > header.x_of(rtl("באחריות"))
    [(_, english)] = find_lines(built("en").data, "Location and address")
    assert english.x_of("System") < english.x_of("Kind") < english.x_of("Owner")


def test_a_long_table_breaks_across_pages_and_repeats_its_header(built):
    pages = {page for page, _ in find_lines(built("typical").data, rtl("מיקום וכתובת"))}
    assert len(pages) >= 2


def test_a_table_of_hundreds_of_rows_lists_each_row_once_in_order_under_its_header():
    import summary_samples as samples

    file = samples.typical_file(systems=300)
    data = build_summary(file, SummaryOptions(staff=samples.STAFF), today=samples.TODAY).data
    hosts: list[tuple[int, int]] = []  # (page, system number) in reading order
    header_pages = {page for page, _ in find_lines(data, rtl("מיקום וכתובת"))}
    for page, line in all_lines(data):
        hosts += [(page, int(n)) for n in re.findall(r"srv(\d+)\.acme\.local", line.visual)]
    assert [number for _, number in hosts] == list(range(300))
    assert {page for page, _ in hosts} <= header_pages
    assert len(header_pages) >= 10


def test_no_page_ends_with_a_heading(built):
    for name in [*LANGUAGES, "typical"]:
        doc = open_pdf(built(name).data)
        for page in doc:
            body = [line for line in visual_lines(page) if line.y < page.rect.height - FOOTER_ZONE]
            assert body[-1].size not in (H1_SIZE, H2_SIZE), (
                f"{name} page {page.number + 1}: {body[-1].visual}"
            )


# -- Persian shaping --------------------------------------------------------------------------


def test_persian_letters_are_joined(built):
    drawn = _drawn(built("fa").data, 1, rtl("فناوری"))
    assert [gid for _, gid, _ in drawn] == _shaped("NotoSansArabic-Regular.ttf", "فناوری")
    nominal = [_nominal_glyph(_font_path("NotoSansArabic-Regular.ttf"), ch) for ch in rtl("فناوری")]
    assert [gid for _, gid, _ in drawn] != nominal, "contextual forms, not isolated letters"


def test_lam_alef_is_one_ligature_glyph(built):
    drawn = _drawn(built("fa").data, 1, rtl("اطلاعات"), keep_ligature_parts=False)
    assert len(drawn) == len("اطلاعات") - 1
    assert [gid for _, gid, _ in drawn] == _shaped("NotoSansArabic-Regular.ttf", "اطلاعات")


def test_zwnj_breaks_the_join_and_draws_nothing(built):
    word = "می\u200cخواهیم"
    drawn = _drawn(built("fa").data, None, rtl(word).replace("\u200c", ""))
    gids = [gid for _, gid, _ in drawn]
    assert gids == _shaped("NotoSansArabic-Regular.ttf", word)
    assert gids != _shaped("NotoSansArabic-Regular.ttf", word.replace("\u200c", ""))


# -- digits, signatures, hostile input -----------------------------------------------------


def test_persian_digits_are_an_option(built):
    with_persian = " ".join(line.visual for _, line in all_lines(built("fa").data))
    with_latin = " ".join(line.visual for _, line in all_lines(built("fa_latin").data))
    assert "۹۹٫۳۲٪" in with_persian and "99.32%" in with_latin
    assert rtl("۳۰ دقیقه") in with_persian or "۳۰" in with_persian
    assert "۱۴۰۵" in with_persian and "1405" in with_latin  # Jalali year either way
    assert built("fa").fingerprint in with_persian, "the content ID stays in Latin hex"


@pytest.mark.parametrize("name, customer_on_right", [("he", True), ("fa", True), ("en", False)])
def test_signature_blocks_are_on_the_last_page_in_reading_order(built, name, customer_on_right):
    summary = built(name)
    doc = open_pdf(summary.data)
    customer, provider = box_for(summary, Side.CUSTOMER), box_for(summary, Side.PROVIDER)
    assert customer.page_index == provider.page_index == doc.page_count - 1
    width = doc[0].rect.width
    assert (customer.block[0] > width / 2) is customer_on_right
    assert (provider.block[0] > width / 2) is not customer_on_right
    for box in (customer, provider):
        x0, y0, x1, y1 = box.signature
        assert box.block[0] <= x0 < x1 <= box.block[2] and box.block[1] <= y0 < y1 <= box.block[3]
        assert y1 - y0 > 30, "room for a signature"


def test_the_signatory_name_is_printed_inside_its_block(built):
    summary = built("he")
    box = box_for(summary, Side.CUSTOMER)
    page = open_pdf(summary.data)[box.page_index]
    [line] = [line for line in visual_lines(page) if rtl("יוסי כהן") in line.visual]
    x0, y0, x1, y1 = box.block
    top_down = page.rect.height - line.y
    assert x0 <= line.x_of(rtl("יוסי כהן")) <= x1 and y0 <= top_down <= y1


def test_bidi_controls_in_user_values_are_neutralised():
    from summary_samples import STAFF, TODAY, hebrew_file

    file = hebrew_file()
    file.contacts.append(ContactData(name="\u202eyossi", role="\u202bבודק\u202c"))
    summary = build_summary(file, SummaryOptions(staff=STAFF), today=TODAY)
    text = "".join(line.visual for _, line in all_lines(summary.data))
    assert not any(ch in text for ch in "\u202a\u202b\u202c\u202d\u202e")
    assert find_lines(summary.data, "yossi"), "the override did not turn the name around"


def _summary_with(make_file, language: str, **profile: str) -> bytes:
    """The sample file with these values in its profile (a table of label and value)."""
    import dataclasses

    from summary_samples import STAFF, TODAY

    file = dataclasses.replace(make_file(), **profile)
    options = SummaryOptions(staff=STAFF, language=language)
    return build_summary(file, options, today=TODAY).data


PROFILE_FIELDS = ("industry", "business_needs", "support_in_scope", "support_out_of_scope")


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("he", ("שרת גיבוי", "חומת אש", "וירטואליזציה")),
        ("fa", ("سرور پشتیبان", "فایروال", "مجازی")),
    ],
)
def test_a_latin_phrase_ending_in_a_number_reads_in_order_at_the_end_of_a_cell(language, words):
    """ "שרת גיבוי Veeam 12.1": the version stays after the product's name, at the left end
    of the value, which starts at the right."""
    from summary_samples import hebrew_file, persian_file

    products = ("Veeam 12.1", "FortiGate 7.4.3", "VMware vSphere 8.0u2")
    values = {
        field: f"{word} {product}"
        for field, word, product in zip(PROFILE_FIELDS, words, products, strict=False)
    }
    data = _summary_with(hebrew_file if language == "he" else persian_file, language, **values)
    for word, product in zip(words, products, strict=True):
        assert find_lines(data, f"{product} {rtl(word)}")


@pytest.mark.parametrize("language", ["he", "fa", "en"])
def test_table_cells_read_as_typed(language):
    from summary_samples import hebrew_file

    data = _summary_with(
        hebrew_file,
        language,
        industry='<b>bold</b> & "quotes"',
        business_needs="=SUM(A1:A3)",
        support_in_scope="<i>x</i> <br/> &amp; <font color=red>y</font>",
    )
    assert find_lines(data, '<b>bold</b> & "quotes"'), "markup-like text is printed as typed"
    assert find_lines(data, "=SUM(A1:A3)"), "a formula keeps its = first"
    assert find_lines(data, "<i>x</i> <br/> &amp; <font color=red>y</font>"), "never markup"


def test_hebrew_system_names_read_right_to_left_in_an_english_document():
    from summary_samples import english_file

    data = _summary_with(english_file, "en", industry="שרת גיבוי Veeam 12.1 ראשי")
    assert find_lines(data, rtl("ראשי") + " Veeam 12.1 " + rtl("שרת גיבוי"))


# -- helpers -----------------------------------------------------------------------------------


def _font_path(name: str):
    """The shipped font file, by file name or by the name a PDF gives its subset."""
    name = name.rsplit("+", maxsplit=1)[-1]
    return fonts_dir() / (name if name.endswith(".ttf") else f"{name}.ttf")


@functools.cache
def _hb_font(path) -> hb.Font:
    return hb.Font(hb.Face(hb.Blob(path.read_bytes())))


def _nominal_glyph(path, ch: str) -> int:
    return _hb_font(path).get_nominal_glyph(ord(ch))


def _shaped(font_name: str, word: str) -> list[int]:
    """HarfBuzz's glyphs for a Persian word on its own, in visual order."""
    buffer = hb.Buffer()
    buffer.add_str(word)
    buffer.direction, buffer.script, buffer.language = "rtl", "Arab", "fa"
    buffer.flags = hb.BufferFlags.REMOVE_DEFAULT_IGNORABLES
    hb.shape(_hb_font(_font_path(font_name)), buffer)
    return [info.codepoint for info in buffer.glyph_infos]


def _drawn(data: bytes, page_number: int | None, visual: str, keep_ligature_parts: bool = True):
    """(character, glyph id, font name) drawn for the first occurrence of `visual` (left to right)
    on a page (or any page), from PyMuPDF's text trace."""
    doc = open_pdf(data)
    pages = [doc[page_number]] if page_number is not None else list(doc)
    for page in pages:
        lines: dict[float, list] = {}
        for span in page.get_texttrace():
            for ch, gid, origin, bbox in span["chars"]:
                lines.setdefault(round(origin[1], 1), []).append(
                    (chr(ch), gid, bbox[0], span["font"])
                )
        for glyphs in lines.values():
            glyphs.sort(key=lambda g: g[2])
            visible = [(ch, gid, font) for ch, gid, _, font in glyphs if ch not in "\u200c\u200d"]
            text = "".join(ch for ch, _, _ in visible)
            if visual in text:
                start = text.index(visual)
                found = visible[start : start + len(visual)]
                return found if keep_ligature_parts else [g for g in found if g[1] >= 0]
    raise AssertionError(f"{visual!r} not found")


# -- Arabic -------------------------------------------------------------------------------------

ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def test_arabic_summary_reads_right_to_left_with_arabic_indic_digits(built):
    data = built("ar").data
    assert find_lines(data, rtl("محضر مواءمة التوقعات")), "the title, right to left"
    assert not find_lines(data, "محضر مواءمة التوقعات")
    doc = open_pdf(data)
    for page in doc:
        footer = " ".join(
            line.visual for line in visual_lines(page) if line.y > page.rect.height - FOOTER_ZONE
        )
        page_of = f"{doc.page_count} {rtl('من')} {page.number + 1} {rtl('الصفحة')}"
        assert page_of.translate(ARABIC_INDIC) in footer, footer
        assert built("ar").fingerprint in footer, "the content ID stays in Latin hex"
    text = " ".join(line.visual for _, line in all_lines(data))
    assert "٢٠٢٦" in text and "2026" not in text.replace("2026-", "")
    assert find_lines(data, "021 8877 6655"), "a phone number reads left to right"
    assert find_lines(data, "ali.rezaei@pars-insurance.ir"), "an e-mail stays whole"


def test_arabic_letters_are_joined(built):
    drawn = _drawn(built("ar").data, 0, rtl("التوقعات"))
    assert [gid for _, gid, _ in drawn] == _shaped("NotoSansArabic-Regular.ttf", "التوقعات")


def test_arabic_digits_are_an_option(built):
    latin = " ".join(line.visual for _, line in all_lines(built("ar_latin").data))
    assert "2026" in latin and "٢٠٢٦" not in latin
