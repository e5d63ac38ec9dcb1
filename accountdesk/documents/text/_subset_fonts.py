"""Subset the Noto fonts shipped in ``resources/fonts`` (maintainer script).

Run from the repository root:

    python -m accountdesk.documents.text._subset_fonts [SOURCE_DIR [EMOJI_FONT]]

SOURCE_DIR defaults to /usr/share/fonts/truetype/noto (Debian's
``fonts-noto-core``). EMOJI_FONT is the variable ``NotoEmoji[wght].ttf``
(monochrome Noto Emoji; the ``manimgx-fonts`` wheel on PyPI ships it
unmodified); its regular weight is instanced before subsetting. Each font
keeps only the blocks our documents use, with every OpenType layout feature
(GSUB/GPOS/GDEF) so that HarfBuzz shapes exactly as with the full font, and
a cmap for every kept character.

The same run writes ``accountdesk/domain/_printable_data.py``: the
characters the shipped fonts cover, which field validation accepts.
"""

from __future__ import annotations

import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont
from fontTools.varLib import instancer

DEFAULT_SOURCE_DIR = Path("/usr/share/fonts/truetype/noto")
DEFAULT_EMOJI_FONT = Path("NotoEmoji[wght].ttf")
REPOSITORY = Path(__file__).resolve().parents[3]
TARGET_DIR = REPOSITORY / "resources" / "fonts"
PRINTABLE_MODULE = REPOSITORY / "accountdesk" / "domain" / "_printable_data.py"
EMOJI_FILE = "NotoEmoji-Regular.ttf"

# Ranges are (first, last) code points, inclusive.
# Characters every font keeps when it has them: spaces and punctuation shared
# by all scripts, bidi controls and joiners, currency, arrows.
COMMON_RANGES = (
    (0x0020, 0x007E),  # Basic Latin
    (0x00A0, 0x00FF),  # Latin-1 Supplement (NBSP, «», currency, accents)
    (0x2000, 0x206F),  # General Punctuation (ZWNJ, ZWJ, LRM/RLM, embeddings, isolates)
    (0x20A0, 0x20CF),  # Currency Symbols (₪, €, ﷼ lives in Arabic presentation forms)
    (0x2190, 0x21FF),  # Arrows
    (0x061C, 0x061C),  # ARABIC LETTER MARK
    (0xFEFF, 0xFEFF),  # zero width no-break space
)

LATIN_RANGES = (
    (0x0100, 0x017F),  # Latin Extended-A
    (0x0180, 0x024F),  # Latin Extended-B (Romanian s/t with comma below)
    (0x02B0, 0x02FF),  # Spacing Modifier Letters
    (0x0300, 0x036F),  # Combining Diacritical Marks (decomposed names)
    (0x0370, 0x03FF),  # Greek (units and formulas: µ, Ω, π)
    (0x0400, 0x04FF),  # Cyrillic (Russian names)
    (0x1E00, 0x1EFF),  # Latin Extended Additional (Vietnamese names)
    (0x2070, 0x209F),  # Superscripts and Subscripts
    (0x2100, 0x214F),  # Letterlike Symbols (No., TM)
    (0x2150, 0x218F),  # Number Forms (fractions, Roman numerals)
)


HEBREW_RANGES = (
    (0x0590, 0x05FF),  # Hebrew, with niqqud and cantillation
    (0xFB1D, 0xFB4F),  # Alphabetic Presentation Forms (Hebrew)
)

ARABIC_RANGES = (
    (0x0600, 0x06FF),  # Arabic, with Persian letters and Extended Arabic-Indic digits
    (0x0750, 0x077F),  # Arabic Supplement
    (0xFB50, 0xFDFF),  # Arabic Presentation Forms-A
    (0xFE70, 0xFEFF),  # Arabic Presentation Forms-B
)

