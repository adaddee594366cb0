"""Figures a company reports for its latest quarter are news of the day they are reported;
the quarter names what they measure. Every sentence here was written for this test."""

from __future__ import annotations

import datetime as dt

from tests.core.event_lists import dates, described
from timeline_app.core.dates import When
from timeline_app.core.extraction import extract_events
from timeline_app.core.extraction.temporal import period_closing

PAPER = dt.date(2011, 8, 4)


def found(text: str, published: dt.date = PAPER) -> list[str]:
    return described(extract_events(text, published))


def test_a_figure_for_the_latest_quarter_is_dated_on_the_day_it_is_reported():
    events = extract_events(
        "Harbor Mills Inc. said its net income rose 12% in the second quarter.", PAPER
    )
    assert dates(events, "income") == ["2011-08-04~"]


def test_a_loss_for_the_quarter_and_a_sum_earned_in_it_are_reported_that_day():
    events = extract_events(
        "Talbot Foods posted a loss of $4 million for the second quarter, its first in a "
        "decade. Its rival Ostend Dairies said it earned $9 million in the quarter.",
        PAPER,
    )
    assert dates(events, "loss") == ["2011-08-04~"]
    assert dates(events, "earn") == ["2011-08-04~"]


def test_what_was_done_during_the_quarter_keeps_the_quarter():
    events = found("During the second quarter, Harbor Mills bought a bakery in Leeds.")
    assert "2011-04/2011-06 Harbor Mills buys bakery in Leeds" in events


def test_a_year_earlier_quarter_stays_a_year_earlier():
    events = extract_events(
        "In the year-earlier quarter, Harbor Mills earned $3 million on sales of $40 million.",
        PAPER,
    )
    assert dates(events, "earn") == ["2010-04/2010-06"]


def test_a_quarter_closing_on_a_day_is_one_period_and_the_day_no_date_of_its_own():
    events = extract_events(
        "Talbot Foods reported a net loss of $4 million for its fiscal first quarter ended "
        "June 30.",
        PAPER,
    )
    # reported today; the closing day (June 30) dates nothing of its own
    assert dates(events, "loss") == ["2011-08-04~"]


def test_an_older_quarter_closing_on_a_day_is_dated_by_that_day_not_the_calendar():
    # the company's second quarter closed on March 31: January to March, not April to June
    events = extract_events(
        "Talbot Foods lost $2 million in its second quarter ended March 31 and sold its "
        "Lisbon plant in May.",
        PAPER,
    )
    assert "2011-01/2011-03" in dates(events, "lost") + dates(events, "loses")


def test_half_year_figures_closing_on_a_day_are_reported_that_day():
    events = extract_events(
        "Ostend Dairies said net income for the six months ended July 2 slipped 4% to $31 million.",
        PAPER,
    )
    assert dates(events, "income") == ["2011-08-04~"]


def test_period_closing_counts_back_from_the_day_the_period_closes_on():
    day = When.from_edtf("2011-08-27")
    assert period_closing("2011-Q4", " ended ", day) == When.from_edtf("2011-06/2011-08")
    # a period closing in a month's first days is the month before's
    first = When.from_edtf("2011-10-01")
    assert period_closing("P6M", " ended ", first) == When.from_edtf("2011-04/2011-09")
    # not a closing: "the quarter and June 30"
    assert period_closing("2011-Q2", " and ", day) is None
    assert period_closing("2011", " ended ", day) is None


def test_the_day_a_dividend_is_paid_is_no_date_of_its_declaring():
    events = extract_events(
        "Harbor Mills Inc. declared a special dividend of 40 cents a share, payable Sept. 20 "
        "to shareholders of record Aug. 30.",
        PAPER,
    )
    # declared in today's news; neither the paying day nor the record day dates it
    assert dates(events, "dividend") == ["2011-08-04~"]


def test_a_deadline_moved_to_a_day_does_not_date_the_moving():
    events = extract_events(
        "Talbot Foods extended its offer for Ostend Dairies until Aug. 19. The port "
        "authority postponed until Monday its decision on the new berths.",
        PAPER,
    )
    assert dates(events, "extends") == ["2011-08-04~"]
    assert dates(events, "postpones") == ["2011-08-04~"]


def test_a_stretch_that_runs_to_a_day_still_dates_what_ran():
    # not a deadline moved: the strike ran until that day
    events = extract_events("Dockers at Ostend struck from July 4 until July 9.", PAPER)
    assert dates(events, "strike") == ["2011-07-04/2011-07-09"]


AUTUMN_PAPER = dt.date(2011, 11, 2)


def test_the_latest_quarter_before_a_figure_dates_its_report_not_the_sum_it_is_set_beside():
    events = extract_events(
        "Harbor Mills posted a record profit. Meanwhile, Talbot Foods, which also makes "
        "bread, reported third-quarter net income of $41.6 million, or 52 cents a share, more "
        "than twice the $19.2 million, or 24 cents a share, a year earlier.",
        AUTUMN_PAPER,
    )
    assert dates(events, "Talbot", "income") == ["2011-11-02~"]


def test_a_sum_compared_with_in_the_year_ago_quarter_does_not_date_the_figure():
    events = extract_events(
        "Ostend Dairies said net income for the third quarter fell 8% to $24 million, or 31 "
        "cents a share, from $26 million, or 33 cents a share in the year-ago quarter.",
        AUTUMN_PAPER,
    )
    assert dates(events, "income") == ["2011-11-02~"]


def test_a_day_told_with_the_latest_quarter_dates_the_report():
    events = extract_events(
        "On Monday, Talbot Foods reported third-quarter earnings of $9 million, or 20 cents "
        "a share.",
        AUTUMN_PAPER,
    )
    assert dates(events, "earnings") == ["2011-10-31"]


def test_a_day_after_the_paper_in_a_clause_told_in_the_perfect_is_the_plans_not_the_doings():
    events = extract_events(
        "Harbor Mills has invited its suppliers to a meeting in Leeds on Aug. 20.", PAPER
    )
    # the inviting is done; the meeting is what Aug. 20 dates
    assert dates(events, "invites") == ["2011-08-04~"]


def test_a_time_foreseen_or_a_plan_still_to_come_keeps_its_date_out_of_the_news():
    # an estimate of what 2050 will bring is no news of the day
    events = extract_events(
        "Researchers estimated by 2050 the region's water needs would double.", PAPER
    )
    assert "2011-08-04~" not in [e.when.to_edtf() for e in events]
    # what will be done on a day keeps the day
    events = extract_events("Harbor Mills will open its Leeds bakery on Aug. 20.", PAPER)
    assert "2011-08-04~" not in [e.when.to_edtf() for e in events]


def test_what_was_done_this_week_was_done_by_the_day_of_writing():
    # Thursday's paper: "this week" told in the past runs Monday to Thursday
    events = extract_events("The king met the president this week in Amman.", PAPER)
    assert dates(events, "meets") == ["2011-08-01/2011-08-04"]
    events = extract_events("The king met the president last week in Amman.", PAPER)
    assert dates(events, "meets") == ["2011-07-25/2011-07-31"]
