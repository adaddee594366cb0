"""A date that is what was chosen ("picked Friday night as the time to ...") is not when the
choosing happened; the choosing keeps its own date, and a passive "was named Monday" is
still dated by its Monday."""

from __future__ import annotations

import datetime as dt

from tests.core.event_lists import dates, described
from timeline_app.core.events import Event
from timeline_app.core.extraction import extract_events

PUBLISHED = dt.date(2024, 3, 8)  # a Friday
LEAD = "Rebels shelled the port on Saturday.\n\n"


def events(text: str) -> list[Event]:
    return extract_events(text, PUBLISHED)


def test_the_time_picked_does_not_date_the_picking():
    found = events(
        LEAD + "Then, some ten days ago, Marshal Orvik quietly picked Friday night as the "
        "right time to begin the assault."
    )
    assert dates(found, "picks") == ["2024-02-27~"], described(found)


def test_a_passive_naming_keeps_its_day():
    found = events(LEAD + "Ella Brandt was named Monday as the new coach of the Falcons.")
    assert dates(found, "named") == ["2024-03-04"], described(found)
