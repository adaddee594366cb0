"""A sum compared with, in a currency written as a word ("from 40 million guilders, or 2.40
guilders a share, a year earlier"), is dated by its own "a year earlier" as a dollar sum is:
that date is the compared sum's, not the result's, which is the day's news. Every sentence
was written for these tests."""

from __future__ import annotations

import datetime as dt

from tests.core.event_lists import described
from timeline_app.core.extraction import extract_events

PUBLISHED = dt.date(2022, 11, 17)


def years(text: str) -> list[int]:
    return [e.when.start.year for e in extract_events(text, PUBLISHED)]


def test_a_result_compared_with_guilders_a_year_earlier_is_the_days_news():
    found = extract_events(
        "Brugge Verf N.V. said net income rose to 52 million guilders, or 3.10 guilders a "
        "share, from 40 million guilders, or 2.40 guilders a share, a year earlier.",
        PUBLISHED,
    )
    assert [e.when.start.year for e in found] == [2022], described(found)


def test_a_result_compared_with_pounds_a_year_ago_is_the_days_news():
    assert years(
        "Lanark Maltings said pretax profit rose to 18 million pounds from 15 million pounds a year ago."
    ) == [2022]


def test_a_result_compared_with_dollars_a_year_ago_is_the_days_news():
    # guard: the dollar sum already worked; the words now follow it
    assert years(
        "Lanark Maltings said pretax profit rose to $18 million from $15 million a year ago."
    ) == [2022]
