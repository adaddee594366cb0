"""A year-back time a figure is measured against ("wider than a year ago", "narrowed from a
year earlier") dates nothing: the clause that compares is no event of that time."""

from __future__ import annotations

import datetime as dt

from tests.core.event_lists import described, titled
from timeline_app.core.extraction import extract_events

PUBLISHED = dt.date(2024, 3, 8)  # a Friday

STORY = (
    "Marlow Tiles Inc. said its net income for the fourth quarter rose 14% to $8.3 million, "
    "or 41 cents a share. Showroom margins were wider than a year ago, and the company's kiln "
    "division was helped by fuel costs lower than a year ago."
)


def test_a_clause_compared_with_a_year_back_is_no_event_of_that_time():
    found = extract_events(STORY, PUBLISHED)
    assert not titled(found, "help"), described(found)
    # the story's own result stays, dated by its quarter
    assert [e.when.to_edtf() for e in titled(found, "rise")] == ["2023-10/2023-12"]


def test_a_loss_that_shrank_from_a_year_earlier_is_not_dated_a_year_back():
    found = extract_events(
        "Fenwick Auctions posted a smaller loss. Its deficit for the quarter shrank from a "
        "year earlier as commissions rose.",
        PUBLISHED,
    )
    shrank = titled(found, "shr")
    assert shrank, described(found)
    assert all(e.when.start.year == 2024 for e in shrank), described(found)


def test_a_state_compared_with_a_past_year_is_no_event_of_that_year():
    found = extract_events(
        "Harwick County opened a ferry terminal on Tuesday. The county now ships only a third "
        "as much gravel by barge as it did in 2011, and its quarries employ fewer workers "
        "than in 2004. Crews rebuilt its north pier as recently as 2019.",
        PUBLISHED,
    )
    assert titled(found, "open"), described(found)
    assert not [e for e in found if e.when.start.year in (2004, 2011)], described(found)
    # "as recently as 2019" is the rebuilding's own date, told as a bound
    assert [e.when.to_edtf() for e in titled(found, "rebuil")] == ["2019"], described(found)


def test_a_count_that_grew_from_an_earlier_day_is_not_dated_that_day():
    found = extract_events(
        "Volunteers rescued 40 stranded sheep near Dunmore on Thursday. The tally of animals "
        "saved climbed from Monday by about a dozen.",
        PUBLISHED,
    )
    assert titled(found, "rescue"), described(found)
    monday = (2024, 3, 4)
    assert not [
        e for e in found if (e.when.start.year, e.when.start.month, e.when.start.day) == monday
    ], described(found)
