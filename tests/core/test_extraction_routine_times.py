"""A market's or the polls' routine opening or closing, told as the time of another clause,
is the clock the story is told by, not news: no event of its own; its date dates the clause
it times; a main clause telling a closing, or a clause closing something, is news."""

from __future__ import annotations

import datetime as dt

from tests.core.event_lists import described, titled
from timeline_app.core.events import Event
from timeline_app.core.extraction import extract_events

PUBLISHED = dt.date(2024, 3, 8)  # a Friday


def events(text: str) -> list[Event]:
    return extract_events(text, PUBLISHED)


def test_polls_closing_in_a_time_clause_is_no_event() -> None:
    found = events(
        "After the polls closed on Sunday, officials in Dunmere counted the ballots by hand."
    )
    assert not titled(found, "polls"), described(found)
    counted = titled(found, "count", "ballots")
    assert counted and counted[0].when.to_edtf() == "2024-03-03", described(found)


def test_market_closing_lends_its_day_to_the_clause_it_times() -> None:
    found = events(
        "The Orvik board fired its chief executive after the markets closed on Wednesday."
    )
    assert not titled(found, "markets close"), described(found)
    fired = titled(found, "board", "fire")
    assert fired and fired[0].when.to_edtf() == "2024-03-06", described(found)


def test_closing_something_or_closing_as_news_stays() -> None:
    found = events(
        "Trading in Velk shares was halted after the bank closed its Ostmark branch on Monday."
    )
    assert titled(found, "bank", "close", "branch"), described(found)
    found = events("The Velk exchange closed early on Friday because of the storm.")
    assert titled(found, "exchange", "close"), described(found)
