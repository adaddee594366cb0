"""How far a date reaches: "earlier this week" stops before the day of writing. Every
sentence here was written for this test."""

from __future__ import annotations

import datetime as dt

from tests.core.event_lists import dates
from timeline_app.core.extraction import extract_events

THURSDAY = dt.date(2021, 3, 18)
FRIDAY = dt.date(2021, 3, 19)


def test_earlier_this_week_ends_the_day_before_the_paper():
    found = extract_events(
        "The Pellworth harbour board voted 6 to 3 earlier this week to close the old ferry pier.",
        THURSDAY,
    )
    assert dates(found, "votes") == ["2021-03-15/2021-03-17"]


def test_earlier_this_week_ends_before_the_day_the_lead_dates():
    # the policy is attacked on Friday, the paper's day; the vote on it "earlier this week"
    # came before
    text = (
        "A retired Ostrava banker bitterly attacked Friday the savings bank's policy of "
        "lending to builders at 2 percent.\n\n"
        "The bank's board voted 4 to 1 earlier this week to keep that policy in place."
    )
    assert dates(extract_events(text, FRIDAY), "votes") == ["2021-03-15/2021-03-18"]
