"""A phrase that opens a sentence with no comma ends before the subject: "On the 3rd" is the
day of the month, "In the 2004 vote" where it happened, and neither is glued to the one who
acted (``parsing/fronted_phrases``, ``event_rules._fronted_phrase``, the tagger's
``day_of_month``). Each case is a sentence written for it."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.event_lists import described
from timeline_app.core.extraction import extract_events

PUBLISHED = dt.date(2021, 6, 24)


def found(text: str) -> list[str]:
    return described(extract_events(text, PUBLISHED))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On the 3rd guards searched every cell in the east wing.", "2021-06-03 Guards search"),
        (
            "Storms cut power to the valley. On the 9th engineers restored the main line.",
            "2021-06-09 Engineers restore main line",
        ),
        (
            "On February 11 police closed the ring road.",
            "2021-02-11 Police close ring road",
        ),
    ],
)
def test_a_day_of_the_month_opening_the_sentence_dates_its_clause(text, expected):
    """The parse read "11 police" as a count of police, or "the 9th engineers" as one
    phrase: the day was lost and the clause took the story's day."""
    events = found(text)
    assert any(e.startswith(expected) for e in events), events


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In the 2004 vote farmers backed the water plan.", "2004 Farmers back water plan"),
        (
            "During the 1871 siege bakers ran out of flour within a week.",
            "1871 Bakers run out of flour",
        ),
        (
            "In the 2011 count the party lost six seats.",
            "2011 Party loses six seats",
        ),
    ],
)
def test_the_opening_phrase_is_not_glued_to_the_subject(text, expected):
    events = found(text)
    assert any(e.startswith(expected) for e in events), events


def test_a_day_of_a_named_month_opening_the_sentence_dates_its_clause():
    """Guard: "the 12th of May" was read before; the mend must keep it."""
    events = found("On the 12th of May dockers walked out over the new rota.")
    assert any(e.startswith("2021-05-12 Dockers walk out") for e in events), events


def test_an_ordinal_that_numbers_a_noun_is_no_day_of_the_month():
    """ "On the 4th floor" is where, not when: the clause keeps the story's own day."""
    events = found("On the 4th floor tenants found a gas leak on Tuesday.")
    assert not [e for e in events if e.startswith("2021-06-04")], events


def test_a_name_after_the_opening_phrase_stays_whole():
    """Guard: two capitalised words run on as one name, the phrase ends before both."""
    events = found("In the late 1990s Harlow Tools opened a plant near Leeds.")
    assert any("Harlow Tools opens plant" in e for e in events), events


def test_a_count_opened_by_at_least_is_no_phrase():
    """Guard: "At least 12 workers" is the subject, counted."""
    events = found("At least 12 workers were hurt in the crush on Friday.")
    assert any("At least 12 workers hurt" in e for e in events), events
