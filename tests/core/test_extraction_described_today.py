""" "Today" in a relative clause told in the present describes a noun at the time of
writing; it does not date the clause the noun stands in (here a prediction). A past
relative clause dated today stays dated."""

from __future__ import annotations

import datetime as dt

from tests.core.event_lists import dates, described, titled
from timeline_app.core.events import Event
from timeline_app.core.extraction import extract_events

PUBLISHED = dt.date(2024, 3, 8)
LEAD = "Rebels shelled the port on Saturday.\n\n"


def events(text: str) -> list[Event]:
    return extract_events(text, PUBLISHED)


def test_today_in_a_description_dates_no_prediction():
    found = events(
        LEAD + "The programme \u201cwill require machines by 2035 that don\u2019t fully exist "
        "today,\u201d Dunmere Mayor Ola Brandt said."
    )
    assert not titled(found, "require"), described(found)


def test_today_in_a_past_relative_clause_dates_it():
    found = events(
        LEAD + "The mayor of Dunmere, who resigned today, will be replaced by her deputy."
    )
    assert dates(found, "resign") == ["2024-03-08"], described(found)
