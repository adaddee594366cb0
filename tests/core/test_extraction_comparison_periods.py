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