SYMBOL_RANGES = (
    (0x2190, 0x21FF),  # Arrows (Noto Sans has none)
    (0x2200, 0x22FF),  # Mathematical Operators
    (0x25A0, 0x25FF),  # Geometric Shapes
    (0x27C0, 0x27EF),  # Miscellaneous Mathematical Symbols-A
    (0x27F0, 0x27FF),  # Supplemental Arrows-A
    (0x2900, 0x297F),  # Supplemental Arrows-B
    (0x2980, 0x29FF),  # Miscellaneous Mathematical Symbols-B
    (0x2A00, 0x2AFF),  # Supplemental Mathematical Operators
)

# Noto Sans Symbols: enclosed numbers and letters, technical signs (⌘ ⌛ ⏎).
TEXT_SYMBOL_RANGES = (
    (0x2150, 0x218F),  # Number Forms
    (0x2300, 0x23FF),  # Miscellaneous Technical
    (0x2460, 0x24FF),  # Enclosed Alphanumerics (① Ⓐ)
    (0x2600, 0x26FF),  # Miscellaneous Symbols
    (0x2700, 0x27BF),  # Dingbats
    (0x1F100, 0x1F1FF),  # Enclosed Alphanumeric Supplement
)

# Noto Sans Symbols 2: check marks, stars, telephones, shapes and arrows as text.
# Game pieces, Braille, ancient numerals and legacy computing are left out.
MORE_SYMBOL_RANGES = (
    (0x2190, 0x21FF),  # Arrows
    (0x2300, 0x23FF),  # Miscellaneous Technical
    (0x2400, 0x243F),  # Control Pictures
    (0x2440, 0x245F),  # Optical Character Recognition
    (0x25A0, 0x25FF),  # Geometric Shapes
    (0x2600, 0x26FF),  # Miscellaneous Symbols (★ ☎ ☐ ☑ ⚠)
    (0x2700, 0x27BF),  # Dingbats (✓ ✔ ✗ ✘)
    (0x2B00, 0x2BFF),  # Miscellaneous Symbols and Arrows (⭐)
    (0x1F300, 0x1F5FF),  # Miscellaneous Symbols and Pictographs
    (0x1F650, 0x1F67F),  # Ornamental Dingbats
    (0x1F680, 0x1F6FF),  # Transport and Map Symbols
    (0x1F780, 0x1F7FF),  # Geometric Shapes Extended
    (0x1F800, 0x1F8FF),  # Supplemental Arrows-C
    (0x1F900, 0x1F9FF),  # Supplemental Symbols and Pictographs
)

# Noto Emoji (monochrome): every emoji and emoji sequence (skin tones, flags, ZWJ
# families keep their ligatures); its private-use glyphs are left out.
EMOJI_RANGES = (
    (0x0023, 0x0023),  # '#', '*' and digits start keycap sequences
    (0x002A, 0x002A),
    (0x0030, 0x0039),
    (0x00A9, 0x00AE),
    (0x200D, 0x200D),  # ZERO WIDTH JOINER
    (0x203C, 0x2049),
    (0x20E3, 0x20E3),  # COMBINING ENCLOSING KEYCAP
    (0x2100, 0x2BFF),  # letterlike, arrows, technical, symbols, dingbats
    (0x3030, 0x303D),
    (0x3297, 0x3299),
    (0xFE0E, 0xFE0F),  # text and emoji variation selectors
    (0x1F000, 0x1FAFF),  # the emoji blocks
    (0xE0020, 0xE007F),  # tags (subdivision flags)
)

