"""Below the lead, the present progressive told without a date is what is going on (talks
under way, money flowing, a claim of a plot), not a happening of the day; in the lead it is
the news itself."""

from __future__ import annotations

import datetime as dt

from tests.core.event_lists import described, titled
from timeline_app.core.extraction import extract_events

PUBLISHED = dt.date(2024, 3, 8)  # a Friday


def test_what_is_going_on_below_the_lead_is_no_event():
    found = extract_events(
        "Brenmoor Mining agreed on Tuesday to sell its copper mine in Tarsk to Olvane Metals "
        "for $410 million. Brenmoor is negotiating the sale of two smaller pits with other "
        "buyers, a company spokeswoman said.",
        PUBLISHED,
    )
    assert [e.when.to_edtf() for e in titled(found, "agree")] == ["2024-03-05"], described(found)
    assert not titled(found, "negotiat"), described(found)


def test_the_progressive_of_the_lead_is_the_news():
    found = extract_events(
        "Dora Quint, the chief executive of Ravel Steel, is stepping down after nine years. "
        "The board is searching for a successor.",
        PUBLISHED,
    )
    assert titled(found, "step"), described(found)
    assert not titled(found, "search"), described(found)
