"""One happening is one event: a clause is not proposed again at a date that says when of
something else, and a happening the story tells again is not a second event. Each rule is
shown by sentences written for it."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.event_lists import described
from timeline_app.core.events import Event
from timeline_app.core.extraction import extract_events

PUBLISHED = dt.date(2024, 3, 8)  # a Friday


def events(text: str) -> list[Event]:
    return extract_events(text, PUBLISHED)


@pytest.mark.parametrize(
    "text, day",
    [
        # the span a figure covers ("for the first half") is not when it was posted
        ("Last week the brewer posted a 20% rise in profit for the first half.", "2024-02-26/"),
        # the date of another verb: the serving, the holding, the beginning
        ("She was appointed a judge on June 3, 1998 to serve from January 1, 1999.", "1998-06-03"),
        ("The mayor announced on Monday a festival to be held on June 1.", "2024-03-04"),
        ("Fans gathered on Sunday as the spring holiday began.", "2024-03-03"),
    ],
)
def test_a_clause_is_dated_once_by_the_date_of_its_own_verb(text, day):
    found = events(text)
    assert len(found) == 1, described(found)
    assert found[0].when.to_edtf().startswith(day), described(found)


@pytest.mark.parametrize(
    "text, years",
    [
        ("She won the cup in 2010 and 2011.", ["2010", "2011"]),
        (
            "Since 1949, the league has been expanded to include Leeds in 1952, York in 1955 "
            "and Hull in 1982.",
            ["1952", "1955", "1982"],
        ),
    ],
)
def test_dates_in_a_list_each_still_date_their_own_happening(text, years):
    found = events(text)
    assert sorted(e.when.to_edtf() for e in found) == years, described(found)


@pytest.mark.parametrize(
    "text, when",
    [
        ("The old king died on 4 May 1821 at six o'clock in the evening.", "1821-05-04T18:00"),
        ("The miners reached the surface on Tuesday at 3 p.m.", "2024-03-05T15:00"),
        ("The ferry sank in June 2003 at dawn on June 14.", "2003-06-14"),
    ],
)
def test_a_clause_given_a_date_and_a_time_within_it_is_one_event_at_the_narrower(text, when):
    found = events(text)
    assert [e.when.to_edtf() for e in found] == [when], described(found)
    assert len(found[0].sources) == 2, "both date phrases are kept as its evidence"


@pytest.mark.parametrize(
    "text, title, kind",
    [
        (
            "The strike began on 4 June, when 900 bus drivers walked out over a pay freeze.",
            "900 bus drivers walk out over pay freeze",
            "protest",
        ),
        (
            "The blockade ended on Tuesday, when the fishermen moved their boats out of the "
            "harbour mouth.",
            "Fishermen move their boats out of harbour mouth",
            "",
        ),
        (
            "The occupation ended in May 1999, when the last soldiers left the island.",
            "Last soldiers leave island",
            "",
        ),
    ],
)
def test_a_happening_that_begins_or_ends_when_a_clause_tells_it_is_one_event(text, title, kind):
    found = events(text)
    assert [e.title for e in found] == [title], described(found)
    if kind:
        assert found[0].category == kind


def test_a_beginning_told_on_its_own_and_a_when_clause_that_is_the_phase_stay_apart():
    # the strike's start has no "when" of its own; the march is not the talks resuming
    found = events(
        "The strike began on 4 June. Bus drivers marched to the depot on 9 June, when the "
        "talks resumed."
    )
    assert [e.title for e in found] == [
        "Strike begins",
        "Bus drivers march to depot",
        "Talks resume",
    ], described(found)


def test_a_when_clause_of_another_kind_tells_another_happening():
    # the wage cut is what set the strike off, not the strike
    found = events("The strike began on 4 June, when the bus company cut wages.")
    assert [e.title for e in found] == ["Strike begins", "Bus company cuts wages"], described(found)
