"""Drawing shaped glyph runs into a ReportLab canvas, with a text map.

Why not ReportLab's own shaped text (``ShapedStr``)? It encodes each glyph
as the first character the font's cmap gives for it: contextual Arabic forms
come out as presentation-form characters or private-use ones, a lam-alef
ligature as one character, and a glyph can only ever stand for one text.
Here each font is embedded as a CID-keyed font (Type0, Identity-H) whose
codes are allocated per (glyph, characters) pair, with a ToUnicode CMap
mapping every code to the logical characters of its cluster: copy, search
and extraction give the real letters, and a mirrored bracket in a
right-to-left run extracts as the character that was typed.

The font program is subset to the glyphs used when ReportLab writes the
document (through its ``delayedFonts`` hook), keeping glyph ids so that the
CID-to-glyph map is a small table.
"""

from __future__ import annotations

import hashlib
import struct
import weakref
from collections.abc import Sequence
from typing import TYPE_CHECKING

from reportlab.lib.colors import Color
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase import pdfdoc

from . import _sfnt
from .fonts import FontFace
from .layout import GlyphRun
from .shaping import Glyph, glyph_advance

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

_TEXT_STATE_DEFAULTS = "0 Tc 0 Tw 100 Tz 0 Tr"
_BFCHAR_BLOCK = 100  # a CMap allows at most 100 entries per bfchar block
_documents: weakref.WeakKeyDictionary[pdfdoc.PDFDocument, dict[FontFace, EmbeddedFont]] = (
    weakref.WeakKeyDictionary()
)


def _number(value: float) -> str:
    text = f"{value:.3f}".rstrip("0").rstrip(".")
    return "0" if text in ("", "-0") else text


