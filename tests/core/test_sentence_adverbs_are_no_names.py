"""A sentence adverb before a surname ("Perhaps Halloran's aides ...") is no first name: the
article names no "Perhaps Halloran" in its titles or actors.

Every sentence here was written for this test; none is from an article."""

from __future__ import annotations

from datetime import date

from timeline_app.core.extraction import extract_events

PUBLISHED = date(2024, 3, 8)


def test_a_sentence_adverb_is_no_first_name():
    text = "Perhaps Halloran's aides will quit. Halloran fired two aides in Orvik on Tuesday."
    events = extract_events(text, PUBLISHED)
    assert [e.title for e in events] == ["Halloran fires two aides in Orvik"]
    assert not any("Perhaps" in actor for actor in events[0].actors)
