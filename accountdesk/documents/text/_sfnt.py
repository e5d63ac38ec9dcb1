"""Just enough TrueType to embed a font subset in a PDF.

A PDF needs only the outlines of the glyphs a document draws. fontTools can
subset too, but importing and running it costs about 0.15 s plus 45 ms per
font per document, a large share of a cold start, for a job that with
glyph ids kept in place (empty outlines for unused glyphs) is a copy of a
few tables. Only glyf-outline fonts are handled, which is what we ship.
"""

from __future__ import annotations

import struct
from collections.abc import Iterable
from dataclasses import dataclass

# Tables a PDF TrueType font program needs (PDF 32000-1, 9.9).
_PDF_TABLES = ("cvt ", "fpgm", "glyf", "head", "hhea", "hmtx", "loca", "maxp", "prep")

# Composite glyph flags.
_ARGS_ARE_WORDS = 0x0001
_HAVE_SCALE = 0x0008
_MORE_COMPONENTS = 0x0020
_HAVE_XY_SCALE = 0x0040
_HAVE_TWO_BY_TWO = 0x0080


@dataclass(frozen=True)
class FontMetrics:
    """What a PDF font descriptor says about a font, in 1/1000 em."""

    bbox: tuple[int, int, int, int]
    ascent: int
    descent: int
    cap_height: int
    italic_angle: float
    stem_v: int


def read_tables(data: bytes) -> dict[str, bytes]:
    """The tables of an sfnt file, by tag."""
    (num_tables,) = struct.unpack_from(">H", data, 4)
    tables = {}
    for index in range(num_tables):
        tag, _checksum, offset, length = struct.unpack_from(">4sIII", data, 12 + 16 * index)
        tables[tag.decode("latin-1")] = data[offset : offset + length]
    return tables


def _glyph_offsets(tables: dict[str, bytes]) -> list[int]:
    long_format = struct.unpack_from(">h", tables["head"], 50)[0] == 1
    (num_glyphs,) = struct.unpack_from(">H", tables["maxp"], 4)
    fmt = f">{num_glyphs + 1}{'I' if long_format else 'H'}"
    offsets = struct.unpack_from(fmt, tables["loca"])
    return list(offsets) if long_format else [offset * 2 for offset in offsets]


def _components(glyph: bytes) -> list[int]:
    """Glyph ids a composite glyph is built from (none for simple glyphs)."""
    if len(glyph) < 10 or struct.unpack_from(">h", glyph, 0)[0] >= 0:
        return []
    components, position = [], 10
    while True:
        flags, gid = struct.unpack_from(">HH", glyph, position)
        components.append(gid)
        position += 4 + (4 if flags & _ARGS_ARE_WORDS else 2)
        if flags & _HAVE_SCALE:
            position += 2
        elif flags & _HAVE_XY_SCALE:
            position += 4
        elif flags & _HAVE_TWO_BY_TWO:
            position += 8
        if not flags & _MORE_COMPONENTS:
            return components


def _glyph_closure(glyf: bytes, offsets: list[int], gids: Iterable[int]) -> set[int]:
    """The requested glyphs, .notdef, and the components they use."""
    wanted, pending = set(), [0, *gids]
    while pending:
        gid = pending.pop()
        if gid in wanted or gid + 1 >= len(offsets):
            continue
        wanted.add(gid)
        pending.extend(_components(glyf[offsets[gid] : offsets[gid + 1]]))
    return wanted


def _subset_glyf(glyf: bytes, offsets: list[int], keep: set[int]) -> tuple[bytes, bytes]:
    """glyf with empty outlines for the glyphs not kept, and its long loca."""
    pieces, new_offsets, position = [], [], 0
    for gid in range(len(offsets) - 1):
        new_offsets.append(position)
        if gid in keep:
            outline = glyf[offsets[gid] : offsets[gid + 1]]
            outline += b"\0" * (-len(outline) % 4)
            pieces.append(outline)
            position += len(outline)
    new_offsets.append(position)
    return b"".join(pieces), struct.pack(f">{len(new_offsets)}I", *new_offsets)


def _checksum(data: bytes) -> int:
    data += b"\0" * (-len(data) % 4)
    words: tuple[int, ...] = struct.unpack(f">{len(data) // 4}I", data)
    return sum(words) & 0xFFFFFFFF


def _assemble(tables: dict[str, bytes]) -> bytes:
    """An sfnt file from tables, with checksums and head adjustment."""
    tags = sorted(tables)
    count = len(tags)
    entry_selector = max(count.bit_length() - 1, 0)
    search_range = (1 << entry_selector) * 16
    header = struct.pack(
        ">IHHHH", 0x00010000, count, search_range, entry_selector, count * 16 - search_range
    )
    directory, body = [], []
    offset = 12 + 16 * count
    for tag in tags:
        data = tables[tag]
        directory.append(
            struct.pack(">4sIII", tag.encode("latin-1"), _checksum(data), offset, len(data))
        )
        padded = data + b"\0" * (-len(data) % 4)
        body.append(padded)
        offset += len(padded)
    font = bytearray(header + b"".join(directory) + b"".join(body))
    head_offset = 12 + 16 * count + sum(len(piece) for piece in body[: tags.index("head")])
    struct.pack_into(
        ">I", font, head_offset + 8, (0xB1B0AFBA - _checksum(bytes(font))) & 0xFFFFFFFF
    )
    return bytes(font)


def subset_glyphs(data: bytes, gids: Iterable[int]) -> bytes:
    """A font program with the outlines of ``gids`` only; glyph ids are
    unchanged, so a PDF can use an identity CID-to-glyph map."""
    tables = read_tables(data)
    offsets = _glyph_offsets(tables)
    keep = _glyph_closure(tables["glyf"], offsets, gids)
    glyf, loca = _subset_glyf(tables["glyf"], offsets, keep)
    head = bytearray(tables["head"])
    struct.pack_into(">I", head, 8, 0)  # checkSumAdjustment, set by _assemble
    struct.pack_into(">h", head, 50, 1)  # indexToLocFormat: long offsets
    subset = {tag: tables[tag] for tag in _PDF_TABLES if tag in tables}
    subset.update(glyf=glyf, loca=loca, head=bytes(head))
    return _assemble(subset)


def read_metrics(data: bytes) -> FontMetrics:
    tables = read_tables(data)
    head, hhea, os2, post = tables["head"], tables["hhea"], tables["OS/2"], tables["post"]
    (units_per_em,) = struct.unpack_from(">H", head, 18)
    scale = 1000 / units_per_em
    x_min, y_min, x_max, y_max = struct.unpack_from(">hhhh", head, 36)
    ascent, descent = struct.unpack_from(">hh", hhea, 4)
    os2_version, _avg_width, weight = struct.unpack_from(">HhH", os2, 0)
    cap_height = struct.unpack_from(">h", os2, 88)[0] if os2_version >= 2 else y_max
    italic_angle = struct.unpack_from(">i", post, 4)[0] / 65536
    return FontMetrics(
        bbox=tuple(round(value * scale) for value in (x_min, y_min, x_max, y_max)),
        ascent=round(ascent * scale),
        descent=round(descent * scale),
        cap_height=round(cap_height * scale),
        italic_angle=italic_angle,
        stem_v=round(50 + (weight / 65) ** 2),  # the usual estimate from the weight class
    )
