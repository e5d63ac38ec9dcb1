"""Paragraph layout: bidi levels once, lines broken in logical order with
shaped widths, then each line reordered (L1-L2) and shaped run by run.

Lengths are in points; glyph positions inside a run in font units.
"""

from __future__ import annotations

import bisect
import logging
import re
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import accumulate

import unicodedata2

from . import bidi
from ._bidi_data import BRACKETS
from .fonts import ARABIC, FontFace, choose_faces, is_default_ignorable
from .shaping import Glyph, ShapedRun, glyph_advance, nominal_glyph, shape_run

log = logging.getLogger(__name__)

LRI, PDI = "\u2066", "\u2069"
PARAGRAPH_SEPARATORS = "\n\r\x1c\x1d\x1e\x85\u2029"
LINE_SEPARATOR = "\u2028"  # a forced break inside a paragraph
_AS_SPACE = str.maketrans({"\t": " ", "\x0b": " ", "\x0c": " ", "\x1f": " "})
# Spaces after which a line may break (UAX #14 classes SP, BA and ZW, in
# short); no-break spaces (U+00A0, U+202F, U+2007) are not among them.
_BREAKING_SPACES = frozenset(
    " \u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2008\u2009\u200a"
    "\u205f\u3000\u200b" + LINE_SEPARATOR
)
_HYPHENS = frozenset("-\u2010")
# Where an e-mail address, host name or URL too wide for a line may break: after these,
# before a letter or digit ("it@|acme.|co.|il", "https://|example.com/|path").
_NATURAL_BREAKS = frozenset("@./-")
_BREAK_AFTER = re.compile(
    "[" + re.escape("".join(sorted(_BREAKING_SPACES | _HYPHENS | _NATURAL_BREAKS))) + "]"
)
EPSILON = 1e-6
# Resolved levels by a paragraph's bidi classes: a table's values share a handful of
# class sequences (every host name of one length has the same), and the algorithm is
# the dearest step of laying out a short paragraph.
_LEVELS_CACHE = 4096
# Any character with a Bidi_Paired_Bracket_Type (rule N0 pairs them).
_BRACKET = re.compile("[" + "".join(re.escape(chr(code)) for code in sorted(BRACKETS)) + "]")
_levels_cache: OrderedDict[
    tuple[tuple[str, ...], int | None, tuple[tuple[int, bool] | None, ...] | None],
    tuple[int, list[int]],
] = OrderedDict()


@dataclass(frozen=True, slots=True)
class GlyphRun:
    """Glyphs of one font and direction, in visual order."""

    face: FontFace
    size: float
    x: float  # left edge, from the left edge of the line
    width: float
    rtl: bool
    glyphs: tuple[Glyph, ...]

    @property
    def scale(self) -> float:
        """Points per font unit."""
        return self.size / self.face.units_per_em


@dataclass(frozen=True, slots=True)
class Line:
    start: int  # logical range of the paragraph text
    end: int
    width: float
    rtl: bool  # base direction of its paragraph
    runs: tuple[GlyphRun, ...]

    def x_offset(self, available_width: float) -> float:
        """Right alignment for right-to-left paragraphs, left otherwise."""
        return available_width - self.width if self.rtl else 0.0


@dataclass(frozen=True, slots=True)
class _Paragraph:
    start: int
    end: int  # exclusive, without its separator
    base_level: int


# --------------------------------------------------------------------------
# Preparing the text


# The C0 and C1 controls (category Cc) but the paragraph separators.
_INVISIBLE_CONTROLS = re.compile("[\x00-\x09\x0b\x0c\x0e-\x1b\x1f\x7f-\x84\x86-\x9f]")


def _strip_invisible_controls(text: str) -> str:
    """Drop C0/C1 controls other than line and paragraph breaks: fonts have
    no glyph for them and they carry no meaning on paper."""
    return _INVISIBLE_CONTROLS.sub("", text)


