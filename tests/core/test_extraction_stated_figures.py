"""A level a figure stood at, told with "be" ("the rate in February was 9.4 percent"), is a
state, not a happening, even where the parse loses the sentence's head; a change told with
a verb stays."""

from __future__ import annotations

import datetime as dt

from tests.core.event_lists import described, titled
from timeline_app.core.events import Event
from timeline_app.core.extraction import extract_events

PUBLISHED = dt.date(2024, 3, 8)
LEAD = "Rebels shelled the port on Saturday.\n\n"


def events(text: str) -> list[Event]:
    return extract_events(text, PUBLISHED)


def test_a_level_stated_with_be_is_no_event():
    found = events(LEAD + "Among workers under 25, the rate in February was 9.4 percent.")
    assert not titled(found, "percent"), described(found)


def test_a_figure_that_moved_stays():
    found = events(LEAD + "Among workers under 25, the rate jumped to 9.4 percent in February.")
    assert titled(found, "jump"), described(found)
