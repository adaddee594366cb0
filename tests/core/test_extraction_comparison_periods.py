"""A results story's year-back period ("in the year-earlier period", "than a year ago") is
the base its figures are measured against: no event of its own, and no date of a clause
that compares with it."""

from __future__ import annotations

import datetime as dt

from tests.core.event_lists import described, titled
from timeline_app.core.extraction import extract_events

PUBLISHED = dt.date(2024, 3, 8)  # a Friday

STORY = (
    "Marlow Tiles Inc. said its net income for the fourth quarter rose 14% to $8.3 million, "
    "or 41 cents a share. In the year-earlier period, the company earned $7.3 million, or "
    "36 cents a share. Showroom margins were wider than a year ago, and the company's kiln "
    "division was helped by fuel costs lower than a year ago."
)


def test_the_figure_of_the_year_earlier_period_is_no_event():
    found = extract_events(STORY, PUBLISHED)
    assert not titled(found, "earn"), described(found)
    # the story's own result stays, dated by its quarter
    assert [e.when.to_edtf() for e in titled(found, "rise")] == ["2023-10/2023-12"]


def test_a_clause_compared_with_a_year_back_is_no_event_of_that_time():
    found = extract_events(STORY, PUBLISHED)
    assert not titled(found, "help"), described(found)
