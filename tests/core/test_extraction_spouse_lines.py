"""A biography's fact box dates its subject's marriages and divorces in brackets after each
spouse's name ("Spouse(s) Ruth Keller (m. 1940; div. 1952)"); no clause tells them."""

from __future__ import annotations

import datetime as dt

from timeline_app.core.events import Event
from timeline_app.core.extraction import extract_events

PUBLISHED = dt.date(2020, 6, 1)

BOX = (
    "Tom Ashby\n\n"
    "Born 9 May 1920 Hull, England\n\n"
    "Occupation Painter, etcher\n\n"
    "Spouse(s) Ruth Keller (m. 1940; div. 1952) Anna Berg (m. 1955)\n\n"
    "Children Ned Ashby\n\n"
    "Tom Ashby (9 May 1920 – 1 June 1999) was an English painter of coastal towns. "
    "He taught drawing in Leeds for a decade.\n"
)


def _told(found: list[Event]) -> dict[str, str]:
    return {e.title: f"{e.when.start.year}" for e in found}


def test_each_marriage_of_a_spouse_line_is_the_subjects_own_dated_by_its_bracket():
    told = _told(extract_events(BOX, PUBLISHED))
    assert told.get("Tom Ashby marries Ruth Keller") == "1940"
    assert told.get("Tom Ashby marries Anna Berg") == "1955"


def test_a_divorce_in_the_bracket_is_the_couples_own_event():
    told = _told(extract_events(BOX, PUBLISHED))
    assert told.get("Tom Ashby and Ruth Keller divorce") == "1952"
    assert not any("Anna Berg divorce" in title for title in told)


def test_a_named_bracket_outside_a_spouse_line_marries_no_one():
    # a film's year in prose is the film's, not a marriage
    text = BOX.replace("Spouse(s)", "Known for")
    found = extract_events(text, PUBLISHED)
    assert not [e for e in found if "marries" in e.title or "divorce" in e.title]
