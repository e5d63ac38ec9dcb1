"""What the text tests read back: the bidi levels and visual order of a text, a laid-out
line's characters in drawing order, and the characters no font of ours can draw."""

from __future__ import annotations

from collections.abc import Sequence

from accountdesk.documents.text import bidi
from accountdesk.documents.text.fonts import choose_faces
from accountdesk.documents.text.layout import Line


def paragraph_levels(text: str, base_dir: str = "auto") -> tuple[int, list[int]]:
    """Levels of a paragraph of text; ``base_dir`` is 'ltr', 'rtl' or 'auto'."""
    classes = bidi.bidi_classes(text)
    return bidi.resolve_levels(
        classes, bidi.BASE_DIRECTIONS[base_dir], bidi.bracket_properties(text)
    )


def reorder_line(text: str, levels: Sequence[int], base_level: int) -> tuple[list[int], list[int]]:
    """L1 then L2 for one line of a paragraph: (line levels, visual order)."""
    line = bidi.line_levels(bidi.bidi_classes(text), levels, base_level)
    return line, bidi.visual_order(line)


def visual_text(line: Line) -> str:
    """The characters in drawing order, left to right (ligatures keep their characters
    in logical order)."""
    return "".join(glyph.text for run in line.runs for glyph in run.glyphs)


def missing_glyphs(text: str, bold: bool = False) -> list[tuple[int, str]]:
    """(index, character) for every character none of our fonts can draw (line breaks
    and tabs, which the layout handles itself, aside)."""
    return [
        (index, ch)
        for index, (ch, face) in enumerate(zip(text, choose_faces(text, bold), strict=False))
        if face is None and ch not in "\n\r\t\x0b\x0c\x1c\x1d\x1e\x1f\x85\u2028\u2029"
    ]
