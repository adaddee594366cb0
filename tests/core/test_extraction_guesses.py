"""What a source guesses will be is no happening, and the day it guessed does not date it:
"X will happen, the bank predicted Wednesday" is a prediction (the guidelines' negatives),
unlike "X will happen, the Kremlin said", the announcement of what a party will do."""

from __future__ import annotations

import datetime as dt

from tests.core.event_lists import described, titled
from timeline_app.core.events import Event
from timeline_app.core.extraction import extract_events

PUBLISHED = dt.date(2024, 3, 8)  # a Friday
LEAD = "Rebels shelled the port on Saturday.\n\n"


def events(text: str) -> list[Event]:
    return extract_events(text, PUBLISHED)


def test_a_closing_prediction_is_not_dated_by_its_day():
    found = events(
        LEAD + "Turnout in Vellmar will top 70 percent, the pollster predicted Wednesday."
    )
    assert not titled(found, "turnout"), described(found)
    found = events(
        LEAD + "Grain traders in Osk will hoard their stock until May, the ministry forecast "
        "on Wednesday."
    )
    assert not titled(found, "hoard"), described(found)


def test_a_closing_announcement_still_stands():
    found = events(LEAD + "Dunmere will close its border crossings, the mayor said on Tuesday.")
    assert titled(found, "close"), described(found)


def test_a_noun_estimated_after_a_report_is_no_closing_guess():
    found = events(
        LEAD + "Farm output in 2025 will rise slightly, Mr. Tallis said, from an estimated "
        "40 tonnes this year."
    )
    assert titled(found, "Tallis", "says"), described(found)
