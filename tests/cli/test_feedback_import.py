"""`accountdesk feedback import`: survey results into the customers each row names."""

from accountdesk.services.service_files import find_customer_id, load_file
from accountdesk.storage.database import Database

HOSPITAL = "המרכז הרפואי גליל כרמל"


def test_survey_rows_become_feedback_of_the_customers_they_name(cli, demo_path, tmp_path):
    data = tmp_path / "survey.csv"
    data.write_text(
        "\ufeffcustomer;received_on;scale;score;given_by;customer_words\n"
        f'{HOSPITAL.upper()};2026-11-02;CSAT;5;ד"ר כהן;השירות מהיר ואדיב\n',
        encoding="utf-8",
    )
    result = cli("feedback", "import", data, "--db", demo_path)
    assert result.lines == [f"imported 1 feedback row(s) from {data}"]
    db = Database(demo_path)
    try:
        feedback = load_file(db, find_customer_id(db, HOSPITAL)).feedback
    finally:
        db.close()
    [added] = [f for f in feedback if f.given_by == 'ד"ר כהן']
    assert (added.channel, added.scale, added.score) == ("survey", "csat", 5)
    assert added.customer_words == "השירות מהיר ואדיב"


def test_each_bad_row_is_named_and_nothing_is_imported(cli, demo_path, tmp_path, fingerprint):
    data = tmp_path / "survey.csv"
    data.write_text(
        "customer,received_on,scale,score\n"
        f"{HOSPITAL},2026-11-02,csat,6\n"
        "Nobody Ltd,2026-11-02,nps,9\n"
        f"{HOSPITAL},2026-11-02,,4\n"
        f"{HOSPITAL},2026-11-02,nps,10\n",
        encoding="utf-8",
    )
    before = fingerprint(demo_path)
    result = cli("feedback", "import", data, "--db", demo_path)
    assert result.code == 2 and result.out == ""
    assert result.err.splitlines() == [
        f"accountdesk: error: {data}: 3 problems; nothing was imported",
        "  line 2: score: Score must be between 1 and 5 on the CSAT scale",
        "  line 3: customer: 'Nobody Ltd' is the name of no customer",
        "  line 4: scale: Scale: choose the scale the score is on",
    ]
    assert fingerprint(demo_path) == before


def test_the_header_needs_the_customer_and_the_date(cli, demo_path, tmp_path):
    data = tmp_path / "survey.csv"
    data.write_text("score\n5\n", encoding="utf-8")
    result = cli("feedback", "import", data, "--db", demo_path)
    assert result.err.splitlines()[1:] == [
        "  line 1: the header needs a 'customer' column",
        "  line 1: the header needs a 'received_on' column",
    ]
