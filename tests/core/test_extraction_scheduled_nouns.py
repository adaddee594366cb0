"""A day yet to come hung on the noun a clause's verb takes ("pressing for the repayment on
Nov. 20") is that noun's day, not when the pressing was told; a verb that puts the happening
on the calendar ("slated for release on Nov. 20") keeps the day (``scheduled_nouns``)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.event_lists import dates
from timeline_app.core.extraction import extract_events

PUBLISHED = dt.date(2031, 10, 2)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Harwell Mining Corp. said it is pressing for the repayment on Nov. 20 of all its "
            "6% notes due 2040.",
            ("presses", "repayment"),
        ),
        (
            "The dockers' union is pressing for a ballot on Nov. 20 on the port's new pay offer.",
            ("presses", "ballot"),
        ),
    ],
)
def test_a_later_day_of_the_verbs_noun_does_not_date_the_clause(text, words):
    found = extract_events(text, PUBLISHED)
    told = dates(found, *words)
    assert told and all(not d.startswith("2031-11") for d in told), told
    assert all(d.startswith("2031-10") for d in told), told


def test_a_happening_put_on_the_calendar_keeps_its_day():
    found = extract_events(
        "The Zephyr tablet is slated for release on Nov. 20 in Norway.", PUBLISHED
    )
    assert dates(found, "release") == ["2031-11-20"]
