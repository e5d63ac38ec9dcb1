"""An error the services raise reaches the screen in the UI's language: a conflict and a
customer that no longer exists read in Persian on a Persian screen (and in Hebrew on a
Hebrew one), while the command line keeps the English sentence."""

from __future__ import annotations

import re

import pytest
from i18n_screens import (  # noqa: F401 - fixtures
    RTL_LANGUAGES,
    compiled_translations,
    db,
    make_window,
    settings,
    show_tab,
    template_db,
)

from accountdesk.domain.errors import ConflictError, NotFoundError
from accountdesk.i18n.words import words
from accountdesk.services import service_files as sf

LATIN = re.compile("[A-Za-z]")


def services_errors(db) -> tuple[ConflictError, NotFoundError]:
    """A save refused because another window saved first, and a customer that is gone."""
    [row] = [r for r in sf.list_customers(db) if r.name == "Acme Logistics"]
    mine, theirs = sf.load_file(db, row.id), sf.load_file(db, row.id)
    theirs.notes += " (theirs)"
    sf.save_file(db, theirs, author="test")
    mine.notes += " (mine)"
    with pytest.raises(ConflictError) as conflict:
        sf.save_file(db, mine, author="test")
    with pytest.raises(NotFoundError) as missing:
        sf.load_file(db, 987654)
    return conflict.value, missing.value


@pytest.mark.parametrize("lang", RTL_LANGUAGES)
def test_a_conflict_and_a_missing_customer_read_in_the_screens_language(
    qtbot, make_window, db, lang
):
    conflict, missing = services_errors(db)
    assert str(conflict).startswith("customer ") and "another window" in str(conflict)
    assert str(missing) == "customer 987654 does not exist"  # the command line's words

    window = make_window(lang)
    tab = show_tab(qtbot, window, "summaries")
    for error in (conflict, missing):
        tab._show_failure(error)
        shown = tab.status.text()
        assert tab.status.isVisible() and shown
        assert LATIN.search(shown) is None, shown
        # The catalogue's sentence, with the customer's number in the screen's digits.
        sentence = words(lang).text("Error", error.template)
        assert sentence != error.template
        before_number = sentence.split("{id}")[0]
        assert before_number in shown, (before_number, shown)
    if lang == "fa":
        assert "۹۸۷٬۶۵۴" in shown or "۹۸۷۶۵۴" in shown


def test_on_an_english_screen_the_errors_are_the_english_sentences(qtbot, make_window, db):
    _conflict, missing = services_errors(db)
    window = make_window("en")
    tab = show_tab(qtbot, window, "summaries")
    tab._show_failure(missing)
    assert "customer 987" in tab.status.text() and "does not exist" in tab.status.text()
