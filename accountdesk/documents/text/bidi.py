"""The Unicode Bidirectional Algorithm (UAX #9), in pure Python.

Levels are resolved once per paragraph (P2-P3, X1-X10, W1-W7, N0-N2, I1-I2);
lines are then reordered with L1-L2, and L4 mirroring comes from ``mirror``.

The core works on lists of bidi classes so that it can be driven both by
text (``bidi_classes``) and by the class-only conformance data.
Characters removed by rule X9 (embedding controls and BN) are given the level
of the character before them, so that callers can treat every index alike;
they are invisible and never affect the order of the others.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import unicodedata2

from ._bidi_data import BRACKETS, MIRRORS

MAX_DEPTH = 125
MAX_BRACKET_PAIRS_DEPTH = 63

ISOLATE_INITIATORS = frozenset(("LRI", "RLI", "FSI"))
EXPLICIT_CLASSES = frozenset(("LRE", "RLE", "LRO", "RLO", "PDF", "LRI", "RLI", "FSI", "PDI"))
REMOVED_BY_X9 = frozenset(("LRE", "RLE", "LRO", "RLO", "PDF", "BN"))
NEUTRAL_OR_ISOLATE = frozenset(("B", "S", "WS", "ON", "LRI", "RLI", "FSI", "PDI"))
# Classes whose presence can make a level differ from the paragraph level.
_LEVEL_CHANGING = frozenset(("R", "AL", "AN")) | EXPLICIT_CLASSES
# L1: whitespace that trails to the end of a line or to a separator is reset.
_TRAILING_RESETTABLE = frozenset(("WS", "FSI", "LRI", "RLI", "PDI")) | REMOVED_BY_X9

BASE_DIRECTIONS = {"ltr": 0, "rtl": 1, "auto": None}

# Default classes of unassigned code points (DerivedBidiClass.txt @missing).
_UNASSIGNED_DEFAULTS = (
    (0x0590, 0x05FF, "R"),
    (0x0600, 0x07BF, "AL"),
    (0x07C0, 0x085F, "R"),
    (0x0860, 0x08FF, "AL"),
    (0x20A0, 0x20CF, "ET"),
    (0x2060, 0x206F, "BN"),
    (0xFB1D, 0xFB4F, "R"),
    (0xFB50, 0xFDCF, "AL"),
    (0xFDD0, 0xFDEF, "BN"),
    (0xFDF0, 0xFDFF, "AL"),
    (0xFE70, 0xFEFF, "AL"),
    (0xFFF0, 0xFFF8, "BN"),
    (0x10800, 0x10CFF, "R"),
    (0x10D00, 0x10D3F, "AL"),
    (0x10D40, 0x10EBF, "R"),
    (0x10EC0, 0x10EFF, "AL"),
    (0x10F00, 0x10F2F, "R"),
    (0x10F30, 0x10F6F, "AL"),
    (0x10F70, 0x10FFF, "R"),
    (0x1E800, 0x1EC6F, "R"),
    (0x1EC70, 0x1ECBF, "AL"),
    (0x1ECC0, 0x1ECFF, "R"),
    (0x1ED00, 0x1ED4F, "AL"),
    (0x1ED50, 0x1EDFF, "R"),
    (0x1EE00, 0x1EEFF, "AL"),
    (0x1EF00, 0x1EFFF, "R"),
    (0xE0000, 0xE0FFF, "BN"),
)

_class_cache: dict[str, str] = {}


# --------------------------------------------------------------------------
# Character properties


def _unassigned_class(code_point: int) -> str:
    if (code_point & 0xFFFE) == 0xFFFE:  # noncharacters U+xxFFFE/U+xxFFFF
        return "BN"
    for first, last, bidi_class in _UNASSIGNED_DEFAULTS:
        if first <= code_point <= last:
            return bidi_class
    return "L"


def bidi_class(ch: str) -> str:
    """Bidi_Class of one character (cached; defaults for unassigned ones)."""
    cached = _class_cache.get(ch)
    if cached is None:
        cached = unicodedata2.bidirectional(ch) or _unassigned_class(ord(ch))
        _class_cache[ch] = cached
    return cached


def bidi_classes(text: str) -> list[str]:
    get = _class_cache.get
    return [get(ch) or bidi_class(ch) for ch in text]


def bracket_properties(text: str) -> list[tuple[int, bool] | None]:
    """Per character: (canonical closing bracket, is_opening), or None."""
    get = BRACKETS.get
    return [get(ord(ch)) for ch in text]


def mirror(ch: str) -> str:
    """The Bidi_Mirroring_Glyph of ``ch`` (L4), or ``ch`` itself."""
    mirrored = MIRRORS.get(ord(ch))
    return chr(mirrored) if mirrored is not None else ch


# --------------------------------------------------------------------------
# Paragraph level and isolate matching (BD9, P2, P3)


def match_isolates(classes: Sequence[str]) -> dict[int, int]:
    """Map each isolate initiator to its matching PDI, or to -1 (BD9)."""
    matches: dict[int, int] = {}
    open_initiators: list[int] = []
    for index, bidi_cls in enumerate(classes):
        if bidi_cls in ISOLATE_INITIATORS:
            matches[index] = -1
            open_initiators.append(index)
        elif bidi_cls == "PDI" and open_initiators:
            matches[open_initiators.pop()] = index
        elif bidi_cls == "B":
            open_initiators.clear()
    return matches


def first_strong_level(
    classes: Sequence[str], start: int, end: int, isolates: dict[int, int]
) -> int | None:
    """P2-P3: 1 or 0 from the first strong class, skipping isolates; else None."""
    index = start
    while index < end:
        bidi_cls = classes[index]
        if bidi_cls == "L":
            return 0
        if bidi_cls in {"R", "AL"}:
            return 1
        if bidi_cls in ISOLATE_INITIATORS:
            closing = isolates.get(index, -1)
            if closing < 0:
                return None
            index = closing
        index += 1
    return None


# --------------------------------------------------------------------------
# Explicit levels (X1-X8)

_EMBEDDING_INITIATORS = frozenset(("LRE", "RLE", "LRO", "RLO"))


def _next_level(level: int, rtl: bool) -> int:
    return (level + 1) | 1 if rtl else (level + 2) & ~1


class _ExplicitResolver:
    """X1-X8 over one paragraph: sets ``levels`` and applies directional
    overrides to ``types``, with the directional status stack of X1."""

    def __init__(
        self,
        classes: Sequence[str],
        types: list[str],
        levels: list[int],
        base_level: int,
        isolates: dict[int, int],
    ) -> None:
        self.classes, self.types, self.levels = classes, types, levels
        self.base_level, self.isolates = base_level, isolates
        self._reset()

    def _reset(self) -> None:
        self.stack: list[tuple[int, str | None, bool]] = [(self.base_level, None, False)]
        self.overflow_isolates = self.overflow_embeddings = self.valid_isolates = 0

    def run(self) -> None:
        for index, bidi_cls in enumerate(self.classes):
            if bidi_cls in _EMBEDDING_INITIATORS:
                self._start_embedding(index, bidi_cls)
            elif bidi_cls in ISOLATE_INITIATORS:
                self._start_isolate(index, bidi_cls)
            elif bidi_cls == "PDI":
                self._end_isolate(index)
            elif bidi_cls == "PDF":
                self._end_embedding(index)
            elif bidi_cls == "B":  # X8
                self.levels[index] = self.base_level
                self._reset()
            else:  # X6; BN keeps its class, X9 removes it anyway
                self._take_current(index, apply_override=bidi_cls != "BN")

    def _take_current(self, index: int, apply_override: bool = True) -> None:
        level, override, _ = self.stack[-1]
        self.levels[index] = level
        if override and apply_override:
            self.types[index] = override

    def _can_push(self, level: int) -> bool:
        return level <= MAX_DEPTH and not self.overflow_isolates and not self.overflow_embeddings

    def _start_embedding(self, index: int, bidi_cls: str) -> None:  # X2-X5
        self.levels[index] = level = self.stack[-1][0]
        new_level = _next_level(level, bidi_cls[0] == "R")
        if self._can_push(new_level):
            self.stack.append((new_level, bidi_cls[0] if bidi_cls[2] == "O" else None, False))
        elif not self.overflow_isolates:
            self.overflow_embeddings += 1

    def _start_isolate(self, index: int, bidi_cls: str) -> None:  # X5a-X5c
        self._take_current(index)
        rtl = bidi_cls == "RLI" or (bidi_cls == "FSI" and self._fsi_is_rtl(index))
        new_level = _next_level(self.stack[-1][0], rtl)
        if self._can_push(new_level):
            self.valid_isolates += 1
            self.stack.append((new_level, None, True))
        else:
            self.overflow_isolates += 1

    def _fsi_is_rtl(self, index: int) -> bool:
        closing = self.isolates.get(index, -1)
        end = closing if closing >= 0 else len(self.classes)
        return first_strong_level(self.classes, index + 1, end, self.isolates) == 1

    def _end_isolate(self, index: int) -> None:  # X6a
        if self.overflow_isolates:
            self.overflow_isolates -= 1
        elif self.valid_isolates:
            self.overflow_embeddings = 0
            while not self.stack[-1][2]:
                self.stack.pop()
            self.stack.pop()
            self.valid_isolates -= 1
        self._take_current(index)

    def _end_embedding(self, index: int) -> None:  # X7
        self.levels[index] = self.stack[-1][0]
        if self.overflow_isolates:
            return
        if self.overflow_embeddings:
            self.overflow_embeddings -= 1
        elif not self.stack[-1][2] and len(self.stack) > 1:
            self.stack.pop()


# --------------------------------------------------------------------------
# Isolating run sequences (X9, X10)


def _level_runs(kept: Sequence[int], levels: Sequence[int]) -> list[list[int]]:
    runs: list[list[int]] = []
    current_level = None
    for index in kept:
        if levels[index] != current_level:
            current_level = levels[index]
            runs.append([index])
        else:
            runs[-1].append(index)
    return runs


def _isolating_run_sequences(
    kept: Sequence[int], levels: Sequence[int], classes: Sequence[str], isolates: dict[int, int]
) -> list[list[int]]:
    """BD13: chain level runs that end in an isolate initiator to the run
    starting with its matching PDI."""
    runs = _level_runs(kept, levels)
    if not isolates:
        return runs
    run_starting_at = {run[0]: run for run in runs}
    continuations = {
        isolates[run[-1]] for run in runs if isolates.get(run[-1], -1) in run_starting_at
    }
    sequences = []
    for run in runs:
        if run[0] in continuations:
            continue
        sequence = list(run)
        while isolates.get(sequence[-1], -1) in run_starting_at:
            sequence.extend(run_starting_at[isolates[sequence[-1]]])
        sequences.append(sequence)
    return sequences


def _direction(level: int) -> str:
    return "R" if level & 1 else "L"


# --------------------------------------------------------------------------
# Weak types (W1-W7), on one isolating run sequence


def _resolve_weak(types: list[str], sos: str) -> None:
    previous = sos
    last_strong = sos
    for k, current in enumerate(types):
        if current == "NSM":  # W1
            current = "ON" if previous in ISOLATE_INITIATORS or previous == "PDI" else previous
            types[k] = current
        if current == "EN":  # W2
            if last_strong == "AL":
                types[k] = "AN"
        elif current in {"L", "R"}:
            last_strong = current
        elif current == "AL":  # W3
            last_strong = "AL"
            types[k] = "R"
        previous = current
    _resolve_separators(types)
    _resolve_terminators(types)
    last_strong = sos
    for k, current in enumerate(types):
        if current in {"L", "R"}:
            last_strong = current
        elif current == "EN" and last_strong == "L":  # W7
            types[k] = "L"


def _resolve_separators(types: list[str]) -> None:
    """W4: a single ES or CS between two numbers of the same kind joins them."""
    for k in range(1, len(types) - 1):
        current = types[k]
        if current in {"ES", "CS"}:
            before, after = types[k - 1], types[k + 1]
            if before == after and (before == "EN" or (before == "AN" and current == "CS")):
                types[k] = before


def _resolve_terminators(types: list[str]) -> None:
    """W5: terminators next to European numbers become numbers; W6: the
    remaining separators and terminators become neutral."""
    count = len(types)
    k = 0
    while k < count:
        current = types[k]
        if current == "ET":
            end = k
            while end < count and types[end] == "ET":
                end += 1
            touches_number = (k > 0 and types[k - 1] == "EN") or (
                end < count and types[end] == "EN"
            )
            types[k:end] = ["EN" if touches_number else "ON"] * (end - k)
            k = end
            continue
        if current in {"ES", "CS"}:
            types[k] = "ON"
        k += 1


# --------------------------------------------------------------------------
# Paired brackets (BD16, N0)


def _strong_of(bidi_cls: str) -> str | None:
    """Strong direction for N0/N1: numbers count as R."""
    if bidi_cls == "L":
        return "L"
    if bidi_cls in {"R", "EN", "AN"}:
        return "R"
    return None


def _bracket_pairs(
    types: Sequence[str], brackets_in_sequence: Sequence[tuple[int, tuple[int, bool]]]
) -> list[tuple[int, int]]:
    """BD16 on (position, (closing key, is_opening)) in sequence order."""
    openers: list[tuple[int, int]] = []
    pairs = []
    for position, (key, opening) in brackets_in_sequence:
        if types[position] != "ON":
            continue
        if opening:
            if len(openers) == MAX_BRACKET_PAIRS_DEPTH:
                break
            openers.append((key, position))
            continue
        for depth in range(len(openers) - 1, -1, -1):
            if openers[depth][0] == key:
                pairs.append((openers[depth][1], position))
                del openers[depth:]
                break
    pairs.sort()
    return pairs


def _pair_direction(
    types: Sequence[str], opener: int, closer: int, embedding: str, sos: str
) -> str | None:
    """N0 b-d: the direction a bracket pair takes, or None to leave it."""
    found_opposite = False
    for k in range(opener + 1, closer):
        strong = _strong_of(types[k])
        if strong == embedding:
            return embedding
        if strong is not None:
            found_opposite = True
    if not found_opposite:
        return None
    context = sos
    for k in range(opener - 1, -1, -1):
        strong = _strong_of(types[k])
        if strong is not None:
            context = strong
            break
    return context if context != embedding else embedding


def _resolve_brackets(
    types: list[str],
    originals: Sequence[str],
    brackets_in_sequence: Sequence[tuple[int, tuple[int, bool]]],
    level: int,
    sos: str,
) -> None:
    embedding = _direction(level)
    for opener, closer in _bracket_pairs(types, brackets_in_sequence):
        direction = _pair_direction(types, opener, closer, embedding, sos)
        if direction is None:
            continue
        for bracket in (opener, closer):
            types[bracket] = direction
            follower = bracket + 1
            while follower < len(types) and originals[follower] == "NSM":
                types[follower] = direction
                follower += 1


# --------------------------------------------------------------------------
# Neutral types (N1, N2) and implicit levels (I1, I2)


def _resolve_neutrals(types: list[str], sos: str, eos: str, embedding: str) -> None:
    count = len(types)
    k = 0
    while k < count:
        if types[k] not in NEUTRAL_OR_ISOLATE:
            k += 1
            continue
        end = k
        while end < count and types[end] in NEUTRAL_OR_ISOLATE:
            end += 1
        before = _strong_of(types[k - 1]) if k > 0 else sos
        after = _strong_of(types[end]) if end < count else eos
        types[k:end] = [before if before is not None and before == after else embedding] * (end - k)
        k = end


def _implicit_levels(types: list[str], level: int) -> list[int]:
    if level & 1:
        return [level + 1 if t != "R" else level for t in types]
    return [level + 1 if t == "R" else level + 2 if t != "L" else level for t in types]


# --------------------------------------------------------------------------
# Resolving one paragraph


def _sequence_boundaries(
    sequence: Sequence[int],
    kept_position: Mapping[int, int] | Sequence[int],
    kept: Sequence[int],
    levels: Sequence[int],
    classes: Sequence[str],
    base_level: int,
) -> tuple[str, str]:
    """X10: the sos and eos of an isolating run sequence."""
    level = levels[sequence[0]]
    first_position = kept_position[sequence[0]]
    before = levels[kept[first_position - 1]] if first_position > 0 else base_level
    last = sequence[-1]
    last_position = kept_position[last]
    if classes[last] in ISOLATE_INITIATORS or last_position + 1 >= len(kept):
        after = base_level
    else:
        after = levels[kept[last_position + 1]]
    return _direction(max(level, before)), _direction(max(level, after))


def _resolve_sequence(
    sequence: Sequence[int],
    types: list[str],
    classes: Sequence[str],
    levels: list[int],
    brackets: Sequence[tuple[int, bool] | None] | None,
    sos: str,
    eos: str,
) -> None:
    level = levels[sequence[0]]
    local = [types[i] for i in sequence]
    _resolve_weak(local, sos)
    if brackets is not None:
        in_sequence = [
            (k, bracket) for k, i in enumerate(sequence) if (bracket := brackets[i]) is not None
        ]
        if in_sequence:
            originals = [classes[i] for i in sequence]
            _resolve_brackets(local, originals, in_sequence, level, sos)
    _resolve_neutrals(local, sos, eos, _direction(level))
    for index, new_level in zip(sequence, _implicit_levels(local, level), strict=False):
        levels[index] = new_level


def _fill_removed_levels(classes: Sequence[str], levels: list[int], base_level: int) -> None:
    """Give X9-removed characters the level of the character before them."""
    previous = base_level
    for index, bidi_cls in enumerate(classes):
        if bidi_cls in REMOVED_BY_X9:
            levels[index] = previous
        else:
            previous = levels[index]


def resolve_levels(
    classes: Sequence[str],
    base_level: int | None = None,
    brackets: Sequence[tuple[int, bool] | None] | None = None,
) -> tuple[int, list[int]]:
    """Resolve the embedding levels of one paragraph (before line rules).

    ``classes`` are Bidi_Class values; ``base_level`` is 0, 1 or None for
    P2-P3; ``brackets`` as from ``bracket_properties`` (None: no brackets).
    Returns (paragraph level, levels).
    """
    present = set(classes)
    isolates = match_isolates(classes) if present & ISOLATE_INITIATORS else {}
    if base_level is None:
        base_level = first_strong_level(classes, 0, len(classes), isolates) or 0
    if base_level == 0 and not present & _LEVEL_CHANGING:
        return 0, [0] * len(classes)  # plain left-to-right text
    types = list(classes)
    levels = [base_level] * len(classes)
    if present & EXPLICIT_CLASSES:
        _ExplicitResolver(classes, types, levels, base_level, isolates).run()
    has_removed = bool(present & REMOVED_BY_X9)
    _resolve_implicit(classes, types, levels, base_level, isolates, brackets, has_removed)
    if has_removed:
        _fill_removed_levels(classes, levels, base_level)
    return base_level, levels


def _resolve_implicit(
    classes: Sequence[str],
    types: list[str],
    levels: list[int],
    base_level: int,
    isolates: dict[int, int],
    brackets: Sequence[tuple[int, bool] | None] | None,
    has_removed: bool,
) -> None:
    """X9-X10, then W, N and I rules on each isolating run sequence."""
    kept = (
        [i for i, c in enumerate(classes) if c not in REMOVED_BY_X9]
        if has_removed
        else range(len(classes))
    )
    kept_position: Mapping[int, int] | Sequence[int] = (
        {index: position for position, index in enumerate(kept)} if has_removed else kept
    )
    embedding_levels = list(levels)  # X10 compares these, not resolved levels
    for sequence in _isolating_run_sequences(kept, levels, classes, isolates):
        sos, eos = _sequence_boundaries(
            sequence, kept_position, kept, embedding_levels, classes, base_level
        )
        _resolve_sequence(sequence, types, classes, levels, brackets, sos, eos)


# --------------------------------------------------------------------------
# Line rules (L1, L2)


def line_levels(classes: Sequence[str], levels: Sequence[int], base_level: int) -> list[int]:
    """L1 for one line: separators and trailing whitespace go to the
    paragraph level. ``classes`` are the original classes of the line."""
    result = list(levels)
    if "S" not in classes and "B" not in classes:  # only the end of the line is reset
        for index in range(len(classes) - 1, -1, -1):
            if classes[index] not in _TRAILING_RESETTABLE:
                break
            result[index] = base_level
        return result
    trailing = True  # at the end of the line, whitespace is reset too
    for index in range(len(classes) - 1, -1, -1):
        bidi_cls = classes[index]
        if bidi_cls in {"S", "B"}:
            result[index] = base_level
            trailing = True
        elif trailing and bidi_cls in _TRAILING_RESETTABLE:
            result[index] = base_level
        else:
            trailing = False
    return result


def visual_order(levels: Sequence[int]) -> list[int]:
    """L2: logical indices of a line in visual order, left to right."""
    order = list(range(len(levels)))
    if not levels:
        return order
    highest = max(levels)
    lowest_odd = min(levels) | 1
    for level in range(highest, lowest_odd - 1, -1):
        _reverse_runs_at_or_above(order, levels, level)
    return order


def _reverse_runs_at_or_above(order: list[int], levels: Sequence[int], level: int) -> None:
    count = len(order)
    start = 0
    while start < count:
        if levels[order[start]] < level:
            start += 1
            continue
        end = start
        while end < count and levels[order[end]] >= level:
            end += 1
        order[start:end] = order[start:end][::-1]
        start = end
