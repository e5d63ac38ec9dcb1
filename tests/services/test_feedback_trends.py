"""NPS, CSAT, CES and complaints month by month, for a customer and the portfolio."""

import datetime as dt

from accountdesk.domain.enums import FeedbackChannel, FeedbackScale
from accountdesk.domain.service_file import FeedbackData, ServiceFile
from accountdesk.services import service_files as sf
from accountdesk.services.feedback_trends import (
    customer_trend,
    portfolio_period,
    portfolio_trend,
)
from accountdesk.storage.database import Database

JAN, FEB, MAR = dt.date(2026, 1, 10), dt.date(2026, 2, 10), dt.date(2026, 3, 10)


def said(day, scale=None, score=None, channel=FeedbackChannel.SURVEY):
    return FeedbackData(received_on=day, channel=channel, scale=scale, score=score)


def test_nps_is_promoters_less_detractors_in_points():
    nps = [said(JAN, FeedbackScale.NPS, s) for s in (10, 9, 8, 7, 3)]
    [january] = customer_trend(nps, dt.date(2026, 1, 1), dt.date(2026, 1, 31))
    assert january.nps == 20.0  # 2 promoters, 1 detractor of 5
    assert january.nps_answers == 5
    assert january.csat_average is None and january.ces_average is None


def test_csat_average_and_satisfied_share_ces_and_complaints_per_month():
    items = [
        said(JAN, FeedbackScale.CSAT, 5),
        said(JAN, FeedbackScale.CSAT, 4),
        said(JAN, FeedbackScale.CSAT, 2),
        said(JAN, FeedbackScale.CES, 2),
        said(MAR, channel=FeedbackChannel.COMPLAINT),
        said(MAR, channel=FeedbackChannel.COMPLAINT),
        said(dt.date(2025, 12, 31), FeedbackScale.CSAT, 1),  # before the period
    ]
    jan, feb, mar = customer_trend(items, dt.date(2026, 1, 1), dt.date(2026, 3, 31))
    assert (jan.csat_average, jan.csat_satisfied, jan.csat_answers) == (11 / 3, 2 / 3, 3)
    assert jan.ces_average == 2 and jan.complaints == 0
    assert (feb.month, feb.csat_average, feb.complaints) == (dt.date(2026, 2, 1), None, 0)
    assert mar.complaints == 2 and mar.nps is None


def test_the_portfolio_reads_every_served_customer_and_leaves_archived_ones_out(tmp_path):
    db = Database(tmp_path / "voice.sqlite3", create=True)
    try:
        first = ServiceFile(name="Acme", feedback=[said(FEB, FeedbackScale.NPS, 10)])
        second = ServiceFile(name="Beta", feedback=[said(FEB, FeedbackScale.NPS, 0)])
        gone = ServiceFile(name="Gone", feedback=[said(FEB, FeedbackScale.NPS, 0)])
        sf.save_file(db, first)
        sf.save_file(db, second)
        sf.set_archived(db, sf.save_file(db, gone).id, True)
        [february] = portfolio_trend(db, dt.date(2026, 2, 1), dt.date(2026, 2, 28))
        assert (february.nps, february.nps_answers) == (0.0, 2)
        year = portfolio_period(db, dt.date(2026, 1, 1), dt.date(2026, 12, 31))
        assert (year.nps, year.nps_answers, year.complaints) == (0.0, 2, 0)
    finally:
        db.close()


def test_the_last_year_is_twelve_months_to_this_one():
    from accountdesk.services.feedback_trends import last_year, months

    start, end = last_year(dt.date(2026, 12, 6))
    assert (start, end) == (dt.date(2026, 1, 1), dt.date(2026, 12, 6))
    assert len(months(*last_year(dt.date(2026, 3, 31)))) == 12
