"""Generate ``_bidi_data.py`` from the Unicode Character Database.

Run from the repository root:

    python -m accountdesk.documents.text._generate_bidi_data [UCD_DIR]

UCD_DIR defaults to /usr/share/unicode (Debian's ``unicode-data`` package).
The output is committed, so the application never needs the UCD files.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from pathlib import Path

DEFAULT_UCD_DIR = Path("/usr/share/unicode")
OUTPUT = Path(__file__).with_name("_bidi_data.py")


def _data_rows(path: Path) -> Iterator[list[str]]:
    """Yield the ';'-separated fields of each non-comment line."""
    for line in path.read_text(encoding="utf-8").splitlines():
        content = line.split("#", 1)[0].strip()
        if content:
            yield [field.strip() for field in content.split(";")]


def _file_version(path: Path) -> str:
    first_line = path.read_text(encoding="utf-8").splitlines()[0]
    match = re.search(r"-(\d+\.\d+\.\d+)\.txt", first_line)
    return match.group(1) if match else "unknown"


def _canonical_singletons(ucd_dir: Path) -> dict[int, int]:
    """Map characters with a singleton canonical decomposition to its target.

    BD16 compares brackets by canonical equivalence (U+2329 pairs with U+3009).
    """
    singletons = {}
    for fields in _data_rows(ucd_dir / "UnicodeData.txt"):
        decomposition = fields[5]
        if decomposition and not decomposition.startswith("<") and " " not in decomposition:
            singletons[int(fields[0], 16)] = int(decomposition, 16)
    return singletons


def read_brackets(ucd_dir: Path) -> dict[int, tuple[int, bool]]:
    """code point -> (canonical closing bracket of the pair, is_opening)."""
    canonical = _canonical_singletons(ucd_dir)
    brackets = {}
    for code, paired, kind in _data_rows(ucd_dir / "BidiBrackets.txt"):
        code_point, paired_point = int(code, 16), int(paired, 16)
        closing = paired_point if kind == "o" else code_point
        brackets[code_point] = (canonical.get(closing, closing), kind == "o")
    return brackets


def read_mirrors(ucd_dir: Path) -> dict[int, int]:
    return {
        int(code, 16): int(mirrored, 16)
        for code, mirrored in _data_rows(ucd_dir / "BidiMirroring.txt")
    }


def render_module(
    version: str, brackets: dict[int, tuple[int, bool]], mirrors: dict[int, int]
) -> str:
    lines = [
        '"""Bidi bracket pairs and mirrored glyphs (generated: do not edit).',
        "",
        f"Source: Unicode {version} BidiBrackets.txt and BidiMirroring.txt, by",
        "_generate_bidi_data.py.",
        '"""',
        "",
        "# code point -> (canonical closing bracket of its pair, True if opening)",
        "BRACKETS = {",
    ]
    lines += [
        f"    0x{code:04X}: (0x{closing:04X}, {opening}),"
        for code, (closing, opening) in sorted(brackets.items())
    ]
    lines += [
        "}",
        "",
        "# code point -> code point of its mirrored glyph (Bidi_Mirroring_Glyph)",
        "MIRRORS = {",
    ]
    lines += [f"    0x{code:04X}: 0x{mirrored:04X}," for code, mirrored in sorted(mirrors.items())]
    lines += ["}", ""]
    return "\n".join(lines)


def main(argv: list[str]) -> None:
    ucd_dir = Path(argv[1]) if len(argv) > 1 else DEFAULT_UCD_DIR
    brackets_file = ucd_dir / "BidiBrackets.txt"
    text = render_module(
        _file_version(brackets_file), read_brackets(ucd_dir), read_mirrors(ucd_dir)
    )
    OUTPUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUTPUT}")


if __name__ == "__main__":
    main(sys.argv)
