"""Tenses that tell the day's news below the lead: the present progressive dated the
publication day ("is unveiling its plan today") is what is being done that day, and what
"is expected" on a day still to come is that day's schedule. Undated, the progressive stays
a scene and the expectation a forecast."""

from __future__ import annotations

import datetime as dt

from tests.core.event_lists import described, titled
from timeline_app.core.events import Event
from timeline_app.core.extraction import extract_events

PUBLISHED = dt.date(2024, 3, 8)  # a Friday
LEAD = (
    "The Orrin Valley water board cut the towns' summer allowance by a fifth on Wednesday, "
    "the board said.\n\n"
    "The cut follows two dry winters in the valley.\n\n"
)


def events(text: str) -> list[Event]:
    return extract_events(text, PUBLISHED)


def test_present_progressive_dated_the_publication_day_is_the_days_news() -> None:
    found = events(
        LEAD + "A group of farmers from the lower valley is publishing its own survey of the "
        "wells today."
    )
    survey = titled(found, "publish", "survey")
    assert survey, described(found)
    assert survey[0].when.start.day == 8, described(found)
    # "on Friday" in Friday's paper is the same day
    found = events(
        LEAD + "The mayors of the three towns are holding a joint press conference on Friday."
    )
    assert titled(found, "hold", "press conference"), described(found)


def test_present_progressive_without_that_day_stays_a_scene() -> None:
    # undated: what is going on is a scene
    found = events(LEAD + "Many farmers are digging new wells on their land.")
    assert not titled(found, "dig", "wells"), described(found)
    # "going to" is the future, not a deed under way today
    found = events(LEAD + "The board is going to publish the new allowances today.")
    assert not titled(found, "go"), described(found)
    # a weekday with the progressive is an arrangement for a day to come, not Monday past
    found = events(LEAD + "The mayors are flying to the capital on Monday.")
    assert not [e for e in titled(found, "fly") if e.when.start.day == 4], described(found)
    found = events(
        LEAD + "A group of farmers from the lower valley is publishing its own survey of the "
        "wells today."
    )
    assert titled(found, "publish", "survey"), described(found)


def test_expected_on_a_day_to_come_is_that_days_schedule() -> None:
    found = events(
        LEAD + "The valley's three mayors are expected to meet the board on March 14 to "
        "ask for a smaller cut."
    )
    meeting = titled(found, "expected to meet", "board")
    assert meeting, described(found)
    assert (meeting[0].when.start.month, meeting[0].when.start.day) == (3, 14), described(found)
    # a forecast names no day: no schedule
    found = events(LEAD + "Water use is expected to fall by a tenth next summer.")
    assert not titled(found, "fall"), described(found)
    found = events(LEAD + "The board is expected to publish new allowances on Tuesday.")
    assert titled(found, "expected to publish", "allowances"), described(found)