FONTS = {
    "NotoSans-Regular.ttf": LATIN_RANGES,
    "NotoSans-Bold.ttf": LATIN_RANGES,
    "NotoSansHebrew-Regular.ttf": HEBREW_RANGES,
    "NotoSansHebrew-Bold.ttf": HEBREW_RANGES,
    "NotoSansArabic-Regular.ttf": ARABIC_RANGES,
    "NotoSansArabic-Bold.ttf": ARABIC_RANGES,
    "NotoSansMath-Regular.ttf": SYMBOL_RANGES,
    "NotoSansSymbols-Regular.ttf": TEXT_SYMBOL_RANGES,
    "NotoSansSymbols2-Regular.ttf": MORE_SYMBOL_RANGES,
    EMOJI_FILE: EMOJI_RANGES,
}
# Fallback fonts keep just their own ranges; text fonts also keep the common ones.
FALLBACK_FONTS = frozenset(
    {"NotoSansMath-Regular.ttf", "NotoSansSymbols-Regular.ttf", "NotoSansSymbols2-Regular.ttf"}
    | {EMOJI_FILE}
)


def code_points(name: str) -> list[int]:
    ranges = FONTS[name]
    chosen = ranges if name in FALLBACK_FONTS else (*COMMON_RANGES, *ranges)
    return [cp for first, last in chosen for cp in range(first, last + 1)]


def subset_options() -> subset.Options:
    options = subset.Options()
    options.layout_features = ["*"]  # keep every feature: HarfBuzz needs them all
    options.layout_scripts = ["*"]
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.glyph_names = True  # readable glyph names help tests and debugging
    options.legacy_kern = True
    options.notdef_outline = True
    options.drop_tables += ["DSIG"]  # the signature is void once subset
    return options


def load_font(source: Path) -> TTFont:
    font = TTFont(source, recalcTimestamp=False)  # same input, same bytes
    if "fvar" in font:  # a variable font: its regular instance
        font = instancer.instantiateVariableFont(font, {"wght": 400}, updateFontNames=False)
    return font


def subset_font(source: Path, target: Path, name: str) -> None:
    font = load_font(source)
    subsetter = subset.Subsetter(subset_options())
    subsetter.populate(unicodes=code_points(name))
    subsetter.subset(font)
    font.save(target)


def printable_ranges(folder: Path) -> list[tuple[int, int]]:
    """The characters the fonts in ``folder`` draw, as (first, last) ranges; a
    character must be in every weight of its family (bold text falls back to
    the other fonts, never to the regular weight)."""
    cmaps = {name: set(TTFont(folder / name).getBestCmap()) for name in FONTS}
    covered: set[int] = set()
    for name, points in cmaps.items():
        bold = name.replace("-Regular", "-Bold")
        if "-Bold" in name:
            continue
        covered |= points & cmaps[bold] if bold in cmaps else points
    covered -= {0xFFFD}  # damaged text, refused like any character without a glyph
    ranges: list[tuple[int, int]] = []
    for point in sorted(covered):
        if ranges and ranges[-1][1] == point - 1:
            ranges[-1] = (ranges[-1][0], point)
        else:
            ranges.append((point, point))
    return ranges


def write_printable_module(ranges: list[tuple[int, int]]) -> None:
    rows = "\n".join(f"    (0x{first:04X}, 0x{last:04X})," for first, last in ranges)
    PRINTABLE_MODULE.write_text(
        '"""The characters the document fonts draw, as sorted (first, last) ranges.\n\n'
        "Generated by accountdesk/documents/text/_subset_fonts.py from resources/fonts;\n"
        'do not edit."""\n\n'
        f"RANGES: tuple[tuple[int, int], ...] = (\n{rows}\n)\n",
        encoding="utf-8",
    )


def main(argv: list[str]) -> None:
    source_dir = Path(argv[1]) if len(argv) > 1 else DEFAULT_SOURCE_DIR
    emoji_font = Path(argv[2]) if len(argv) > 2 else DEFAULT_EMOJI_FONT
    TARGET_DIR.mkdir(parents=True, exist_ok=True)
    for name in FONTS:
        source = emoji_font if name == EMOJI_FILE else source_dir / name
        subset_font(source, TARGET_DIR / name, name)
        print(f"{name}: {source.stat().st_size} -> {(TARGET_DIR / name).stat().st_size} bytes")
    write_printable_module(printable_ranges(TARGET_DIR))


if __name__ == "__main__":
    main(sys.argv)
