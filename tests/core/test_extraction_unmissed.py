"""Happenings a reader would not miss that the extractor used to leave out or misdate, each
shown by a sentence written for it: a numeral taken for a verb, ..."""

from __future__ import annotations

import datetime as dt

from tests.core.event_lists import dates, titled
from timeline_app.core.events import Event
from timeline_app.core.extraction import extract_events

PUBLISHED = dt.date(2021, 6, 9)  # a Wednesday


def events(text: str) -> list[Event]:
    return extract_events(text, PUBLISHED)


def test_a_few_hundred_is_a_numeral_not_the_verb_of_its_clause():
    found = events(
        "About 2,000 farmers marched on Monday through the centre of Lyon. Meanwhile in the "
        "capital, a few hundred growers laid a wreath at the gate of the ministry."
    )
    assert dates(found, "wreath") == ["2021-06-07~"]
    assert titled(found, "hundred") == titled(found, "wreath")
