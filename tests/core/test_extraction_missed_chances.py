"""A chance missed, wasted or squandered is what did not happen: no event. Missing what took
place (a final, through injury) is a happening and stays."""

from __future__ import annotations

import datetime as dt

from tests.core.event_lists import described, titled
from timeline_app.core.events import Event
from timeline_app.core.extraction import extract_events

PUBLISHED = dt.date(2024, 3, 8)  # a Friday


def events(text: str) -> list[Event]:
    return extract_events(text, PUBLISHED)


def test_a_chance_missed_is_no_happening() -> None:
    lead = "Aldermoor beat Fenwick 2-1 at Kessel Park on Saturday. "
    found = events(lead + "In the 64th minute, Tomas Rieder missed a chance to level the score.")
    assert not titled(found, "chance"), described(found)
    found = events(lead + "Fenwick squandered a golden opportunity to go top of the table.")
    assert not titled(found, "opportunity"), described(found)


def test_missing_what_took_place_stays() -> None:
    found = events("Karin Holt missed the cup final on Saturday through a knee injury.")
    assert titled(found, "Holt", "miss", "final"), described(found)
