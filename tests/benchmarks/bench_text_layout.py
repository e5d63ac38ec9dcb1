"""Benchmark: a 6-page Hebrew document built with our flowables.

    python tests/benchmarks/bench_text_layout.py [--runs N]

Prints the median wall time of whole processes that import everything and
build the document (cold), and of builds inside one process (warm). Not
collected by pytest (bench_*.py).
"""

from __future__ import annotations

import argparse
import io
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parents[2]
PAGES = 6

PARAGRAPH = (
    "שרת Exchange 2019 (מקומי) עודכן לגרסה \u206615.2.1544.4\u2069 ביום \u20662024-04-03\u2069. "
    'המשתמשים קיבלו הודעה בדוא"ל \u2066it-desk@example.co.il\u2069, והגיבוי הלילי הושלם בהצלחה '
    "ב-\u206698.5%\u2069 מהתיבות. לשאלות פנו למוקד בטלפון \u206603-7654321\u2069 או פתחו קריאה "
    "במערכת (קטגוריה: דואר אלקטרוני). "
)


def build_document(output, pages: int = PAGES) -> int:
    """Build the benchmark document; returns its page count."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import PageBreak, SimpleDocTemplate

    from accountdesk.documents.text.flowables import BidiParagraph, draw_line

    def footer(canvas, doc):
        draw_line(canvas, A4[0] - doc.rightMargin, 30, f"עמוד {doc.page} מתוך {pages}", 9)

    story = []
    for page in range(pages):
        story.append(
            BidiParagraph(
                f"סיכום שירות חודשי — חלק {page + 1}",
                16,
                bold=True,
                direction="rtl",
                space_after=10,
            )
        )
        story += [
            BidiParagraph(PARAGRAPH * 2, 11, direction="rtl", space_after=6) for _ in range(7)
        ]
        story.append(PageBreak())
    story.pop()
    document = SimpleDocTemplate(output, pagesize=A4)
    document.build(story, onFirstPage=footer, onLaterPages=footer)
    return document.page


def _child(output: str) -> None:
    sys.path.insert(0, str(REPOSITORY))
    build_document(output)


def cold_times(runs: int) -> list[float]:
    times = []
    with tempfile.TemporaryDirectory() as folder:
        for run in range(runs):
            started = time.perf_counter()
            subprocess.run(
                [sys.executable, __file__, "--child", f"{folder}/cold{run}.pdf"], check=True
            )
            times.append(time.perf_counter() - started)
    return times


def warm_times(runs: int) -> list[float]:
    sys.path.insert(0, str(REPOSITORY))
    build_document(io.BytesIO())  # load fonts and modules once
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        build_document(io.BytesIO())
        times.append(time.perf_counter() - started)
    return times


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--child")
    arguments = parser.parse_args()
    if arguments.child:
        _child(arguments.child)
        return
    cold = cold_times(arguments.runs)
    warm = warm_times(arguments.runs)
    print(
        f"cold process, {PAGES}-page Hebrew PDF: median {statistics.median(cold):.3f} s "
        f"(min {min(cold):.3f}, max {max(cold):.3f}, {arguments.runs} runs)"
    )
    print(
        f"warm in-process build:             median {statistics.median(warm):.3f} s "
        f"(min {min(warm):.3f}, max {max(warm):.3f})"
    )


if __name__ == "__main__":
    main()