class EmbeddedFont:
    """One of our faces inside one PDF document."""

    def __init__(self, face: FontFace, resource_name: str) -> None:
        self.face = face
        self.resource_name = resource_name
        self.codes: dict[tuple[int, str], int] = {}
        self.gids = [0]  # by code; code 0 is .notdef
        self.texts = [""]
        self.widths = [self._width_of(0)]
        self.advances = [glyph_advance(face, 0)]  # by code, in font units
        self.hexes = ["0000"]  # each code as the content stream writes it
        self.shown: dict[tuple[tuple[Glyph, ...], bool, float], tuple[str, str]] = {}

    def _width_of(self, gid: int) -> float:
        """Default advance in 1/1000 em, as the PDF W array states it."""
        return glyph_advance(self.face, gid) * 1000 / self.face.units_per_em

    def code_for(self, glyph: Glyph, rtl: bool) -> int:
        # Text extractors read a right-to-left line by reversing its
        # characters, those of one glyph included: a lam-alef or a letter
        # with its mark is mapped in visual order so it comes out logical.
        key = (glyph.gid, glyph.text[::-1] if rtl else glyph.text)
        code = self.codes.get(key)
        if code is None:
            code = self.codes[key] = len(self.gids)
            if code > 0xFFFF:
                raise OverflowError(f"more than 65535 glyph/text pairs for {self.face}")
            self.gids.append(glyph.gid)
            self.texts.append(key[1])
            self.widths.append(self._width_of(glyph.gid))
            self.advances.append(glyph_advance(self.face, glyph.gid))
            self.hexes.append(f"{code:04X}")
        return code

    # -- written when ReportLab formats the document ----------------------

    def addObjects(self, doc: pdfdoc.PDFDocument) -> None:
        base_font = f"{self._subset_tag()}+{self.face.postscript_name}"
        type0 = pdfdoc.PDFDictionary(
            {
                "Type": "/Font",
                "Subtype": "/Type0",
                "BaseFont": pdfdoc.PDFName(base_font),
                "Encoding": "/Identity-H",
                "DescendantFonts": pdfdoc.PDFArray([self._cid_font(doc, base_font)]),
                "ToUnicode": doc.Reference(_stream(self._to_unicode_cmap().encode("ascii"))),
            }
        )
        doc.idToObject[pdfdoc.BasicFonts].dict[self.resource_name] = doc.Reference(type0)

    def _cid_font(self, doc: pdfdoc.PDFDocument, base_font: str) -> pdfdoc.PDFObjectReference:
        program = _sfnt.subset_glyphs(self.face.data, set(self.gids))
        return doc.Reference(
            pdfdoc.PDFDictionary(
                {
                    "Type": "/Font",
                    "Subtype": "/CIDFontType2",
                    "BaseFont": pdfdoc.PDFName(base_font),
                    "CIDSystemInfo": pdfdoc.PDFDictionary(
                        {
                            "Registry": pdfdoc.PDFString("Adobe"),
                            "Ordering": pdfdoc.PDFString("Identity"),
                            "Supplement": 0,
                        }
                    ),
                    "FontDescriptor": self._descriptor(doc, base_font, program),
                    "DW": 0,
                    "W": pdfdoc.PDFArray([0, pdfdoc.PDFArray([round(w, 3) for w in self.widths])]),
                    "CIDToGIDMap": doc.Reference(
                        _stream(struct.pack(f">{len(self.gids)}H", *self.gids))
                    ),
                }
            )
        )

    def _subset_tag(self) -> str:
        """Six capitals naming the subset, the same for the same glyphs."""
        digest = hashlib.sha1(
            repr((self.face.postscript_name, sorted(set(self.gids)))).encode()
        ).digest()
        return "".join(chr(ord("A") + byte % 26) for byte in digest[:6])

    def _descriptor(
        self, doc: pdfdoc.PDFDocument, base_font: str, program: bytes
    ) -> pdfdoc.PDFObjectReference:
        metrics = _sfnt.read_metrics(self.face.data)
        font_file = _stream(program)
        font_file.dictionary["Length1"] = len(program)
        return doc.Reference(
            pdfdoc.PDFDictionary(
                {
                    "Type": "/FontDescriptor",
                    "FontName": pdfdoc.PDFName(base_font),
                    "Flags": 4,  # symbolic: glyphs are addressed by id, not by a standard encoding
                    "FontBBox": pdfdoc.PDFArray(list(metrics.bbox)),
                    "ItalicAngle": metrics.italic_angle,
                    "Ascent": metrics.ascent,
                    "Descent": metrics.descent,
                    "CapHeight": metrics.cap_height,
                    "StemV": metrics.stem_v,
                    "FontFile2": doc.Reference(font_file),
                }
            )
        )

    def _to_unicode_cmap(self) -> str:
        entries = [
            f"<{code:04X}> <{_utf16_hex(text)}>" for code, text in enumerate(self.texts) if text
        ]
        blocks = []
        for first in range(0, len(entries), _BFCHAR_BLOCK):
            block = entries[first : first + _BFCHAR_BLOCK]
            blocks.append(f"{len(block)} beginbfchar\n" + "\n".join(block) + "\nendbfchar")
        return "\n".join(
            [
                "/CIDInit /ProcSet findresource begin",
                "12 dict begin",
                "begincmap",
                "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
                "/CMapName /Adobe-Identity-UCS def",
                "/CMapType 2 def",
                "1 begincodespacerange",
                "<0000> <FFFF>",
                "endcodespacerange",
                *blocks,
                "endcmap",
                "CMapName currentdict /CMap defineresource pop",
                "end",
                "end",
            ]
        )


def _utf16_hex(text: str) -> str:
    return text.encode("utf-16-be").hex().upper()


def _stream(content: bytes) -> pdfdoc.PDFStream:
    return pdfdoc.PDFStream(content=content, filters=[pdfdoc.PDFZCompress])


def embedded_font(doc: pdfdoc.PDFDocument, face: FontFace) -> EmbeddedFont:
    """The document's copy of ``face``, created on first use."""
    fonts = _documents.setdefault(doc, {})
    font = fonts.get(face)
    if font is None:
        font = fonts[face] = EmbeddedFont(face, f"ADText{len(fonts) + 1}")
        doc.delayedFonts.append(font)  # ReportLab calls addObjects when it writes the file
    return font


# --------------------------------------------------------------------------
# Content stream operators

# Text shown per run, by its glyphs, for runs drawn again (repeated words of a table, in
# their rows' cells too): a run's codes in this document do not change, only where it is
# drawn.
_SHOWN_RUNS = 1024


def _run_text(font: EmbeddedFont, run: GlyphRun) -> tuple[str, str]:
    """The operators of a run around its position: selecting the font and starting the
    text matrix, then showing its glyphs (`_shown_text`)."""
    key = (run.glyphs, run.rtl, run.size)
    known = font.shown.get(key)
    if known is None:
        start = f"/{font.resource_name} {_number(run.size)} Tf\n1 0 0 1 "
        shown = "".join(["\n" + operator for operator in _shown_text(font, run)])
        known = font.shown[key] = (start, shown)
        if len(font.shown) > _SHOWN_RUNS:
            del font.shown[next(iter(font.shown))]
    return known