def _replace_missing(text: str, faces: list[FontFace | None]) -> str:
    """Characters no font can draw (field validation refuses them; older data
    may hold some) are written as their code, "<U+E000>", left to right: never
    an empty box or a replacement character."""
    missing = {
        ch
        for ch, face in zip(text, faces, strict=False)
        if (face is None and ch not in PARAGRAPH_SEPARATORS) or ch == "\ufffd"
    }
    if not missing:
        return text
    log.warning(
        "no glyph for %s: drawn as its code",
        ", ".join(f"U+{ord(ch):04X}" for ch in sorted(missing)),
    )
    return "".join(f"{LRI}<U+{ord(ch):04X}>{PDI}" if ch in missing else ch for ch in text)


def prepare_text(text: str, bold: bool = False) -> tuple[str, list[FontFace | None]]:
    """Normalised text, and the face of each of its characters (None only for paragraph
    separators, which are never shaped)."""
    text = _strip_invisible_controls(text.replace("\r\n", "\n").translate(_AS_SPACE))
    faces = choose_faces(text, bold)
    replaced = _replace_missing(text, faces)
    return (text, faces) if replaced is text else (replaced, choose_faces(replaced, bold))


def _split_paragraphs(text: str) -> list[tuple[int, int]]:
    """P1: (start, end) of each paragraph, separators excluded."""
    ranges, start = [], 0
    for index, ch in enumerate(text):
        if ch in PARAGRAPH_SEPARATORS:
            ranges.append((start, index))
            start = index + 1
    ranges.append((start, len(text)))
    return ranges


def _token_positions(classes: list[str], start: int, end: int) -> set[int]:
    """Positions inside an isolate of explicit direction (LRI or RLI: a phone, date or
    address), after its initiator up to its PDI. An FSI holds a user's text, which wraps
    like the text around it."""
    inside: set[int] = set()
    isolates = bidi.match_isolates(classes[start:end])
    for initiator, closing in isolates.items():
        if classes[start + initiator] == "FSI":
            continue
        last = closing if closing >= 0 else end - start - 1
        inside.update(range(start + initiator + 1, start + last + 1))
    return inside


def resolved_levels(classes: list[str], base_level: int | None, text: str) -> tuple[int, list[int]]:
    """``bidi.resolve_levels`` of one paragraph, remembered by its classes (and brackets,
    which N0 pairs by identity)."""
    brackets = bidi.bracket_properties(text) if _BRACKET.search(text) else None
    key = (tuple(classes), base_level, tuple(brackets) if brackets else None)
    known = _levels_cache.get(key)
    if known is None:
        known = _levels_cache[key] = bidi.resolve_levels(classes, base_level, brackets)
        if len(_levels_cache) > _LEVELS_CACHE:
            _levels_cache.popitem(last=False)
    else:
        _levels_cache.move_to_end(key)
    return known[0], list(known[1])


# --------------------------------------------------------------------------
# The layouter


