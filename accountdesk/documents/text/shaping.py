"""Shaping of directional runs with HarfBuzz.

Each run is shaped with its direction, script and language set explicitly:
HarfBuzz must never guess them, since a guess from the text or the locale
would differ between runs and machines.
"""

from __future__ import annotations

import functools
from typing import NamedTuple

import uharfbuzz as hb

from ._bidi_data import MIRRORS
from .fonts import ARABIC, SCRIPT_TAGS, FontFace, is_default_ignorable

DEFAULT_LANGUAGES = {
    "latin": "en",
    "hebrew": "he",
    "arabic": "fa",
    "symbols": "en",
    "text-symbols": "en",
    "more-symbols": "en",
    "emoji": "en",
}
# The script a document language is written in; other scripts in the same
# document (a Persian name in a Hebrew summary) keep their own language.
_LANGUAGE_SCRIPTS = {"he": "hebrew", "yi": "hebrew", "fa": "arabic", "ar": "arabic", "ur": "arabic"}
# Invisible characters that still carry meaning in copied text (Persian
# words are spelled with ZWNJ); other controls are left out of the text map.
_KEPT_INVISIBLES = frozenset("\u200c\u200d")


class Glyph(NamedTuple):
    """One shaped glyph; lengths in font units. (A named tuple: a page of
    tables has tens of thousands, and a tuple is the cheapest to make.)"""

    gid: int
    cluster: int  # index in the text of the first character of its cluster
    x_advance: int
    x_offset: int
    y_offset: int
    text: str  # the characters it stands for, for copy and search


@functools.cache
def hb_font(face: FontFace) -> hb.Font:
    """One HarfBuzz font per face and process (scale = units per em)."""
    return hb.Font(face.hb_face)


def _make_buffer(text: str, start: int, end: int, context: tuple[int, int]) -> hb.Buffer:
    buffer = hb.Buffer()
    context_start, context_end = context
    if context_start == 0 and context_end == len(text):
        buffer.add_str(text, start, end - start)
    else:  # the characters around the run still decide joining forms
        buffer.add_str(text[context_start:context_end], start - context_start, end - start)
    return buffer


class ShapedRun(NamedTuple):
    """A run's glyphs with what measuring and drawing it needs, computed once per distinct
    run (a long table repeats its words; only the glyphs of a run depend on its text)."""

    glyphs: tuple[Glyph, ...]  # clusters counted from the run's start
    advances: tuple[int, ...]  # per character: its cluster's advance on the first, else 0
    cluster_starts: tuple[int, ...]  # offsets from the run's start
    width: int  # the sum of the advances, in font units
    mirrorable: bool  # holds a glyph for a character with a mirror image (rule L4)


_EMPTY_RUN = ShapedRun((), (), (), 0, False)


def shape(
    text: str,
    start: int,
    end: int,
    face: FontFace,
    rtl: bool,
    language: str | None = None,
    context: tuple[int, int] | None = None,
) -> list[Glyph]:
    """Shape ``text[start:end]`` in visual order (right to left runs come out
    reversed, as HarfBuzz returns them). ``context`` is the range of text the
    shaper may look at around the run (default: all of it). Each glyph carries
    the characters it stands for (what a reader copies out of the PDF)."""
    if start >= end:
        return []
    known = _shaped_run(text, start, end, face, rtl, language, context).glyphs
    if start == 0:
        return list(known)
    return [_new(Glyph, (g[0], g[1] + start, g[2], g[3], g[4], g[5])) for g in known]


def shape_run(
    text: str,
    start: int,
    end: int,
    face: FontFace,
    rtl: bool,
    language: str | None = None,
    context: tuple[int, int] | None = None,
) -> ShapedRun:
    """Like `shape`, with clusters counted from ``start`` and the run's measures; no
    glyphs, without asking the shaper, for a run of invisible controls only (the
    isolates around a value make such runs at its edges)."""
    if start >= end or (
        is_default_ignorable(text[start])
        and all(is_default_ignorable(ch) for ch in text[start:end])
    ):
        return _EMPTY_RUN
    return _shaped_run(text, start, end, face, rtl, language, context)


def _shaped_run(
    text: str,
    start: int,
    end: int,
    face: FontFace,
    rtl: bool,
    language: str | None,
    context: tuple[int, int] | None,
) -> ShapedRun:
    context = context or (0, len(text))
    language = _run_language(language, face.script)
    # Only the Arabic shaper reads the characters around a run (to join letters); any
    # other run shapes the same wherever it stands, so a table's repeated words and
    # separators, and a line holding a measured run, are shaped once.
    around = (text[context[0] : start], text[end : context[1]]) if face.script == ARABIC else None
    key = (text[start:end], face, rtl, language, around)
    known = _shaped.get(key)
    if known is None:
        glyphs = _shape(text, start, end, face, rtl, language, context)
        known = _shaped[key] = _measured(glyphs, end - start)
        if len(_shaped) > _SHAPED_RUNS:
            del _shaped[next(iter(_shaped))]
    return known


def _measured(glyphs: list[Glyph], length: int) -> ShapedRun:
    advances = [0] * length
    for glyph in glyphs:
        advances[glyph.cluster] += glyph.x_advance
    mirrors = MIRRORS
    return ShapedRun(
        tuple(glyphs),
        tuple(advances),
        tuple(sorted({glyph.cluster for glyph in glyphs})),
        sum(advances),
        any(len(g.text) == 1 and ord(g.text) in mirrors for g in glyphs),
    )


