"""Dates a reader gives from the story's own time rather than the paper's: clock times on the
day the narrative has reached, a company's own fiscal year. Every sentence here was written
for this test."""

from __future__ import annotations

import datetime as dt

from tests.core.event_lists import dates
from timeline_app.core.extraction import extract_events

PAPER = dt.date(2025, 6, 20)


def test_clock_times_after_a_named_day_are_on_that_day_and_run_on_past_midnight():
    events = extract_events(
        "The ferry Aldwick left Port Calder at 8:15 p.m. on Friday, June 6, with 212 "
        "passengers aboard. At 11:20 p.m., its captain radioed the coast guard for help. "
        "By 3:10 a.m., a tug had towed the ferry into Marlow harbour.",
        PAPER,
    )
    assert dates(events, "radio") == ["2025-06-06T23:20"]
    assert dates(events, "tow") == ["2025-06-07T03:10"]


def test_an_evening_named_by_its_part_of_the_day_runs_on_into_the_next_morning():
    events = extract_events(
        "Flood water reached the village of Brenholt on Sunday night, June 8. "
        "Around 1:30 a.m., firefighters rescued four climbers from a farmhouse roof.",
        PAPER,
    )
    assert dates(events, "rescue") == ["2025-06-09T01:30~"]  # "around": approximate


def test_a_clock_time_back_at_the_papers_day_stays_on_it():
    events = extract_events(
        "The ferry Aldwick ran aground on June 6. On Friday, at 9:40 a.m., the "
        "harbour master reopened the port to shipping.",
        PAPER,
    )
    assert dates(events, "reopen") == ["2025-06-20T09:40"]


FISCAL_PAPER = dt.date(2003, 11, 6)


def test_a_fiscal_year_is_the_twelve_months_the_company_says_its_year_closes_on():
    events = extract_events(
        "Marwood Valves Corp. said it expects profit in the year ending May 31, 2004, to "
        "match last year's. In fiscal 2003, Marwood earned $4.2 million on sales of "
        "$61 million.",
        FISCAL_PAPER,
    )
    assert dates(events, "earn") == ["2002-06/2003-05"]


def test_a_fiscal_year_read_by_the_close_of_its_fourth_quarter():
    events = extract_events(
        "Pellham Tool Co. said sales for its fourth quarter ended Aug. 31 rose 8%. In "
        "fiscal 2002, the company earned $12.6 million.",
        FISCAL_PAPER,
    )
    assert dates(events, "earn") == ["2001-09/2002-08"]


def test_a_figure_compared_with_the_year_earlier_one_is_reported_today():
    events = extract_events(
        "Pellham Tool Co. estimated its profit for the quarter ending Sept. 30 fell "
        "30% to 40% below the year-earlier $2.1 million.",
        FISCAL_PAPER,
    )
    assert dates(events, "estimate") == ["2003-11-06~"]


FORECAST_PAPER = dt.date(2025, 3, 14)


def test_a_forecast_is_not_an_event_of_the_year_it_foresees():
    events = extract_events(
        "The central bank of Norvania now sees three rate rises in 2027, its governor "
        "Lise Hammar said.",
        FORECAST_PAPER,
    )
    assert not [e for e in events if e.when.start.year == 2027]


def test_cutting_a_forecast_for_next_year_is_done_now():
    events = extract_events(
        "Kim Oduya at Halden Securities said he is cutting his profit forecast for "
        "Brandt Motors for next year to $4 a share from $5.",
        FORECAST_PAPER,
    )
    assert dates(events, "forecast")
    assert all(d.startswith("2025-03") for d in dates(events, "forecast"))


def test_a_fiscal_quarter_holds_the_companys_months_not_the_calendars():
    events = extract_events(
        "Marwood Valves Corp. said its profit for the year ended May 31 rose 4%. The "
        "company bought a foundry in Toledo in its third fiscal quarter.",
        FISCAL_PAPER,
    )
    assert dates(events, "foundry") == ["2002-12/2003-02"]


def test_a_fiscal_year_dates_what_was_done_in_it_as_well_as_figures():
    events = extract_events(
        "Marwood Valves Corp. said its profit for the year ended May 31 rose 4%. In "
        "fiscal 2003, Marwood opened a plant in Akron.",
        FISCAL_PAPER,
    )
    assert dates(events, "plant") == ["2002-06/2003-05"]


def test_a_wait_moved_on_is_dated_by_the_day_it_was_announced():
    events = extract_events(
        "The Orlan-3 probe's maiden voyage to the outer moons has been postponed until "
        "2029, the Tevrian space agency announced on Monday.",
        dt.date(2026, 5, 13),
    )
    assert dates(events, "postpone") == ["2026-05-11"]


HEADLINE_PAPER = dt.date(2025, 6, 19)


def test_a_headline_takes_the_day_the_lead_gives_its_news():
    events = extract_events(
        "Ferry Aldwick Is Towed Into Marlow Harbour\n\n"
        "The crippled ferry, with 212 passengers aboard, reached Marlow on Tuesday behind a "
        "coast guard tug, officials said.",
        HEADLINE_PAPER,
    )
    assert dates(events, "towed") == ["2025-06-17~"]


def test_a_headline_whose_lead_dates_no_happening_is_news_of_the_day():
    events = extract_events(
        "Brandt Motors moves to close its Akron plant in cost push\n\n"
        "Brandt will spend $200 million over the next three years to move the work to "
        "Mexico\n\n"
        "Brandt Motors said on Tuesday it aims to close its plant in Akron by 2027.",
        HEADLINE_PAPER,
    )
    assert dates(events, "close", "Akron") == ["2025-06-19~"]


def test_a_day_told_in_an_aside_of_the_lead_is_not_the_storys_day():
    events = extract_events(
        "Ferry Aldwick Is Towed Into Marlow Harbour\n\n"
        "The ferry, which lost power in a storm on Monday, is now moored at Marlow while "
        "engineers inspect its engines, officials said.",
        HEADLINE_PAPER,
    )
    assert dates(events, "towed") == ["2025-06-19~"]
    assert dates(events, "power") == ["2025-06-16"]
