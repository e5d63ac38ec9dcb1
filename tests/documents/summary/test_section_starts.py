"""A section's heading, its subheading and its lead-in line never end a page apart from
the table they introduce, wherever on the page the section starts: read back from the
PDF, in the summary's layout and in the service report's."""

from __future__ import annotations

import pytest
from pdf_reading import all_lines, rtl

from accountdesk.documents.report.render import ReportLayout
from accountdesk.documents.summary import blocks as b
from accountdesk.documents.summary.render import SummaryLayout

WORDS = {
    "he": {
        "filler": "שורה שממלאת את העמוד לפני הסעיף.",
        "h1": "6. מסלול הסלמה",
        "intro": "הזמנים נספרים רק בתוך חלון השירות.",
        "h2": "חומרה: קריטית",
        "column": "דרג",
        "row": "מיכל אברהם",
    },
    "en": {
        "filler": "A line that fills the page before the section.",
        "h1": "6. Escalation path",
        "intro": "Times count only within the service window.",
        "h2": "Severity: Critical",
        "column": "Level",
        "row": "Michal Avraham",
    },
}


def _document(language: str, filler_lines: int) -> b.Document:
    words = WORDS[language]
    row = (
        (b.Text("1", b.CELL),),
        (b.Text(f"{words['row']}\nline two\nline three", b.CELL),),
        (b.Text("054-662-9031\nmichal@example.org", b.CELL),),
    )
    columns = (b.Column(words["column"], 0.5), b.Column("B", 1.5), b.Column("C", 1.5))
    blocks: list[b.Block] = [b.Paragraph(words["filler"]) for _ in range(filler_lines)]
    blocks += [
        b.Heading(words["h1"]),
        b.Paragraph(words["intro"]),
        b.Heading(words["h2"], level=2),
        b.Table(columns, (b.Group("Provider"), *[row] * 8)),
        b.Heading("7.", level=1),
        b.Paragraph(words["filler"]),
    ]
    return b.Document(
        language=language,
        rtl=language == "he",
        title="Title",
        customer="Customer",
        meta=(("Version", "1"),),
        blocks=tuple(blocks),
        footer_start="Customer",
        footer_end="{page} / {pages}",
        header="Header",
        metadata_title="Title",
    )


def _page_of(lines: list, text: str) -> int:
    [page] = {page for page, line in lines if text in line.visual}
    return page


@pytest.mark.parametrize("layout", [SummaryLayout, ReportLayout])
@pytest.mark.parametrize("language", ["he", "en"])
def test_a_section_starts_on_the_page_of_its_first_table(layout, language):
    words = WORDS[language]
    seen = rtl if language == "he" else str
    on_first_page = 0
    # One more filler line each time moves the section down, across the foot of page 1.
    for filler_lines in range(15, 60):
        lines = all_lines(layout(_document(language, filler_lines)).render())
        heading = _page_of(lines, seen(words["h1"]))
        assert _page_of(lines, seen(words["intro"])) == heading, filler_lines
        assert _page_of(lines, seen(words["h2"])) == heading, filler_lines
        table_pages = sorted({page for page, line in lines if seen(words["column"]) in line.visual})
        rows = [page for page, line in lines if seen(words["row"]) in line.visual]
        assert table_pages[0] == heading, (filler_lines, heading, table_pages)
        assert rows[0] == heading, (filler_lines, heading, rows)
        on_first_page += heading == 0
    assert 0 < on_first_page < 45  # the section did start on page 1, and on page 2