class ParagraphLayout:
    """One piece of text laid out for one font size and weight.

    Levels, fonts and widths are computed once; ``line_ranges`` breaks for a
    width (and can resume from any line start, for page splits), and
    ``line`` shapes one line for drawing.
    """

    def __init__(
        self,
        text: str,
        direction: str = "auto",
        size: float = 10.0,
        bold: bool = False,
        language: str | None = None,
    ):
        if direction not in bidi.BASE_DIRECTIONS:
            raise ValueError(f"direction must be one of {sorted(bidi.BASE_DIRECTIONS)}")
        self.size = size
        self.bold = bold
        self.language = language
        self.text, self.faces = prepare_text(text, bold)
        self.classes = bidi.bidi_classes(self.text)
        self.levels = [0] * len(self.text)
        # Glyphs of each measured item: a line that holds a whole item with
        # the same context (most table cells) draws them without reshaping.
        self._shaped: dict[tuple[int, int, bool, tuple[int, int] | None], ShapedRun] = {}
        # Shaped lines: a table measures a cell, draws it, and a repeated word is drawn
        # many times over.
        self._lines: dict[tuple[int, int], Line] = {}
        self._breaks: dict[tuple[float, int], tuple[tuple[int, int], ...]] = {}
        self.paragraphs = [
            self._resolve_paragraph(start, end, direction)
            for start, end in _split_paragraphs(self.text)
        ]
        self._measure()
        # Break opportunities, found when a paragraph is first too wide for its line (most
        # table cells never are).
        self._tiers: list[tuple[list[int], list[int], list[int]]] = []
        self._forced: list[list[int]] = []

    # -- levels and widths, once per text ---------------------------------

    def _resolve_paragraph(self, start: int, end: int, direction: str) -> _Paragraph:
        base_level, levels = resolved_levels(
            self.classes[start:end], bidi.BASE_DIRECTIONS[direction], self.text[start:end]
        )
        self.levels[start:end] = levels
        return _Paragraph(start, end, base_level)

    def _items(self, start: int, end: int, levels: Sequence[int]) -> list[tuple[int, int]]:
        """Maximal ranges of one level and one face (``levels`` from start)."""
        items, item_start = [], start
        faces = self.faces
        previous_level, previous_face = (levels[0], faces[start]) if end > start else (0, None)
        for index in range(start + 1, end):
            level, face = levels[index - start], faces[index]
            if level != previous_level or face is not previous_face:
                items.append((item_start, index))
                item_start = index
                previous_level, previous_face = level, face
        if item_start < end:
            items.append((item_start, end))
        return items

    def _measure(self) -> None:
        """Shape every paragraph once in logical order: the advance of each
        cluster, on its first character, gives the width of any range."""
        advances = [0.0] * len(self.text)
        self._cluster_start = [False] * (len(self.text) + 1)
        for paragraph in self.paragraphs:
            levels = self.levels[paragraph.start : paragraph.end]
            for start, end in self._items(paragraph.start, paragraph.end, levels):
                self._measure_item(start, end, paragraph, advances)
        self._prefix = [0.0, *accumulate(advances)]

    def _face(self, index: int) -> FontFace:
        face = self.faces[index]
        assert face is not None, "only paragraph separators have no face, and they are not shaped"
        return face

    def _measure_item(
        self, start: int, end: int, paragraph: _Paragraph, advances: list[float]
    ) -> None:
        face = self._face(start)
        rtl = bool(self.levels[start] & 1)
        context = (paragraph.start, paragraph.end)
        run = self._shape(start, end, face, rtl, context)
        self._shaped[_run_key(start, end, rtl, context, face)] = run
        scale = self.size / face.units_per_em
        if run.glyphs:  # a run of invisible controls only keeps its zero advances
            advances[start:end] = [advance * scale for advance in run.advances]
        cluster_start = self._cluster_start
        for offset in run.cluster_starts:
            cluster_start[start + offset] = True

    def _shape(
        self, start: int, end: int, face: FontFace, rtl: bool, context: tuple[int, int]
    ) -> ShapedRun:
        """The glyphs of a run, clusters counted from its start."""
        return shape_run(self.text, start, end, face, rtl, self.language, context)

    def _find_break_opportunities(self) -> None:
        """Positions where a line may start, in three tiers tried in turn: after spaces
        (and hyphens between letters) outside a token's isolate; then also inside one;
        then also at the natural points of addresses. A piece is broken at a finer tier
        only when it is wider than a whole line."""
        if self._tiers:
            return
        for paragraph in self.paragraphs:
            inside = _token_positions(self.classes, paragraph.start, paragraph.end)
            # Only a position after one of these characters can be a break.
            after = [
                match.end()
                for match in _BREAK_AFTER.finditer(self.text, paragraph.start, paragraph.end - 1)
            ]
            candidates = [i for i in after if self._may_break_before(i)]
            forced = [i for i in after if self.text[i - 1] == LINE_SEPARATOR]
            natural = [i for i in after if self._natural_break(i)]
            outside = sorted({i for i in candidates if i not in inside}.union(forced))
            outside.append(paragraph.end)
            spaces = sorted({*candidates, *forced, paragraph.end})
            self._tiers.append((outside, spaces, sorted({*spaces, *natural})))
            self._forced.append(forced)

    def _may_break_before(self, index: int) -> bool:
        before, current = self.text[index - 1], self.text[index]
        if before in _BREAKING_SPACES:
            return current not in _BREAKING_SPACES
        if before in _HYPHENS and index >= 2:
            return self.text[index - 2].isalpha() and current.isalpha()
        return False

    def _natural_break(self, index: int) -> bool:
        before, current = self.text[index - 1], self.text[index]
        return before in _NATURAL_BREAKS and current.isalnum() and self._cluster_start[index]

    # -- widths -----------------------------------------------------------

    def _visible_end(self, start: int, end: int) -> int:
        """``end`` without trailing whitespace and invisible controls."""
        while end > start and (
            self.classes[end - 1] == "WS" or is_default_ignorable(self.text[end - 1])
        ):
            end -= 1
        return end

    def width_of(self, start: int, end: int) -> float:
        """Width of a line holding ``text[start:end]`` (trailing spaces hang)."""
        return self._prefix[self._visible_end(start, end)] - self._prefix[start]

    def min_width(self) -> float:
        """The widest piece that no break opportunity can split."""
        widest = 0.0
        self._find_break_opportunities()
        for paragraph, (breaks, _, _) in zip(self.paragraphs, self._tiers, strict=False):
            starts = [paragraph.start, *breaks[:-1]]
            widest = max(
                [widest] + [self.width_of(a, b) for a, b in zip(starts, breaks, strict=False)]
            )
        return widest

    # -- line breaking ----------------------------------------------------

    def line_ranges(self, width: float, start: int = 0) -> list[tuple[int, int]]:
        """Greedy line breaking from ``start`` (a line start) to the end."""
        known = self._breaks.get((width, start))
        if known is not None:
            return list(known)
        ranges = []
        for number, paragraph in enumerate(self.paragraphs):
            if paragraph.end < start or (paragraph.end == start and paragraph.start < start):
                continue
            ranges += self._break_paragraph(number, max(start, paragraph.start), width)
        self._breaks[(width, start)] = tuple(ranges)
        return ranges

    def _break_paragraph(self, number: int, position: int, width: float) -> list[tuple[int, int]]:
        paragraph = self.paragraphs[number]
        if paragraph.start == paragraph.end:
            return [(position, position)]  # an empty paragraph still takes a line
        if self.width_of(position, paragraph.end) <= width + EPSILON and (
            LINE_SEPARATOR not in self.text[position : paragraph.end]
        ):
            return [(position, paragraph.end)]  # the rest fits one line: no break to look for
        self._find_break_opportunities()
        ranges = []
        while True:
            end = self._fit_line(number, position, width)
            ranges.append((position, end))
            if end >= paragraph.end:
                return ranges
            position = end

    def _fit_line(self, number: int, start: int, width: float) -> int:
        """End of the longest line from ``start`` that fits ``width``: at the coarsest
        tier whose next piece fits a line of its own (else that piece, too wide for any
        line, starts on this one and is broken at a finer tier)."""
        limit = self._forced_limit(number, start)
        best = following = None
        for breaks in self._tiers[number]:
            best, following = self._last_fitting(breaks, start, limit, width)
            if best is not None and (
                following is None or self.width_of(best, following) <= width + EPSILON
            ):
                return best
        if best is not None:
            return best
        return self._split_characters(start, following or limit, width)

    def _last_fitting(
        self, breaks: list[int], start: int, limit: int, width: float
    ) -> tuple[int | None, int | None]:
        """The last break up to ``limit`` that fits, and the break after it."""
        best = None
        for candidate in breaks[bisect.bisect_right(breaks, start) :]:
            if candidate > limit or self.width_of(start, candidate) > width + EPSILON:
                return best, min(candidate, limit)
            best = candidate
        return best, None

    def _forced_limit(self, number: int, start: int) -> int:
        forced = self._forced[number]
        index = bisect.bisect_right(forced, start)
        return forced[index] if index < len(forced) else self.paragraphs[number].end

    def _split_characters(self, start: int, end: int, width: float) -> int:
        """A piece with no break opportunity, wider than the line: between characters."""
        position = None
        for index in range(start + 1, end):
            if not self._may_split_before(index):
                continue
            if self.width_of(start, index) > width + EPSILON:
                break
            position = index
        return position if position is not None else self._first_cluster_end(start, end)

    def _may_split_before(self, index: int) -> bool:
        """A character break: at a cluster start, not before a mark or
        after a joiner."""
        if not self._cluster_start[index]:
            return False
        return (
            unicodedata2.category(self.text[index])[0] != "M" and self.text[index - 1] != "\u200d"
        )

    def _first_cluster_end(self, start: int, end: int) -> int:
        for index in range(start + 1, end):
            if self._may_split_before(index):
                return index
        return end

    # -- building lines ---------------------------------------------------

    def paragraph_of(self, index: int) -> _Paragraph:
        for paragraph in self.paragraphs:
            if paragraph.start <= index <= paragraph.end:
                return paragraph
        return self.paragraphs[-1]

    def line(self, start: int, end: int) -> Line:
        """Reorder (L1, L2) and shape one line of logical range [start, end)."""
        made = self._lines.get((start, end))
        if made is None:
            made = self._lines[(start, end)] = self._make_line(start, end)
        return made

    def _make_line(self, start: int, end: int) -> Line:
        paragraph = self.paragraph_of(start)
        visible_end = self._visible_end(start, end)
        levels = bidi.line_levels(
            self.classes[start:visible_end], self.levels[start:visible_end], paragraph.base_level
        )
        items = self._items(start, visible_end, levels)
        order = bidi.visual_order([levels[item_start - start] for item_start, _ in items])
        runs, x = [], 0.0
        for item_index in order:
            item_start, item_end = items[item_index]
            # The shaper sees the whole line, trailing spaces and controls too: a line
            # holding a whole paragraph then shapes as it was measured.
            run = self._shape_run(
                item_start, item_end, bool(levels[item_start - start] & 1), x, (start, end)
            )
            if run.glyphs:
                runs.append(run)
                x += run.width
        return Line(start, end, x, bool(paragraph.base_level & 1), tuple(runs))

    def _shape_run(
        self, start: int, end: int, rtl: bool, x: float, context: tuple[int, int]
    ) -> GlyphRun:
        face = self._face(start)
        shaped = self._shaped.get(_run_key(start, end, rtl, context, face))
        if shaped is None:
            shaped = self._shape(start, end, face, rtl, context)
        glyphs, advance = shaped.glyphs, shaped.width
        if rtl and shaped.mirrorable:
            glyphs = _mirror_glyphs(glyphs, face)
            advance = sum(glyph.x_advance for glyph in glyphs)
        return GlyphRun(face, self.size, x, advance * self.size / face.units_per_em, rtl, glyphs)

    def lines(self, width: float, start: int = 0) -> list[Line]:
        return [self.line(a, b) for a, b in self.line_ranges(width, start)]

    def single_line(self) -> Line:
        """The whole text on one line (paragraph breaks become spaces)."""
        if len(self.paragraphs) == 1:
            return self.line(0, len(self.text))
        flat = ParagraphLayout(
            " ".join(self.text[p.start : p.end] for p in self.paragraphs),
            "auto",
            self.size,
            self.bold,
            self.language,
        )
        return flat.line(0, len(flat.text))


