"""The word catalogues are complete: every word the code marks is in every language's
catalogue, translated, with the same placeholders and every plural form; and the Qt
Linguist files keep only widget texts, none of them a word of the catalogues."""

from __future__ import annotations

import gettext
import re
import string
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po

from accountdesk.domain.languages import CODES, SOURCE, language_info
from accountdesk.i18n.po import compile_po
from accountdesk.i18n.words import words

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "translations"
# The markers, as `pybabel extract -k` spells them (README, "Languages").
KEYWORDS = {"N_": ((1, "c"), 2), "NP_": ((1, "c"), 2, 3), "word": ((1, "c"), 2)}
TRANSLATED = [code for code in CODES if code != SOURCE]

Key = tuple[str | None, str]


def marked() -> dict[Key, str | tuple[str, str]]:
    """Every word the code marks, by (context, English)."""
    found: dict[Key, str | tuple[str, str]] = {}
    for _, _, message, _, context in extract_from_dir(
        str(ROOT / "accountdesk"), method_map=[("**.py", "python")], keywords=KEYWORDS
    ):
        singular = message if isinstance(message, str) else message[0]
        found[(context, singular)] = message
    return found


def catalogue(code: str) -> Catalog:
    with (TRANSLATIONS / f"words_{code}.po").open("rb") as po_file:
        return read_po(po_file, abort_invalid=True)


def key_of(message) -> Key:
    return (message.context, message.id if isinstance(message.id, str) else message.id[0])


def fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def same_fields(translated: str, english: str) -> bool:
    """Exactly the English's placeholders: none dropped (an explanation such as {detail}
    is what the reader needs to act), none invented."""
    return fields(translated) == fields(english)


@pytest.fixture(scope="module")
def code_words():
    return marked()


def test_the_code_marks_the_words_of_every_layer(code_words):
    contexts = {context for context, _ in code_words}
    assert {"Enum", "Field", "Validation", "ImportProblem", "Error", "Database"} <= contexts
    assert {"Summary", "Changes", "Signature", "History"} <= contexts
    assert (
        "Error",
        "customer {id} was changed by another window or user since you opened it",
    ) in code_words


# The only English texts marked in more than one context: each means something else in
# each, and some language words it otherwise. Any other word is translated once, in the
# context that owns it (a field's label in "Field", a section's name in "Section"), and
# the summary, the import problems and the enumerations use that word.
HOMOGRAPHS = {
    "Critical": "a system's criticality (Persian حیاتی) or an incident's severity (بحرانی)",
    "High": "a criticality or likelihood (Persian زیاد) or an incident's severity (بالا)",
    "Low": "a criticality or likelihood (Persian کم) or an incident's severity (پایین)",
    "Medium": "said with the other criticalities, or with the other severities",
    "After": "how long an escalation level waits (Hebrew לאחר) or a changed value (אחרי)",
    "Who": "whom a level escalates to (Persian ارجاع به) or who saved a change (چه کسی)",
    "Issued": "a version's status (Hebrew הופקה) or the column of its date (תאריך הפקה)",
}


def test_a_word_is_translated_once(code_words):
    contexts: dict[str, set[str | None]] = {}
    for context, english in code_words:
        contexts.setdefault(english, set()).add(context)
    twice = {english: found for english, found in contexts.items() if len(found) > 1}
    assert set(twice) - set(HOMOGRAPHS) == set(), "use the word of the context that owns it"
    assert set(HOMOGRAPHS) - set(twice) == set(), "no longer a homograph: drop it from the list"


def test_the_template_lists_exactly_the_marked_words(code_words):
    with (TRANSLATIONS / "words.pot").open("rb") as pot_file:
        template = read_po(pot_file)
    listed = {key_of(m) for m in template if m.id}
    assert set(code_words) - listed == set(), "run pybabel extract (README, Languages)"
    assert listed - set(code_words) == set(), "words no code uses: run pybabel extract"


def test_every_registered_language_has_a_catalogue_and_no_other_does():
    found = {path.stem.removeprefix("words_") for path in TRANSLATIONS.glob("words_*.po")}
    assert found == set(TRANSLATED)


@pytest.mark.parametrize("code", TRANSLATED)
def test_every_word_is_in_the_catalogue_translated(code, code_words):
    translations = catalogue(code)
    keys = {key_of(m) for m in translations if m.id}
    assert set(code_words) - keys == set(), f"words_{code}.po lacks these"
    assert keys - set(code_words) == set(), f"words_{code}.po has words no code uses"
    unfinished = [
        key_of(m)
        for m in translations
        if m.id and (m.fuzzy or (not m.string if isinstance(m.string, str) else not all(m.string)))
    ]
    assert unfinished == []


def forms_of_one_number(translations: Catalog) -> set[int]:
    """The plural forms the language's rule picks for exactly one count (English's
    singular; Arabic's forms for 0, 1 and 2): they may write the count as a word."""
    rule = gettext.c2py(translations.plural_expr)
    counts: dict[int, set[int]] = {}
    for n in range(1000):
        counts.setdefault(rule(n), set()).add(n)
    return {form for form, numbers in counts.items() if len(numbers) == 1}


