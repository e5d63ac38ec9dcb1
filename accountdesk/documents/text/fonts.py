"""The fonts of our documents and the choice of a font for each character.

Three families cover the content: Noto Sans (Latin, Greek, Cyrillic and
common punctuation), Noto Sans Hebrew and Noto Sans Arabic (Arabic script,
including Persian). Symbols the others lack fall back, in this order, to
Noto Sans Math (arrows, operators, shapes), Noto Sans Symbols and Symbols 2
(check marks, stars, enclosed numbers, dingbats) and monochrome Noto Emoji.
A font is chosen per cluster (a character with its marks, variation
selectors, skin tones and joined emoji), so an emoji sequence is shaped by
one font.
Faces are loaded on first use and kept for the life of the process: loading
is most of the cost of a cold start, so it is paid only for what a
document actually uses.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

import uharfbuzz as hb
import unicodedata2

LATIN, HEBREW, ARABIC, SYMBOLS = "latin", "hebrew", "arabic", "symbols"
TEXT_SYMBOLS, MORE_SYMBOLS, EMOJI = "text-symbols", "more-symbols", "emoji"
FALLBACK_ORDER = (LATIN, HEBREW, ARABIC, SYMBOLS, TEXT_SYMBOLS, MORE_SYMBOLS, EMOJI)

FONT_FILES = {
    (LATIN, False): "NotoSans-Regular.ttf",
    (LATIN, True): "NotoSans-Bold.ttf",
    (HEBREW, False): "NotoSansHebrew-Regular.ttf",
    (HEBREW, True): "NotoSansHebrew-Bold.ttf",
    (ARABIC, False): "NotoSansArabic-Regular.ttf",
    (ARABIC, True): "NotoSansArabic-Bold.ttf",
    (SYMBOLS, False): "NotoSansMath-Regular.ttf",
    (SYMBOLS, True): "NotoSansMath-Regular.ttf",  # symbol fonts have no bold face
    (TEXT_SYMBOLS, False): "NotoSansSymbols-Regular.ttf",
    (TEXT_SYMBOLS, True): "NotoSansSymbols-Regular.ttf",
    (MORE_SYMBOLS, False): "NotoSansSymbols2-Regular.ttf",
    (MORE_SYMBOLS, True): "NotoSansSymbols2-Regular.ttf",
    (EMOJI, False): "NotoEmoji-Regular.ttf",
    (EMOJI, True): "NotoEmoji-Regular.ttf",
}

# OpenType script tags, for telling HarfBuzz which shaper to use.
SCRIPT_TAGS = {
    LATIN: "Latn",
    HEBREW: "Hebr",
    ARABIC: "Arab",
    SYMBOLS: "Zyyy",
    TEXT_SYMBOLS: "Zyyy",
    MORE_SYMBOLS: "Zyyy",
    EMOJI: "Zyyy",
}

_HEBREW_BLOCKS = ((0x0590, 0x05FF), (0xFB1D, 0xFB4F))
_ARABIC_BLOCKS = (
    (0x0600, 0x06FF),
    (0x0750, 0x077F),
    (0x0870, 0x08FF),
    (0xFB50, 0xFDFF),
    (0xFE70, 0xFEFF),
)
# Characters HarfBuzz hides (Default_Ignorable_Code_Point outside Cf).
_IGNORABLE_EXTRA = frozenset(
    [
        847,
        4447,
        4448,
        6068,
        6069,
        12644,
        65440,
        *list(range(6155, 6160)),
        *list(range(65024, 65040)),
        *list(range(917760, 918000)),
    ]
)


class FontsNotFoundError(FileNotFoundError):
    """The bundled fonts are not where the package expects them."""


def fonts_dir() -> Path:
    """The folder holding our fonts: the source tree's ``resources/fonts``
    first, then the copy installed inside the package."""
    package_dir = Path(__file__).resolve().parents[2]  # .../accountdesk
    candidates = (package_dir.parent / "resources" / "fonts", package_dir / "_resources" / "fonts")
    probe = FONT_FILES[(LATIN, False)]
    for candidate in candidates:
        if (candidate / probe).is_file():
            return candidate
    raise FontsNotFoundError(f"{probe} not found in any of: " + ", ".join(map(str, candidates)))


@dataclass(eq=False)
class FontFace:
    """One font file, with its HarfBuzz face and character coverage."""

    script: str
    bold: bool
    path: Path

    @property
    def key(self) -> tuple[str, bool]:
        return (self.script, self.bold)

    @functools.cached_property
    def data(self) -> bytes:
        return self.path.read_bytes()

    @functools.cached_property
    def hb_face(self) -> hb.Face:
        return hb.Face(hb.Blob(self.data))

    @functools.cached_property
    def code_points(self) -> frozenset[int]:
        return frozenset(self.hb_face.unicodes)

    @functools.cached_property
    def units_per_em(self) -> int:
        upem: int = self.hb_face.upem
        return upem

    @property
    def postscript_name(self) -> str:
        return self.path.stem

    def has_glyph(self, ch: str) -> bool:
        return ord(ch) in self.code_points

    def __repr__(self) -> str:
        return f"FontFace({self.postscript_name})"


def get_face(script: str, bold: bool = False) -> FontFace:
    """The face for a script and weight, created once per process."""
    return _load_face(FONT_FILES[(script, bool(bold))])


@functools.cache
def _load_face(file_name: str) -> FontFace:
    script, bold = next(key for key, name in FONT_FILES.items() if name == file_name)
    return FontFace(script, bold, fonts_dir() / file_name)


# --------------------------------------------------------------------------
# Scripts


def _in_blocks(code_point: int, blocks: tuple[tuple[int, int], ...]) -> bool:
    return any(first <= code_point <= last for first, last in blocks)


@functools.lru_cache(maxsize=4096)
def script_of(ch: str) -> str | None:
    """The script whose font should draw ``ch``; None for common characters
    (digits, punctuation, spaces, marks, controls) that follow their
    neighbours."""
    code_point = ord(ch)
    if _in_blocks(code_point, _HEBREW_BLOCKS):
        return HEBREW
    if _in_blocks(code_point, _ARABIC_BLOCKS):
        return ARABIC
    if unicodedata2.category(ch)[0] == "L":
        return LATIN
    return None


@functools.lru_cache(maxsize=4096)
def is_default_ignorable(ch: str) -> bool:
    """Invisible characters that HarfBuzz removes (controls, joiners, VS)."""
    return unicodedata2.category(ch) == "Cf" or ord(ch) in _IGNORABLE_EXTRA


def resolve_scripts(text: str) -> list[str]:
    """A script per character: common characters take the script of the
    character before them, or after them at the start; Latin if none."""
    scripts = [script_of(ch) for ch in text]
    following = next((script for script in scripts if script is not None), LATIN)
    resolved: list[str] = []
    previous: str | None = None
    for script in scripts:
        if script is None:
            resolved.append(previous or following)
        else:
            resolved.append(script)
            previous = script
    return resolved


# --------------------------------------------------------------------------
# Font choice per character


def _fallback_order(script: str) -> tuple[str, ...]:
    return (script, *tuple(other for other in FALLBACK_ORDER if other != script))


@functools.lru_cache(maxsize=8192)
def face_for(ch: str, script: str, bold: bool = False) -> FontFace | None:
    """The face that draws ``ch`` in a run of ``script``: the script's own
    font when it has the glyph, else the first font that has it."""
    if is_default_ignorable(ch):
        return get_face(script, bold)  # never drawn: stay in the run
    for candidate in _fallback_order(script):
        face = get_face(candidate, bold)
        if face.has_glyph(ch):
            return face
    return None


def choose_faces(text: str, bold: bool = False) -> list[FontFace | None]:
    """A face per character (None where no font has a glyph). The characters
    of a cluster share the first face that draws them all, so that marks,
    variation selectors, skin tones and joined emoji reach the same shaper
    as their base."""
    faces = [
        face_for(ch, script, bold) for ch, script in zip(text, resolve_scripts(text), strict=False)
    ]
    index = 1
    while index < len(text):  # only where the face changes inside a cluster
        if faces[index] is faces[index - 1] or not _extends_cluster(text, index):
            index += 1
            continue
        start, end = index - 1, index + 1
        while start > 0 and _extends_cluster(text, start):
            start -= 1
        while end < len(text) and _extends_cluster(text, end):
            end += 1
        shared = _cluster_face(text[start:end], faces[start], bold)
        if shared is not None:
            faces[start:end] = [shared] * (end - start)
        index = end
    return faces


_EMOJI_PRESENTATION = "\ufe0f"
_TEXT_PRESENTATION = "\ufe0e"
_ZWJ = "\u200d"


def _extends_cluster(text: str, index: int) -> bool:
    """Whether ``text[index]`` belongs to the cluster of the character before
    it (UAX #29 in short: marks, joiners, variation selectors, skin tones,
    tags, and the character after a ZWJ unless it is a letter). Flags need no
    rule: regional indicators are all in the emoji font."""
    ch = text[index]
    code_point = ord(ch)
    if unicodedata2.category(ch)[0] == "M" or ch == _ZWJ:
        return True
    if 0xFE00 <= code_point <= 0xFE0F or 0xE0100 <= code_point <= 0xE01EF:
        return True
    if 0x1F3FB <= code_point <= 0x1F3FF or 0xE0020 <= code_point <= 0xE007F:
        return True
    return text[index - 1] == _ZWJ and unicodedata2.category(ch)[0] != "L"


def _cluster_face(cluster: str, first: FontFace | None, bold: bool) -> FontFace | None:
    """The face drawing every visible character of a cluster: the emoji font
    first when the cluster asks for emoji presentation, then the face of its
    first character, then the fallback order; None if no one face does."""
    visible = [ch for ch in cluster if not is_default_ignorable(ch)]
    emoji = get_face(EMOJI, bold)
    candidates = [get_face(script, bold) for script in FALLBACK_ORDER]
    if first is not None:
        candidates.insert(0, first)
    if _EMOJI_PRESENTATION in cluster:
        candidates.insert(0, emoji)
    elif _TEXT_PRESENTATION in cluster:
        candidates = [face for face in candidates if face is not emoji]
    for face in candidates:
        if all(face.has_glyph(ch) for ch in visible):
            return face
    return None
