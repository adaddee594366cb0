"""A place named with its state or country in commas ("in Dover, Del.,") stays inside the
subject, so an opening phrase before it still ends at its comma. Every sentence here was
written for this test."""

from __future__ import annotations

import datetime as dt

from tests.core.event_lists import described
from timeline_app.core.extraction import extract_events

PAPER = dt.date(2021, 3, 12)


def found(text: str) -> list[str]:
    return described(extract_events("Ferry crews stop work\n\n" + text, PAPER))


def test_an_opening_phrase_ends_before_a_subject_holding_a_state_abbreviation():
    events = found(
        "The ferry crews stopped work at dawn. In January, after the festival, a fire in "
        "Dover, Del., killed two workers."
    )
    assert "2021-01 Fire in Dover kills two workers" in events, events


def test_an_opening_phrase_ends_before_a_subject_holding_a_country():
    events = found(
        "The ferry crews stopped work at dawn. In January, two days after the regatta, a fire "
        "in Lyon, France, destroyed a warehouse."
    )
    assert "2021-01 Fire in Lyon destroys warehouse" in events, events