@pytest.mark.parametrize("code", TRANSLATED)
def test_placeholders_are_the_same_in_every_language(code):
    wrong = []
    translations = catalogue(code)
    in_words = forms_of_one_number(translations)
    for m in translations:
        if not m.id:
            continue
        if isinstance(m.id, str):
            if not same_fields(m.string, m.id):
                wrong.append(key_of(m))
            continue
        singular, plural = m.id
        for index, form in enumerate(m.string):
            allowed = fields(plural) | fields(singular)
            if not fields(singular) <= fields(form) | {"count"} or not fields(form) <= allowed:
                wrong.append((*key_of(m), index))
            if index not in in_words and fields(form) != fields(plural):
                wrong.append((*key_of(m), index))
    assert wrong == []


def test_the_forms_of_one_number_follow_the_plural_rule():
    assert forms_of_one_number(catalogue("he")) == {0}
    assert forms_of_one_number(catalogue("ar")) == {0, 1, 2}


@pytest.mark.parametrize("code", TRANSLATED)
def test_each_plural_has_every_form_its_language_has(code):
    translations = catalogue(code)
    header = translations.mime_headers
    forms = dict(header).get("Plural-Forms", "")
    found = re.search(r"nplurals\s*=\s*(\d+)", forms)
    assert found, f"words_{code}.po has no Plural-Forms header"
    nplurals = int(found[1])
    plurals = [m for m in translations if m.id and not isinstance(m.id, str)]
    assert plurals, "the summary's failures a year are a plural"
    for m in plurals:
        assert len(m.string) == nplurals and all(m.string), key_of(m)


@pytest.mark.parametrize("code", TRANSLATED)
def test_the_catalogue_header_names_its_language(code):
    assert dict(catalogue(code).mime_headers)["Language"] == language_info(code).code


@pytest.mark.parametrize("code", TRANSLATED)
def test_the_compiled_catalogue_is_what_the_program_reads(code):
    """The build's .mo and the .po say the same; the program reads the words."""
    import gettext
    import io

    compiled = gettext.GNUTranslations(io.BytesIO(compile_po(TRANSLATIONS / f"words_{code}.po")))
    for m in catalogue(code):
        if m.id and isinstance(m.id, str):
            assert words(code).text(m.context, m.id) == compiled.pgettext(m.context, m.id)
            assert words(code).text(m.context, m.id) == m.string


def test_a_dropped_placeholder_is_found():
    assert not same_fields("הקובץ אינו CSV תקין", "not valid CSV: {detail}")
    assert not same_fields("{detail} {extra}", "not valid CSV: {detail}")
    assert same_fields("فایل CSV معتبر نیست: {detail}", "not valid CSV: {detail}")


def _ts_sources(path: Path) -> dict[str, set[str]]:
    sources: dict[str, set[str]] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            sources.setdefault(message.findtext("source") or "", set()).add(name)
    return sources


@pytest.mark.parametrize("code", TRANSLATED)
def test_no_word_is_translated_in_both_places(code, code_words):
    """A text of the .ts files is a widget text; the same English is never also a word
    of the catalogue, where it could be translated otherwise."""
    english = {text for _, text in code_words}
    both = {
        (text, *contexts)
        for text, contexts in _ts_sources(TRANSLATIONS / f"accountdesk_{code}.ts").items()
        if text in english
    }
    assert both == set()


def test_the_translations_of_the_screens_list_no_catalogue_context(code_words):
    moved = {context for context, _ in code_words}
    for path in TRANSLATIONS.glob("accountdesk_*.ts"):
        contexts = {c.findtext("name") for c in ET.parse(path).getroot().iter("context")}
        assert contexts & moved == set(), path.name


def test_a_broken_translation_falls_back_to_english():
    from accountdesk.i18n.words import Words

    class Broken:
        def pgettext(self, context, text):
            return "{nothing}"

    shown = Words("xx", Broken()).format("Error", "customer {id} does not exist", id=7)  # type: ignore[arg-type]
    assert shown == "customer 7 does not exist"


def test_an_unregistered_language_has_no_catalogue():
    with pytest.raises(ValueError, match="unknown language 'de'"):
        words("de")


def test_a_versions_status_agrees_with_the_hebrew_noun():
    """ "גרסה 2: חתומה", not "חתום": גרסה is feminine, and so is every status after it."""
    from accountdesk.domain.enums import SummaryStatus

    hebrew = words("he")
    statuses = {"Issued": "הופקה", "Signed": "חתומה", "Superseded": "הוחלפה"}
    assert {english: hebrew.text("Signature", english) for english in statuses} == statuses
    assert {s.name.title() for s in SummaryStatus} >= set(statuses)


@pytest.mark.parametrize("code", TRANSLATED)
def test_the_feedback_figures_have_no_colon_beside_their_numbers(code):
    """ "NPS 33 (all customers 50)" in every language: a colon beside a number reads as a
    ratio or a time in a right-to-left line, and one measure said two ways reads wrong."""
    found = [
        (m.context, m.string)
        for m in catalogue(code)
        if isinstance(m.id, str) and "NPS {nps}" in m.id and re.search(r"[:：]\s*\{", m.string)
    ]
    assert found == []