# A named tuple made from its fields without a call to its `_make` (a hot loop).
_new = tuple.__new__

# Shaped runs by text, face, direction, language (and neighbours, for Arabic), with
# clusters counted from the run's start; the oldest go first.
_SHAPED_RUNS = 4096
_shaped: dict[tuple[str, FontFace, bool, str, tuple[str, str] | None], ShapedRun] = {}


def _shape(
    text: str,
    start: int,
    end: int,
    face: FontFace,
    rtl: bool,
    language: str,
    context: tuple[int, int],
) -> list[Glyph]:
    """The glyphs of ``text[start:end]`` from HarfBuzz, clusters counted from ``start``."""
    buffer = _make_buffer(text, start, end, context)
    buffer.direction = "rtl" if rtl else "ltr"
    buffer.script = SCRIPT_TAGS[face.script]
    buffer.language = language
    # Hidden controls (isolates, ZWNJ) must leave no glyph: as spaces they
    # would show up in copied text.
    buffer.flags = hb.BufferFlags.REMOVE_DEFAULT_IGNORABLES
    buffer.cluster_level = hb.BufferClusterLevel.MONOTONE_CHARACTERS
    font = hb_font(face)
    hb.shape(font, buffer)
    offset = context[0]
    infos = buffer.glyph_infos
    gids = [info.codepoint for info in infos]
    clusters = [info.cluster + offset for info in infos]
    texts = _glyph_texts(font, text, gids, clusters, end, rtl)
    # position: (x_offset, y_offset, x_advance, y_advance)
    positions = [position.position for position in buffer.glyph_positions]
    return [
        _new(Glyph, (gid, cluster - start, position[2], position[0], position[1], glyph_text))
        for gid, cluster, position, glyph_text in zip(
            gids, clusters, positions, texts, strict=False
        )
    ]


@functools.lru_cache(maxsize=64, typed=True)
def _run_language(language: str | None, script: str) -> str:
    """The document language where it is written in this run's script. (Typed: a
    language enum and its code are told apart, as `str` writes them differently.)"""
    if language and _LANGUAGE_SCRIPTS.get(str(language).split("-")[0].lower(), "latin") == script:
        return str(language)
    return DEFAULT_LANGUAGES[script]


# --------------------------------------------------------------------------
# Which characters each glyph stands for


def _cluster_ends(clusters: list[int], end: int) -> dict[int, int]:
    starts = sorted(set(clusters))
    return dict(zip(starts, [*starts[1:], end], strict=False))


def _glyph_texts(
    font: hb.Font, text: str, gids: list[int], clusters: list[int], end: int, rtl: bool
) -> list[str]:
    """Give each cluster's characters to its glyphs: a glyph that is the
    nominal glyph of one of them takes it, the first glyph takes the rest
    (so a lam-alef ligature stands for both letters)."""
    simple = _one_glyph_per_cluster(text, clusters, end, rtl)
    if simple is not None:  # the common case
        return simple
    ends = _cluster_ends(clusters, end)
    texts = [""] * len(gids)
    order = range(len(gids) - 1, -1, -1) if rtl else range(len(gids))
    members: dict[int, list[int]] = {}
    for index in order:  # glyph indices of each cluster, in logical order
        members.setdefault(clusters[index], []).append(index)
    for cluster, indices in members.items():
        chars = list(_visible(text[cluster : ends[cluster]]))
        if len(indices) > 1:
            _give_nominal_characters(font, gids, indices[1:], chars, texts)
        texts[indices[0]] = "".join(chars)
    return texts


def _one_glyph_per_cluster(text: str, clusters: list[int], end: int, rtl: bool) -> list[str] | None:
    """Each glyph's characters when every cluster has one glyph (clusters then strictly
    increase in logical order); None otherwise."""
    ordered = clusters[::-1] if rtl else clusters
    following = ordered[1:]
    following.append(end)
    texts = []
    for first, after in zip(ordered, following, strict=True):
        if first >= after:
            return None
        ch = text[first]
        texts.append(
            ch
            if after - first == 1 and not is_default_ignorable(ch)
            else _visible(text[first:after])
        )
    if rtl:
        texts.reverse()
    return texts


def _visible(characters: str) -> str:
    """The characters of a cluster that belong in copied text."""
    if len(characters) == 1 and not is_default_ignorable(characters):
        return characters
    return "".join(
        ch for ch in characters if ch in _KEPT_INVISIBLES or not is_default_ignorable(ch)
    )


def _give_nominal_characters(
    font: hb.Font, gids: list[int], indices: list[int], chars: list[str], texts: list[str]
) -> None:
    for index in indices:
        for position, ch in enumerate(chars):
            if font.get_nominal_glyph(ord(ch)) == gids[index]:
                texts[index] = chars.pop(position)
                break


# --------------------------------------------------------------------------
# Measuring


def nominal_glyph(face: FontFace, ch: str) -> int | None:
    gid: int | None = hb_font(face).get_nominal_glyph(ord(ch))
    return gid


def glyph_advance(face: FontFace, gid: int) -> int:
    advance: int = hb_font(face).get_glyph_h_advance(gid)
    return advance
