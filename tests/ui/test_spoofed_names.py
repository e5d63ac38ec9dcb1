"""A name carrying direction controls (U+202E…) looks the same on screen and on paper.

The screen's order is read from Qt's own layout of the text (each glyph's position), the
paper's from the PDF's glyphs: two independent readings of what the eye sees.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QTextLayout, QTextOption
from PySide6.QtWidgets import QLabel

from accountdesk.domain.bidi import BIDI_CONTROLS, RLO
from accountdesk.domain.enums import Language
from accountdesk.domain.service_file import ServiceFile, SystemData
from accountdesk.services import service_files as sf
from accountdesk.services.search import search
from accountdesk.services.summaries import summary_pdf
from accountdesk.ui.card.card import SupporterCard
from accountdesk.ui.customers.model import NAME, CustomerListModel
from accountdesk.ui.formatting import plain
from accountdesk.ui.search.model import SearchResultsModel
from accountdesk.ui.widgets.prompts import ask_save_changes
from tests.documents.summary.pdf_reading import open_pdf, visual_lines
from tests.ui.ui_helpers import open_customer

SPOOFS = [
    f"Ofek{RLO}LTD 2026",  # "Ofek" then "6202 DTL": reads as another name
    # (A Latin phrase ending in a number, "Systems 12.1", prints reversed in the summary
    # until each value is one isolate there; the screen already shows it so.)
    f"אופק{RLO} Systems Ltd",
    f"\u2067Mallory\u202c{RLO}Bank\u202a",
]


def qt_visual(text: str, rtl: bool) -> str:
    """The characters of `text` left to right, as Qt lays them out on one line."""
    layout = QTextLayout(text, QFont())
    option = QTextOption()
    option.setTextDirection(
        Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
    )
    layout.setTextOption(option)
    layout.beginLayout()
    layout.createLine().setLineWidth(100_000)
    layout.endLayout()
    flags = QTextLayout.GlyphRunRetrievalFlag
    x_of: dict[int, float] = {}
    for run in layout.glyphRuns(
        0,
        len(text),
        flags.RetrieveGlyphIndexes | flags.RetrieveGlyphPositions | flags.RetrieveStringIndexes,
    ):
        font = run.rawFont()
        for glyph, position, index in zip(
            run.glyphIndexes(), run.positions(), run.stringIndexes(), strict=True
        ):
            # A control's glyph can be reported with another character's index: keep
            # only glyphs that draw the character they are reported for (no shaping
            # joins the Hebrew and Latin letters used here).
            if font.glyphIndexesForString(text[index]) == [glyph]:
                x_of.setdefault(index, position.x())
    order = sorted(x_of, key=lambda i: x_of[i])
    return "".join(text[i] for i in order if text[i] not in BIDI_CONTROLS and text[i] != "\u200f")


def pdf_lines(db, customer_id: int) -> list[str]:
    document = open_pdf(summary_pdf(db, customer_id).data)
    return [line.visual for page in document for line in visual_lines(page)]


@pytest.fixture
def hebrew(languages):
    languages.apply("he")
    yield
    languages.apply("en")


@pytest.mark.parametrize("name", SPOOFS)
def test_a_spoofed_name_reads_the_same_in_the_list_the_search_the_card_and_the_summary(
    qtbot, db, hebrew, name
):
    file = sf.save_file(
        db,
        ServiceFile(
            name=name,
            document_language=Language.HEBREW,
            systems=[SystemData(name=f"{name} ERP")],
        ),
    )
    on_paper = pdf_lines(db, file.id)

    model = CustomerListModel(lambda: db)
    model.reload()
    in_list = qt_visual(model.data(model.index(model.row_of(file.id), NAME)), rtl=True)
    assert in_list in on_paper  # the name's own line in the summary's header
    assert "DTL" not in in_list and "knaB" not in in_list

    clean = "".join(c for c in name if c not in BIDI_CONTROLS)
    results = SearchResultsModel()
    results.set_results(clean[:4], search(db, clean[:4]))
    titles = [results.data(results.index(r, 0)) for r in range(results.rowCount())]
    customer = next(t for t in titles if plain(t.split("\n")[0]) == clean)
    assert qt_visual(customer.split("\n")[0], rtl=True) == in_list
    system = next(t for t in titles if plain(t.split("\n")[0]) == f"{clean} ERP")
    assert qt_visual(system.split("\n")[1], rtl=True) == in_list  # the customer, second line

    card = SupporterCard()
    qtbot.addWidget(card)
    card.show_file(file)
    labels = [label.text() for label in card.findChildren(QLabel)]
    assert any(qt_visual(text, rtl=True) == in_list for text in labels)


def assert_reads_in_order(sentence: str, template: str, clean: str) -> None:
    """Every piece of the app's sentence, and the name, read as they would alone."""
    shown = qt_visual(sentence, rtl=True)
    assert qt_visual(f"\u2068{clean}\u2069", rtl=True) in shown
    for piece in template.split("{name}"):
        if piece.strip():
            assert qt_visual(piece.strip(), rtl=True) in shown


@pytest.mark.parametrize("name", SPOOFS)
def test_a_spoofed_name_cannot_reverse_the_apps_own_sentences(qtbot, window, hebrew, name):
    clean = "".join(c for c in name if c not in BIDI_CONTROLS)
    sf.save_file(window.context.db, ServiceFile(name=name, document_language=Language.HEBREW))
    window.list_model.reload()
    open_customer(qtbot, window, name)
    opened = QCoreApplication.translate("FileController", "Opened {name}")
    assert opened != "Opened {name}"  # the Hebrew sentence
    assert_reads_in_order(window.statusBar().currentMessage(), opened, clean)
    title = qt_visual(window.windowTitle(), rtl=True)
    assert qt_visual(f"\u2068{clean}\u2069", rtl=True) in title

    box = ask_save_changes(window, name, lambda _answer: None)
    template = QCoreApplication.translate(
        "Prompts", "The service file of “{name}” has changes that are not saved."
    )
    assert_reads_in_order(box.text(), template, clean)
    box.close()

    window.actions_["archive_customer"].trigger()
    archived = QCoreApplication.translate(
        "CustomerLifecycle", "Archived {name}; “Bring back from archive” undoes it."
    )
    assert_reads_in_order(window.statusBar().currentMessage(), archived, clean)

    card = SupporterCard()
    card.show_file(window.context.session.file)
    shown = qt_visual(card.windowTitle(), rtl=True)
    assert qt_visual(f"\u2068{clean}\u2069", rtl=True) in shown
    card.close()
