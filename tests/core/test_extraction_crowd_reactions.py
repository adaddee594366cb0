"""A vague crowd's display of feeling (onlookers crying, cheering, booing) is how the news was
taken, not a happening of its own; what a named person or a party to the news does stays."""

from __future__ import annotations

import datetime as dt

from tests.core.event_lists import described, titled
from timeline_app.core.events import Event
from timeline_app.core.extraction import extract_events

PUBLISHED = dt.date(2024, 3, 8)  # a Friday
LEAD = "Rebels shelled the port on Saturday.\n\n"


def events(text: str) -> list[Event]:
    return extract_events(text, PUBLISHED)


def test_onlookers_seen_crying_are_no_event():
    found = events(
        LEAD + "At Tuesday's vigil in Harrowgate, some mourners were spotted weeping while "
        "the bishop read out the names."
    )
    assert not titled(found, "weep"), described(found)
    found = events(LEAD + "On Tuesday, a few guests were heard booing the visiting governor.")
    assert not titled(found, "boo"), described(found)


def test_what_a_party_to_the_news_is_seen_doing_stays():
    found = events(LEAD + "Soldiers were seen entering the town hall of Brevik on Tuesday.")
    assert titled(found, "enter"), described(found)
