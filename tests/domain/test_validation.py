import datetime as dt

import pytest

from accountdesk.domain.enums import Topic
from accountdesk.domain.errors import ValidationError
from accountdesk.domain.phones import normalise_phone
from accountdesk.domain.rules import clean_service_file
from accountdesk.domain.service_file import (
    ContactData,
    EscalationLevelData,
    EscalationPathData,
    ExpectationData,
    FeedbackData,
    ServiceFile,
    SystemData,
)
from accountdesk.domain.validation import Checker


def problems_of(file: ServiceFile) -> dict[str, str]:
    with pytest.raises(ValidationError) as caught:
        clean_service_file(file)
    return {p.where(): p.text() for p in caught.value.problems}


def test_missing_name_names_the_field():
    assert problems_of(ServiceFile(name="  ")) == {"name": "Name is required"}
    # A name of only direction controls and zero-width characters is no name either.
    assert problems_of(ServiceFile(name="\u202e\u200b\u2066")) == {"name": "Name is required"}


def test_every_problem_is_reported_with_its_row():
    file = ServiceFile(
        name="Acme",
        systems=[SystemData(name="mail"), SystemData(name="")],
        contacts=[ContactData(name="Dana", email="dana@", phone="12")],
    )
    found = problems_of(file)
    assert set(found) == {"systems[2].name", "contacts[1].email", "contacts[1].phone"}
    assert found["contacts[1].phone"] == (
        "Phone is not a valid phone number in IL; write it as 02-123-4567 "
        "or, with the country code, +972 2-123-4567"
    )


def test_unrealistic_expectation_needs_a_cost_note():
    file = ServiceFile(
        name="Acme",
        expectations=[ExpectationData(customer_words="Never down", realistic=False)],
    )
    assert "expectations[1].cost_benefit" in problems_of(file)


def test_escalation_level_needs_someone_and_non_negative_minutes():
    file = ServiceFile(
        name="Acme",
        escalation_paths=[EscalationPathData(levels=[EscalationLevelData(after_minutes=-5)])],
    )
    found = problems_of(file)
    assert found["escalation_paths[1].after_minutes"] == "After (minutes) cannot be negative"
    assert "escalation_paths[1].level_target" in found


def test_clean_values_are_normalised():
    file = ServiceFile(
        name=" Acme ",
        contacts=[ContactData(name="Dana", email="Dana@Example.COM", phone="۰۳-۵۵۵-۱۲۳۴")],
        expectations=[
            ExpectationData(customer_words="up", topic=Topic.AVAILABILITY, failures_per_year="۴")
        ],
    )
    clean = clean_service_file(file)
    assert clean.name == "Acme"
    assert clean.contacts[0].phone == "+97235551234"
    assert clean.contacts[0].email == "Dana@example.com"
    assert clean.expectations[0].failures_per_year == 4.0
    assert file.name == " Acme "  # the original is left alone


@pytest.mark.parametrize(
    "text,region,expected",
    [
        ("03-555-1234", "IL", "+97235551234"),
        ("+972 3 555 1234", "IL", "+97235551234"),
        ("021-8877 6655", "IR", "+982188776655"),
        ("۰۲۱۸۸۷۷۶۶۵۵", "IR", "+982188776655"),
        ("٠٢١٨٨٧٧٦٦٥٥", "IR", "+982188776655"),
        ("020 7946 0958", "GB", "+442079460958"),
        ("hello", "IL", None),
    ],
)
def test_phone_numbers_in_any_digits(text, region, expected):
    assert normalise_phone(text, region) == expected


def test_checker_dates_numbers_and_choices():
    check = Checker()
    assert check.date("next_review", "2026-02-30") is None
    assert check.date("next_review", "۲۰۲۶-۱۱-۲۳") == dt.date(2026, 11, 23)
    assert check.number("score", "11", integer=True, low=1, high=10) is None
    assert check.number("after_minutes", "1.5", integer=True) is None
    assert check.time("window_start", "۰۸:۳۰") == dt.time(8, 30)
    assert check.timezone("timezone", "Mars/Olympus") == "Mars/Olympus"
    assert [p.field for p in check.problems] == [
        "next_review",
        "score",
        "after_minutes",
        "timezone",
    ]


def test_symbols_emoji_and_the_supported_scripts_are_accepted():
    text = "✓ ★ ☎ → © ∑ √ ≤ ① ⌘ 😀 👍🏽 ❤️ 👨\u200d👩\u200d👧 🇮🇱 1️⃣ Привет μΩ שָׁלוֹם می\u200cخواهم €₪"
    file = ServiceFile(name="Acme", notes=text, systems=[SystemData(name="DB ✅", notes=text)])
    clean_service_file(file)
    assert file.notes == text and file.systems[0].name == "DB ✅"


def test_characters_no_document_can_print_are_refused_naming_the_field():
    file = ServiceFile(
        name="Acme 株式会社",
        systems=[SystemData(name="mail"), SystemData(name="db", notes="key \ue000 here")],
        contacts=[ContactData(name="Dana \U0010ffff\ufffd")],
    )
    found = problems_of(file)
    assert found == {
        "name": "Name contains characters that documents cannot print: "
        "株 (U+682A), 式 (U+5F0F), 会 (U+4F1A), 社 (U+793E); remove or replace them",
        "systems[2].notes": "Notes contains characters that documents cannot print: "
        "U+E000; remove or replace them",
        "contacts[1].name": "Name contains U+10FFFF, a control character or invalid code "
        "point that text may not hold",
    }


@pytest.mark.parametrize(
    ("scale", "score", "message"),
    [
        ("csat", 6, "Score must be between 1 and 5 on the CSAT scale"),
        ("csat", 0, "Score must be between 1 and 5 on the CSAT scale"),
        ("ces", 8, "Score must be between 1 and 7 on the CES scale"),
        ("nps", 11, "Score must be between 0 and 10"),
        (None, 4, "Scale: choose the scale the score is on"),
    ],
)
def test_a_feedback_score_is_checked_on_its_own_scale(scale, score, message):
    item = FeedbackData(received_on=dt.date(2026, 3, 1), scale=scale, score=score)
    [problem] = problems_of(ServiceFile(name="Acme", feedback=[item])).items()
    assert problem[1] == message
    assert problem[0] in ("feedback[1].score", "feedback[1].scale")


@pytest.mark.parametrize(("scale", "score"), [("csat", 5), ("nps", 0), ("ces", 1), (None, None)])
def test_a_feedback_score_within_its_scale_is_kept(scale, score):
    item = FeedbackData(received_on=dt.date(2026, 3, 1), scale=scale, score=score)
    [clean] = clean_service_file(ServiceFile(name="Acme", feedback=[item])).feedback
    assert (clean.scale, clean.score) == (scale, score)
