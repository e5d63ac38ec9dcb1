"""What the summary says, before layout: words, plain-language targets, choices, fingerprint."""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt

import pytest
from summary_samples import STAFF, TODAY, english_file, hebrew_file, persian_file

from accountdesk.documents.summary import SummaryOptions, summary_fingerprint
from accountdesk.documents.summary import blocks as b
from accountdesk.documents.summary.catalogue import FAILURES, MEETINGS, TEXTS, Catalogue
from accountdesk.documents.summary.content import SummaryContent, inline, value
from accountdesk.domain import enums
from accountdesk.domain.enums import ExpectationStatus, Language, Side
from accountdesk.domain.labels import ENUM_LABELS
from accountdesk.domain.languages import CODES as LANGUAGES
from accountdesk.domain.service_file import ExpectationData, ParticipantData
from accountdesk.domain.words import Word
from tests.documents.text.text_reading import missing_glyphs

ENUMS_SHOWN = (
    enums.SupportLevel,
    enums.KnowledgeLevel,
    enums.Criticality,
    enums.SystemKind,
    enums.Environment,
    enums.Side,
    enums.ItilRelation,
    enums.Channel,
    enums.Severity,
    enums.Topic,
    enums.ExpectationHolder,
    enums.ExpectationStatus,
    enums.Likelihood,
    enums.MeetingKind,
    enums.StaffRole,
)


def content(file=None, language=Language.HEBREW, **options) -> SummaryContent:
    return SummaryContent(
        file or hebrew_file(), SummaryOptions(staff=STAFF, **options), language, "abc", TODAY
    )


def texts_of(blocks) -> list[str]:
    found = []
    for block in blocks:
        if isinstance(block, b.Heading | b.Paragraph):
            found.append(block.text)
        elif isinstance(block, b.Table):
            found += [c.title for c in block.columns]
            for row in block.rows:
                found += (
                    [row.text]
                    if isinstance(row, b.Group)
                    else [t.text for cell in row for t in cell]
                )
        elif isinstance(block, b.Facts):
            found += [label for label, _ in block.rows] + [
                t.text for _, cell in block.rows for t in cell
            ]
        elif isinstance(block, b.Bullets):
            found += list(block.items)
    return found


# -- the catalogue ---------------------------------------------------------------------------


def test_every_word_is_translated_in_every_language_with_the_same_placeholders():
    import string

    def fields(text):
        return {f for _, f, _, _ in string.Formatter().parse(text) if f}

    for language in LANGUAGES:
        catalogue = Catalogue(language)
        for key, entry in TEXTS.items():
            context, english = entry if isinstance(entry, Word) else ("Summary", entry)
            translated = catalogue.words.text(context, english)
            assert translated and fields(translated) == fields(english), (language, key)
            if language != "en":
                assert translated != english or not english.strip("#—").isalpha(), (language, key)


def test_every_enum_value_the_summary_prints_has_a_name_in_each_language():
    for enum in ENUMS_SHOWN:
        for member in enum:
            assert (enum, member.value) in ENUM_LABELS, member
    catalogue = Catalogue("fa")
    assert catalogue.enum(enums.Criticality.CRITICAL) != catalogue.enum(enums.Severity.CRITICAL), (
        "members sharing a value ('critical') keep their own words"
    )


def test_the_summary_names_a_field_with_the_screens_word():
    """The profile's "Industry", the table's "Role": the Field words, not a copy of them."""
    for language in LANGUAGES:
        catalogue = Catalogue(language)
        assert catalogue.text("industry") == catalogue.words.text("Field", "Industry")
        assert catalogue.text("h_systems") == catalogue.words.text("Section", "Systems")
    assert Catalogue("fa").text("industry") == "حوزه فعالیت"


def test_the_domain_terms_are_the_glossarys():
    assert Catalogue("he").text("title") == "סיכום תיאום ציפיות"
    assert Catalogue("fa").text("title") == "صورتجلسه همسوسازی انتظارات"
    assert Catalogue("he").text("role_supporter") == "תמיכה צמודה"
    assert Catalogue("fa").text("role_supporter") == "پشتیبان اختصاصی"


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_fonts_draw_every_character_of_the_catalogue(language):
    catalogue = Catalogue(language)
    words = (
        [catalogue.text(key) for key in TEXTS]
        + [catalogue.enum(m) for e in ENUMS_SHOWN for m in e]
        + [catalogue.meeting(kind) for kind in MEETINGS]
        + [catalogue.plural(FAILURES, n, hours="", count="") for n in (1, 2, 11)]
    )
    for text in words:
        assert missing_glyphs(text) == [] and missing_glyphs(text, bold=True) == [], text


