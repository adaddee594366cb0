"""A plan told as an arrangement in the present ("are to sail", "is rebuilding the
pier next month") has not happened: it is left out, and the happening told
beside it in the past is kept; one scheduled for a day stays, titled as planned."""

from __future__ import annotations

import datetime as dt

from tests.core.event_lists import described, titled
from timeline_app.core.events import Event
from timeline_app.core.extraction import extract_events

PUBLISHED = dt.date(2024, 3, 8)  # a Friday
LEAD = "A ferry ran aground off Tarrow Point on Wednesday, the coastguard said.\n\n"


def events(text: str) -> list[Event]:
    return extract_events(text, PUBLISHED)


def test_be_to_in_the_present_is_a_plan_not_a_happening() -> None:
    found = events(LEAD + "The ferry's owners are to visit the stranded crew in Kellby.")
    assert titled(found, "ferry", "aground"), described(found)
    assert not titled(found, "visit"), described(found)


def test_be_to_scheduled_for_a_day_stays_titled_as_planned() -> None:
    found = events(LEAD + "On Monday, the ferry's owners are to visit the stranded crew in Kellby.")
    assert titled(found, "to visit", "crew"), described(found)


def test_be_to_denied_is_a_timetable_not_a_happening() -> None:
    found = events(
        LEAD + "The new harbour wall wasn't to be finished until 2031, the council said."
    )
    assert not titled(found, "finish"), described(found)


def test_be_to_in_a_past_narrative_is_what_came_about() -> None:
    found = events(
        "Ilse Brandvik sailed from Bergen in 1921. She was to meet the explorer Amundsen in "
        "Alaska two years later."
    )
    assert titled(found, "meet", "Amundsen"), described(found)


def test_the_present_progressive_with_a_time_to_come_is_a_plan() -> None:
    found = events(
        LEAD + "The port authority is dredging the channel next month, a spokesman said."
    )
    assert not titled(found, "dredg"), described(found)
    # what is going on, reported with a past day, is news of that day
    found = events(LEAD + "Divers are searching the hull, the coastguard said on Thursday.")
    assert titled(found, "search", "hull"), described(found)
