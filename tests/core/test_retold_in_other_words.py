"""A happening told again a sentence later with another verb is one event."""

from __future__ import annotations

import datetime as dt

from timeline_app.core.extraction.extractor import extract_events


def test_an_announced_release_and_the_release_are_one_event() -> None:
    text = (
        "Halvern Games on Thursday announced the release of its Skyforge 3 racing game. "
        "Skyforge 3 was released on Thursday as a download costing US$40, the studio said."
    )
    events = extract_events(text, dt.date(2026, 3, 16))
    assert len(events) == 1
    assert "Skyforge 3" in events[0].title
    assert events[0].when.to_edtf() == "2026-03-12"


def test_an_announced_vote_and_a_vote_on_something_else_stay_two() -> None:
    text = (
        "The Pellam council on Monday announced a vote on the Varrow bridge tolls. "
        "The council voted on Monday to close the Varrow ferry."
    )
    titles = [e.title.lower() for e in extract_events(text, dt.date(2026, 3, 16))]
    assert any("announce" in t for t in titles)
    assert any("ferry" in t for t in titles)