def _shown_text(font: EmbeddedFont, run: GlyphRun) -> list[str]:
    """The TJ (and Ts) operators of a run, placing every glyph where HarfBuzz put it:
    kerning and mark offsets as TJ adjustments, vertical offsets as text rise."""
    rtl, hexes, known_code = run.rtl, font.hexes, font.codes.get
    codes = [
        known_code((glyph[0], glyph[5][::-1] if rtl else glyph[5])) or font.code_for(glyph, rtl)
        for glyph in run.glyphs
    ]
    advances = font.advances
    if all(
        glyph[3] == 0 and glyph[4] == 0 and glyph[2] == advances[code]
        for glyph, code in zip(run.glyphs, codes, strict=True)
    ):  # most runs: every glyph at its default advance, none moved
        operators = ["[<" + "".join([hexes[code] for code in codes]) + ">] TJ"] if codes else []
    else:
        operators = _placed_text(font, run, codes)
    return operators


def _placed_text(font: EmbeddedFont, run: GlyphRun, glyph_codes: list[int]) -> list[str]:
    """The operators of a run whose glyphs are kerned or moved."""
    thousandths = 1000 / run.face.units_per_em
    rise_scale = thousandths * run.size / 1000
    widths, hexes = font.widths, font.hexes
    operators: list[str] = []
    items: list[str] = []
    codes: list[str] = []
    rise = 0
    pen = cursor = 0.0
    for glyph, code in zip(run.glyphs, glyph_codes, strict=True):
        _gid, _cluster, x_advance, x_offset, y_offset, _text = glyph
        if y_offset != rise:
            if codes:
                items.append("<" + "".join(codes) + ">")
                codes = []
            if items:
                operators.append("[" + " ".join(items) + "] TJ")
                items = []
            rise = y_offset
            operators.append(f"{_number(rise * rise_scale)} Ts")
        target = pen + x_offset * thousandths
        if abs(target - cursor) > 0.0005:
            if codes:
                items.append("<" + "".join(codes) + ">")
                codes = []
            items.append(_number(cursor - target))
        codes.append(hexes[code])
        cursor = target + widths[code]
        pen += x_advance * thousandths
    if codes:
        items.append("<" + "".join(codes) + ">")
    if items:
        operators.append("[" + " ".join(items) + "] TJ")
    if rise:
        operators.append("0 Ts")
    return operators


def fill_operator(color: Color) -> str | None:
    """The PDF operator setting ``color`` as the fill colour; None for a colour that
    needs the canvas (transparency, a separation)."""
    if type(color) is not Color or color.alpha != 1:  # not a subclass: CMYK has its own
        return None
    rgb = (color.red, color.green, color.blue)
    operator = _fill_operators.get(rgb)
    if operator is None:
        operator = _fill_operators[rgb] = f"{fp_str(*rgb)} rg"
    return operator


_fill_operators: dict[tuple[float, float, float], str] = {}


def draw_runs(
    canvas: Canvas,
    x: float,
    y: float,
    runs: Sequence[GlyphRun],
    color: Color | None = None,
) -> None:
    """Draw glyph runs with the line's left edge at x and baseline at y, in ``color`` or
    else the canvas's current fill colour."""
    if not runs:
        return
    fill = None if color is None else fill_operator(color)
    if color is not None and fill is None:
        canvas.saveState()
        canvas.setFillColor(color)
        draw_runs(canvas, x, y, runs)
        canvas.restoreState()
        return
    doc = canvas._doc  # ReportLab keeps the document there; no public accessor
    parts = [_TEXT_START if fill is None else f"q\n{fill}\nBT\n{_TEXT_STATE_DEFAULTS}"]
    fonts = _documents.get(doc) or {}
    baseline = f" {_number(y)} Tm"
    for run in runs:
        font = fonts.get(run.face) or embedded_font(doc, run.face)
        start, shown = _run_text(font, run)
        parts.append(f"{start}{_number(x + run.x)}{baseline}{shown}")
    parts.append("ET\nQ")  # q/Q: our text state must not leak into ReportLab's
    canvas.addLiteral("\n".join(parts))


_TEXT_START = f"q\nBT\n{_TEXT_STATE_DEFAULTS}"
