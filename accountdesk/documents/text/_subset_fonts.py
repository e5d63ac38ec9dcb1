"""Subset the Noto fonts shipped in ``resources/fonts`` (maintainer script).

Run from the repository root:

    python -m accountdesk.documents.text._subset_fonts [SOURCE_DIR]

SOURCE_DIR defaults to /usr/share/fonts/truetype/noto (Debian's
``fonts-noto-core``). Each font keeps only the blocks our documents use,
with every OpenType layout feature (GSUB/GPOS/GDEF) so that HarfBuzz shapes
exactly as with the full font, and a cmap for every kept character.
"""

from __future__ import annotations

import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

DEFAULT_SOURCE_DIR = Path("/usr/share/fonts/truetype/noto")
TARGET_DIR = Path(__file__).resolve().parents[3] / "resources" / "fonts"

# (first, last) code points, inclusive.
Ranges = tuple[tuple[int, int], ...]

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
    (0xFFFD, 0xFFFD),  # replacement character, drawn for unsupported text
)

LATIN_RANGES = (
    (0x0100, 0x017F),  # Latin Extended-A
    (0x0180, 0x024F),  # Latin Extended-B (Romanian s/t with comma below)
    (0x02B0, 0x02FF),  # Spacing Modifier Letters
    (0x0300, 0x036F),  # Combining Diacritical Marks (decomposed names)
    (0x1E00, 0x1EFF),  # Latin Extended Additional (Vietnamese names)
    (0x2100, 0x214F),  # Letterlike Symbols (No., TM)
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
)

FONTS = {
    "NotoSans-Regular.ttf": LATIN_RANGES,
    "NotoSans-Bold.ttf": LATIN_RANGES,
    "NotoSansHebrew-Regular.ttf": HEBREW_RANGES,
    "NotoSansHebrew-Bold.ttf": HEBREW_RANGES,
    "NotoSansArabic-Regular.ttf": ARABIC_RANGES,
    "NotoSansArabic-Bold.ttf": ARABIC_RANGES,
    "NotoSansMath-Regular.ttf": SYMBOL_RANGES,
}


def code_points(ranges: Ranges) -> list[int]:
    """The symbol font is a fallback only: it keeps just its own ranges."""
    chosen = ranges if ranges is SYMBOL_RANGES else (*COMMON_RANGES, *ranges)
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


def subset_font(source: Path, target: Path, ranges: Ranges) -> None:
    font = TTFont(source, recalcTimestamp=False)  # same input, same bytes
    subsetter = subset.Subsetter(subset_options())
    subsetter.populate(unicodes=code_points(ranges))
    subsetter.subset(font)
    font.save(target)


def main(argv: list[str]) -> None:
    source_dir = Path(argv[1]) if len(argv) > 1 else DEFAULT_SOURCE_DIR
    TARGET_DIR.mkdir(parents=True, exist_ok=True)
    for name, ranges in FONTS.items():
        subset_font(source_dir / name, TARGET_DIR / name, ranges)
        print(
            f"{name}: {(source_dir / name).stat().st_size} -> {(TARGET_DIR / name).stat().st_size} bytes"
        )


if __name__ == "__main__":
    main(sys.argv)
