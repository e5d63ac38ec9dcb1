"""Benchmark: bidi levels and line reordering for 10,000 mixed characters.

    python tests/benchmarks/bench_bidi.py [--runs N]

Hebrew, Persian, Latin, numbers, brackets and e-mails in one paragraph, resolved and
reordered as the summary's text engine does. Target: under 50 ms (best of the runs).
Not collected by pytest (bench_*.py).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "documents" / "text"))

from text_reading import paragraph_levels, reorder_line

SENTENCE = (
    "שרת Exchange 2019 (מקומי) עודכן ב-2024-04-03, می‌خواهم با شماره ۰۲۱ "
    "تماس بگیرم «لا» [test] user@example.com. "
)


def one_run(paragraphs: list[str]) -> float:
    started = time.perf_counter()
    for paragraph in paragraphs:
        base_level, levels = paragraph_levels(paragraph)
        reorder_line(paragraph, levels, base_level)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    paragraphs = [SENTENCE * 3] * (10_000 // (len(SENTENCE) * 3) + 1)
    paragraph_levels(SENTENCE)  # warm the class cache
    best = min(one_run(paragraphs) for _ in range(args.runs))
    characters = sum(map(len, paragraphs))
    print(f"{characters} characters: best {best * 1000:.1f} ms (target 50 ms)")


if __name__ == "__main__":
    main()
