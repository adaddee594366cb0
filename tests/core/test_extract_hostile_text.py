"""Text no article holds, given straight to ``extract_events``: it is read, never a crash."""

from __future__ import annotations

import datetime as dt

from timeline_app.core.extraction import extract_events

PUBLISHED = dt.date(2023, 5, 12)


def test_half_a_surrogate_pair_is_read_as_a_replacement_character():
    text = "The ferry \ud83d sank off the northern coast on 2 May 2023, the coastguard said \udc00."
    events = extract_events(text, PUBLISHED)
    assert [(e.when.start.year, e.when.start.month, e.when.start.day) for e in events] == [
        (2023, 5, 2)
    ]
    for event in events:
        for value in (event.title, event.description, *(s.evidence for s in event.sources)):
            value.encode("utf-8")  # no lone surrogate left to stop a save
