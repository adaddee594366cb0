"""Organisations whose names open with a place or a country's adjective are actors under
their whole name ("the Chicago Fire Department"), unless the country is the state acting;
and a name runs to no day after it ("the Velt Police Department on Monday").

Every sentence here was written for this test; none is from an article."""

from __future__ import annotations

from datetime import date

import pytest

from timeline_app.core.extraction import extract_events

PUBLISHED = date(2024, 5, 10)

CASES = [
    (
        "The Chicago Fire Department rescued two boys from the lake on Tuesday.",
        "Chicago Fire Department",
    ),
    ("The Mexican Supreme Court struck down the tax on Thursday.", "Mexican Supreme Court"),
    (
        "Two firms complained to the Indian Competition Commission on Friday.",
        "Indian Competition Commission",
    ),
    ("Kell notified the Velt Police Department on Monday.", "Velt Police Department"),
    ("Tomas Kell visited the Velt Mining Company on Friday.", "Velt Mining Company"),
]


@pytest.mark.parametrize(("text", "actor"), CASES)
def test_a_body_named_after_a_place_is_an_actor(text: str, actor: str) -> None:
    events = extract_events(text, PUBLISHED)
    assert len(events) == 1, [e.title for e in events]
    assert actor in events[0].actors
