"""`accountdesk home`: the home view's agenda on a terminal, and as JSON."""

from __future__ import annotations

import json

from accountdesk.services.demo.staff import STAFF


def test_the_demo_week_lists_overdue_reviews_and_follow_ups(cli, demo_path):
    run = cli("home", "--db", demo_path)
    assert run.code == 0
    assert any(line.startswith("Reviews overdue or due soon (") for line in run.lines)
    assert any(line.startswith("Feedback follow-ups (") for line in run.lines)
    assert "Review the service file (overdue by " in run.out


def test_json_names_each_items_record(cli, demo_path):
    items = json.loads(cli("home", "--json", "--db", demo_path).out)["items"]
    kinds = {item["kind"] for item in items}
    assert {"review", "expectation_review", "follow_up", "summary"} <= kinds
    review = next(item for item in items if item["kind"] == "expectation_review")
    assert review["tab"] == "expectations" and isinstance(review["record_id"], int)
    assert review["due_state"] == "overdue" and review["due_text"].startswith("overdue by ")


def test_mine_keeps_the_staff_members_customers(cli, demo_path):
    name = STAFF[0].name
    everyone = json.loads(cli("home", "--json", "--db", demo_path).out)["items"]
    mine = json.loads(cli("home", "--json", "--staff", name, "--mine", "--db", demo_path).out)
    assert 0 < len(mine["items"]) < len(everyone)


def test_mine_needs_a_staff_member_that_exists(cli, demo_path):
    run = cli("home", "--mine", "--db", demo_path)
    assert run.code == 2 and "--mine needs --staff" in run.err
    run = cli("home", "--staff", "Nobody", "--db", demo_path)
    assert run.code == 2 and "'Nobody' is the name of no staff member" in run.err
