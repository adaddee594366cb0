"""A country's adjective before its head of state or government names the state acting, as
it does before its ministers and forces ("the German chancellor": Germany).

Every sentence here was written for this test; none is from an article."""

from __future__ import annotations

from datetime import date

import pytest

from timeline_app.core.extraction import extract_events

PUBLISHED = date(2024, 5, 10)

CASES = [
    ("The German chancellor phoned the Turkish president on Wednesday.", "Germany"),
    ("The Dutch king opened the new sea lock on Friday.", "Netherlands"),
    ("The Saudi crown prince received the visiting envoy on Thursday.", "Saudi Arabia"),
]


@pytest.mark.parametrize(("text", "actor"), CASES)
def test_a_head_of_state_named_by_the_adjective_is_the_state(text: str, actor: str) -> None:
    events = extract_events(text, PUBLISHED)
    assert len(events) == 1, [e.title for e in events]
    assert actor in events[0].actors
