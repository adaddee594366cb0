"""A company's results told with "have", or after an opening "As expected,", are still the
report of its latest quarter: news of the day it ran. Every sentence here was written for
this test."""

from __future__ import annotations

import datetime as dt

from tests.core.event_lists import dates, described
from timeline_app.core.extraction import extract_events

PAPER = dt.date(2014, 10, 22)


def test_a_loss_a_company_had_in_the_latest_quarter_is_the_day_s_news():
    events = extract_events(
        "Brennard Tools Inc., a maker of drill bits, said it is seeking new loans. Brennard "
        "said it had a third-quarter loss of $412,300, or 8 cents a share, against a "
        "year-earlier loss of $95,000.",
        PAPER,
    )
    assert dates(events, "loss", "412,300") == ["2014-10-22~"], described(events)


def test_a_part_s_loss_or_the_result_told_again_is_no_second_report():
    events = extract_events(
        "Calloway Freight Corp. posted a loss in the latest three months, blaming its costly move to "
        "Denver.\n\nThe trucking concern said it had a quarterly loss of $7.3 million. "
        "Its bus operations had a quarterly loss of $1.1 million.",
        PAPER,
    )
    assert dates(events, "loss") == ["2014-10-22~"], described(events)


def test_a_company_that_had_no_loss_reports_nothing():
    events = extract_events(
        "Pemberton Glass said it had no loss in the third quarter after selling its mill.",
        PAPER,
    )
    assert dates(events, "loss") == [], described(events)


def test_results_after_as_expected_are_reported_not_a_closing_attribution():
    events = extract_events(
        "Marlow Mills has had a difficult year in frozen foods. As expected, Marlow Mills "
        "reported weaker third-quarter earnings. Net fell 12% to $88 million.",
        PAPER,
    )
    assert dates(events, "Marlow", "earnings") == ["2014-10-22~"], described(events)


def test_firms_named_between_dashes_act_in_the_clause_that_resumes():
    events = extract_events(
        "Hallam Corp. said its profit fell in the third quarter.\n\nSeparately, two other "
        "steelmakers -- Vance Steel Inc. and Pryor Metals Corp. -- reported lower operating "
        "profits from their mills, marking what analysts see as the close of a "
        "long boom.",
        PAPER,
    )
    # titled by the names the dashes give: "Vance Steel and Pryor Metals report ..."
    assert dates(events, "Vance", "profits") == ["2014-10-22~"], described(events)