def test_unknown_language_is_refused():
    with pytest.raises(ValueError):
        Catalogue("de")


# -- plain language before percentages ---------------------------------------------------------


@pytest.mark.parametrize(
    "language, failures, hours, expected",
    [
        (Language.ENGLISH, 4, 4, "At most 4 failures a year, each fixed within 4 hours"),
        (Language.HEBREW, 4, 4, "לכל היותר 4 תקלות בשנה, וכל אחת תתוקן תוך 4 שעות"),
        (Language.PERSIAN, 4, 4, "حداکثر ۴ قطعی در سال، و رفع هر کدام ظرف ۴ ساعت"),
        (Language.ENGLISH, 1, 0.5, "At most one failure a year, fixed within 30 minutes"),
        (Language.HEBREW, 1, 0.5, "לכל היותר תקלה אחת בשנה, שתתוקן תוך 30 דקות"),
        (Language.PERSIAN, 1, 0.5, "حداکثر یک قطعی در سال، که ظرف ۳۰ دقیقه رفع شود"),
    ],
)
def test_availability_reads_as_failures_a_year_and_time_to_fix(language, failures, hours, expected):
    expectation = ExpectationData(failures_per_year=failures, hours_per_failure=hours)
    sentence = content(
        persian_file() if language == Language.PERSIAN else None, language=language
    ).plain_availability(expectation)
    assert "".join(ch for ch in sentence if ch not in "\u2066\u2067\u2068\u2069") == expected


def test_the_plain_sentence_comes_first_and_the_percentage_second():
    summary = content(english_file(), Language.ENGLISH)
    agreed = next(block for block in summary.agreed_section() if isinstance(block, b.Table))
    target = agreed.rows[0][2]
    assert target[0].text.startswith("At most one failure a year")
    assert target[1].style == b.CELL_SMALL and "99.94%" in target[1].text


def test_persian_sentences_use_persian_digits_unless_asked_not_to():
    expectation = ExpectationData(failures_per_year=2, hours_per_failure=8)
    with_persian = content(persian_file(), Language.PERSIAN).plain_availability(expectation)
    with_latin = content(persian_file(), Language.PERSIAN, native_digits=False).plain_availability(
        expectation
    )
    assert "۲" in with_persian and "۸" in with_persian and "2" not in with_persian
    assert "2" in with_latin and "۲" not in with_latin


def test_a_percentage_alone_is_told_as_downtime_a_year():
    expectation = ExpectationData(availability_percent=99.9)
    sentence = content(english_file(), Language.ENGLISH).plain_availability(expectation)
    assert sentence.startswith("At most") and "downtime a year" in sentence


# -- what goes where ----------------------------------------------------------------------------


def test_expectations_are_split_into_agreed_and_not_and_numbered_once():
    summary = content()
    assert [e.status for e in summary.agreed] == [ExpectationStatus.AGREED] * 4
    assert {e.customer_words for e in summary.not_agreed} == {
        "שהמערכת תעבוד 100% מהזמן",
        "שנתקין גרסאות חדשות ביום שהן יוצאות",
    }
    assert sorted(summary.number_of.values()) == list(range(1, 7))


def test_participants_come_from_the_latest_kickoff_or_alignment_meeting():
    summary = content()
    assert [p.name for p in summary.participants][:2] == ["יוסי כהן", "מירב לוי"]
    assert "מישהו אחר" not in [p.name for p in summary.participants], "a review meeting is not it"
    chosen = content(participants=[ParticipantData("Ann", Side.CUSTOMER)])
    assert [p.name for p in chosen.participants] == ["Ann"]


def test_signatories_are_the_decision_maker_and_the_account_manager():
    customer, provider = content().signatories
    assert (customer.side, customer.name) == (Side.CUSTOMER, "יוסי כהן")
    assert (provider.side, provider.name) == (Side.PROVIDER, "אבי מזרחי")
    blocks = content().signatures_section()[-1].blocks
    assert blocks[1].role == value("מנהל לקוח")


