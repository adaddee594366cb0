"""A spokesperson, and a source named after "according to", only report a happening: they
are not its actors. Every sentence is written for the test."""

from __future__ import annotations

import datetime as dt

from timeline_app.core.extraction import extract_events

PUBLISHED = dt.date(2025, 5, 9)


def _actors(text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(e.title, e.actors) for e in extract_events(text, PUBLISHED)]


def test_a_spokesman_who_tells_of_the_landslide_is_no_actor_of_it():
    events = _actors(
        "The landslide buried 14 homes in Varosa on Tuesday, police spokesman Tomas Ferreira said."
    )
    assert events
    assert all("Tomas Ferreira" not in actors for _, actors in events)
    # one the clause tells of still acts
    events = _actors("Police spokesman Tomas Ferreira resigned on Friday after the inquiry.")
    assert events and "Tomas Ferreira" in events[0][1]


def test_a_spokeswoman_named_alone_later_is_still_only_the_source():
    text = (
        "Dana Oyelaran, a spokeswoman for the harbour board, spoke to reporters. "
        "Kelmar Shipping shut its two terminals on Monday, Oyelaran said."
    )
    events = _actors(text)
    shut = [actors for title, actors in events if "terminals" in title]
    assert shut and "Kelmar Shipping" in shut[0]
    assert "Dana Oyelaran" not in shut[0]


def test_the_body_after_according_to_is_the_source():
    events = _actors(
        "The storm flattened 300 houses in Belmira on Sunday, according to the Coastal Relief Agency."
    )
    assert events
    assert all("Coastal Relief Agency" not in actors for _, actors in events)
