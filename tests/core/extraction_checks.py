"""What the extraction tests look events up by: a date and words of the title; the actors and
the kind of a sentence's one event."""

from __future__ import annotations

import datetime as dt

from timeline_app.core.events import Event
from timeline_app.core.extraction import extract_events


def find(events: list[Event], edtf: str, *words: str) -> Event:
    """The event on this date whose title has all the words."""
    matches = [
        e
        for e in events
        if e.when.to_edtf() == edtf and all(w.lower() in e.title.lower() for w in words)
    ]
    assert matches, f"no event {edtf} with {words}: " + "; ".join(
        f"{e.when.to_edtf()} {e.title}" for e in events
    )
    return matches[0]


def actors_of_one_event(text: str, published: dt.date) -> list[str]:
    """The actors of the one event ``text`` tells (a test sentence must tell one)."""
    events = extract_events(text, published)
    assert len(events) == 1, [e.title for e in events]
    return list(events[0].actors)


def kind_of_event(text: str, published: dt.date, title_word: str = "") -> str:
    """The kind of the one event proposed whose title holds ``title_word`` (any title when
    none is given: the text must then tell one event)."""
    events = extract_events(text, published)
    held = [e for e in events if title_word in e.title.lower()]
    assert len(held) == 1, [e.title for e in events]
    return held[0].category