def test_the_account_managers_role_is_worded_as_in_the_participants_list():
    """A woman signs above the role the participants list gives her, not a masculine
    default; without one the catalogue's neutral wording stands."""
    she = [ParticipantData("אבי מזרחי", Side.PROVIDER, "מנהלת לקוח")]
    assert content(participants=she).signatures_section()[-1].blocks[1].role == value("מנהלת לקוח")
    nobody = [ParticipantData("יוסי כהן", Side.CUSTOMER)]
    assert content(participants=nobody).signatures_section()[-1].blocks[1].role == "ניהול לקוח"


def test_empty_sections_say_so():
    empty = dataclasses.replace(
        hebrew_file(),
        systems=[],
        contacts=[],
        escalation_paths=[],
        expectations=[],
        meetings=[],
        next_review=None,
    )
    words = texts_of(content(empty).document().blocks)
    for key in (
        "no_systems",
        "no_contacts",
        "no_escalation",
        "no_agreed",
        "no_risks",
        "next_review_unset",
    ):
        assert Catalogue("he").text(key) in words


# -- user values ---------------------------------------------------------------------------------


def test_user_values_lose_bidi_controls_and_are_isolated():
    assert value("\u202eyossi") == "\u2068yossi\u2069"
    assert value("  \u202e \n\n") == ""
    assert inline("\u202bשם\u202c") == "\u2068שם\u2069"
    assert inline("+972 3-555-1234") == "\u2066+972 3-555-1234\u2069"
    assert value("בדוא״ל ל-it@acme.co.il.") == "\u2068בדוא״ל ל-\u2066it@acme.co.il\u2069.\u2069"
    # each line of a value is an isolate of its own
    assert value("שורה\nline 2") == "\u2068שורה\u2069\n\u2068line 2\u2069"


def test_every_character_of_every_sample_has_a_glyph():
    for file, language in (
        (hebrew_file(), Language.HEBREW),
        (persian_file(), Language.PERSIAN),
        (english_file(), Language.ENGLISH),
    ):
        for text in texts_of(content(file, language).document().blocks):
            assert missing_glyphs(text) == [], text


# -- the fingerprint -----------------------------------------------------------------------------


def test_the_fingerprint_ignores_language_ids_and_keys_but_not_content():
    options = SummaryOptions(staff=STAFF, issued_on=dt.date(2026, 11, 23))
    first = summary_fingerprint(hebrew_file(), options)
    assert summary_fingerprint(hebrew_file(), dataclasses.replace(options, language="fa")) == first
    renumbered = hebrew_file()
    for index, contact in enumerate(renumbered.contacts):
        contact.id = 100 + index
    assert summary_fingerprint(renumbered, options) == first, "new keys, same references"
    changed = copy.deepcopy(hebrew_file())
    changed.expectations[0].customer_words += "!"
    assert summary_fingerprint(changed, options) != first
    assert (
        summary_fingerprint(hebrew_file(), dataclasses.replace(options, version_label="2")) != first
    )
    noted = hebrew_file()
    noted.notes = "internal note"
    assert summary_fingerprint(noted, options) == first, "what the summary does not show"


def test_a_draft_is_a_draft_version_in_the_languages_own_phrase():
    """Hebrew "גרסת טיוטה" (construct state), never "גרסה טיוטה"; a number keeps "גרסה 2"."""
    assert content().version_phrase == "גרסת טיוטה"
    numbered = content(version_label="2")
    assert "".join(ch for ch in numbered.version_phrase if ch not in "\u2068\u2069") == "גרסה 2"
    assert content(persian_file(), Language.PERSIAN).version_phrase == "نسخه پیش‌نویس"


def test_the_customers_words_are_quoted_with_the_languages_marks():
    assert Catalogue("fa").text("quoted", text="x") == "«x»"
    assert Catalogue("he").text("quoted", text="x") == "“x”"
    assert Catalogue("he").text("preparation", value="x") == "כבר קיים: x"
    assert Catalogue("fa").text("preparation", value="x") == "در حال حاضر برقرار: x"
