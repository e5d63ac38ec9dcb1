"""Reading generated PDFs back, independently of the code that wrote them.

PyMuPDF gives every glyph its position and the characters it stands for; a line here is
the glyphs that share a baseline, sorted left to right, so `visual` is the line as the
eye sees it. Right-to-left text is then found reversed in `visual`.
"""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass

import pymupdf
import pytest

INVISIBLE = "\u200c\u200d\u2066\u2067\u2068\u2069"


@dataclass
class Glyph:
    char: str
    x0: float
    x1: float
    y: float  # baseline
    size: float
    font: str


@dataclass
class VisualLine:
    y: float
    glyphs: list[Glyph]

    @property
    def visual(self) -> str:
        """The characters left to right, as drawn (invisible controls left out)."""
        return "".join(g.char for g in self.glyphs if g.char not in INVISIBLE)

    def x_of(self, text: str) -> float:
        """Left edge of the first drawing of `text` (visual order) on this line."""
        index = self.visual.index(text)
        visible = [g for g in self.glyphs if g.char not in INVISIBLE]
        return visible[index].x0

    @property
    def size(self) -> float:
        return max(g.size for g in self.glyphs)


def open_pdf(data: bytes) -> pymupdf.Document:
    return pymupdf.open(stream=data, filetype="pdf")


def page_glyphs(page: pymupdf.Page) -> list[Glyph]:
    glyphs = []
    for block in page.get_text("rawdict")["blocks"]:
        for line in block.get("lines", []):
            for span in line["spans"]:
                for char in span["chars"]:
                    x0, _, x1, _ = char["bbox"]
                    glyphs.append(
                        Glyph(
                            char["c"],
                            x0,
                            x1,
                            round(char["origin"][1], 1),
                            span["size"],
                            span["font"],
                        )
                    )
    return glyphs


def visual_lines(page: pymupdf.Page, tolerance: float = 1.0) -> list[VisualLine]:
    """The page's lines, top to bottom, each sorted left to right."""
    lines: list[VisualLine] = []
    for glyph in sorted(page_glyphs(page), key=lambda g: g.y):
        if lines and abs(lines[-1].y - glyph.y) <= tolerance:
            lines[-1].glyphs.append(glyph)
        else:
            lines.append(VisualLine(glyph.y, [glyph]))
    for line in lines:
        line.glyphs.sort(key=lambda g: (g.x0 + g.x1) / 2)
    return lines


def all_lines(data: bytes) -> list[tuple[int, VisualLine]]:
    doc = open_pdf(data)
    return [(number, line) for number, page in enumerate(doc) for line in visual_lines(page)]


def find_lines(data: bytes, visual_text: str) -> list[tuple[int, VisualLine]]:
    return [(n, line) for n, line in all_lines(data) if visual_text in line.visual]


def rtl(logical: str) -> str:
    """How a purely right-to-left string looks when read left to right."""
    return logical[::-1]


def qpdf_check(data: bytes, tmp_path) -> subprocess.CompletedProcess:
    if shutil.which("qpdf") is None:
        pytest.skip("qpdf is not installed (apt-get install qpdf)")
    path = tmp_path / "check.pdf"
    path.write_bytes(data)
    return subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)


def pdffonts(data: bytes, tmp_path) -> list[dict[str, str]]:
    if shutil.which("pdffonts") is None:
        pytest.skip("pdffonts is not installed (apt-get install poppler-utils)")
    path = tmp_path / "fonts.pdf"
    path.write_bytes(data)
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    rows = out.splitlines()[2:]
    fonts = []
    for row in rows:
        parts = row.split()
        # name type... encoding emb sub uni object ID: the flags are the 5th-3rd from the end
        fonts.append({"name": parts[0], "emb": parts[-5], "sub": parts[-4], "uni": parts[-3]})
    return fonts
