"""A word that labels the story ("the drama", "another problem") beginning or going on names
no happening; the happening told beside it stays."""

from __future__ import annotations

import datetime as dt

from tests.core.event_lists import described, titled
from timeline_app.core.extraction import extract_events

PUBLISHED = dt.date(2024, 3, 8)  # a Friday


def test_a_label_that_begins_is_no_event_and_what_happened_stays():
    found = extract_events(
        "Larkfield schools closed on Monday after a bomb threat. The drama started late on "
        "Sunday, when the school board received a bomb threat. Another problem arose on "
        "Tuesday.",
        PUBLISHED,
    )
    assert not titled(found, "drama"), described(found)
    assert not titled(found, "problem"), described(found)
    assert [e.when.to_edtf() for e in titled(found, "threat")] == ["2024-03-03"], described(found)
