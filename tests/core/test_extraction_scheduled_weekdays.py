"""A weekday on a verb in the simple present is a timetable's, the next such day; on a past
verb, the last (TimeML: the verb's tense chooses the week)."""

from __future__ import annotations

import datetime as dt

from tests.core.event_lists import dates, described
from timeline_app.core.extraction import extract_events

PUBLISHED = dt.date(2026, 6, 10)  # a Wednesday


def test_a_trial_that_opens_thursday_opens_next_thursday():
    found = extract_events("The trial of the two dockers opens Thursday.", PUBLISHED)
    assert dates(found, "trial") == ["2026-06-11"], described(found)


def test_a_hearing_that_begins_friday_in_a_saturday_paper_is_a_week_on():
    found = extract_events(
        "The harbour inquiry begins Friday in the old customs hall.", dt.date(2026, 6, 13)
    )
    assert dates(found, "inquiry") == ["2026-06-19"], described(found)


def test_a_past_verb_keeps_the_last_such_day():
    found = extract_events("Police arrested two dockers Thursday.", PUBLISHED)
    assert dates(found, "arrest") == ["2026-06-04"], described(found)
