"""What a signature pad records: plain data, so the pad and the database need no PDF code."""

from __future__ import annotations

from dataclasses import dataclass

Point = tuple[float, float]


@dataclass(frozen=True)
class Drawing:
    """What the pad recorded: its size and the strokes (each a list of points)."""

    width: float
    height: float
    strokes: tuple[tuple[Point, ...], ...]
    pen_width: float = 2.0  # in pad units

    def is_empty(self) -> bool:
        return not any(self.strokes)