def _run_key(
    start: int, end: int, rtl: bool, context: tuple[int, int], face: FontFace
) -> tuple[int, int, bool, tuple[int, int] | None]:
    """What the glyphs of a run depend on: the text around it only for Arabic letters,
    which join (see `shaping.shape`)."""
    return (start, end, rtl, context if face.script == ARABIC else None)


def _mirror_glyphs(glyphs: tuple[Glyph, ...], face: FontFace) -> tuple[Glyph, ...]:
    """L4: mirrored characters in a right-to-left run show their mirror
    glyph. HarfBuzz already does this for right-to-left buffers; this makes
    it hold whatever the shaper version, without mirroring twice."""
    return tuple(_mirrored(glyph, face) if len(glyph.text) == 1 else glyph for glyph in glyphs)


def _mirrored(glyph: Glyph, face: FontFace) -> Glyph:
    ch = glyph.text
    mirrored_ch = bidi.mirror(ch)
    if mirrored_ch == ch or glyph.gid != nominal_glyph(face, ch):
        return glyph  # not mirrored, or already replaced by the shaper
    mirrored_gid = nominal_glyph(face, mirrored_ch)
    if mirrored_gid is None:
        return glyph
    return Glyph(
        mirrored_gid,
        glyph.cluster,
        glyph_advance(face, mirrored_gid),
        glyph.x_offset,
        glyph.y_offset,
        glyph.text,
    )
