"""One clause given two dates tells one happening, at the date that is the happening's."""

from __future__ import annotations

import datetime as dt

from timeline_app.core.extraction.extractor import extract_events


def test_a_dateline_before_the_clause_does_not_make_a_second_event() -> None:
    text = (
        "Monday, March 9, 2026 On Saturday, the Dornvale harbour board approved a plan "
        "to dredge the eastern channel."
    )
    events = [e for e in extract_events(text, dt.date(2026, 3, 9)) if "approv" in e.title.lower()]
    assert len(events) == 1
    assert events[0].when.start.day == 7


def test_dates_given_as_a_list_stay_one_event_each() -> None:
    text = "The Kestrel Rowing Club won the Lanmoor regatta in 2011, 2014 and 2019."
    events = [e for e in extract_events(text, dt.date(2026, 3, 9)) if "win" in e.title.lower()]
    assert sorted(e.when.start.year for e in events) == [2011, 2014, 2019]
