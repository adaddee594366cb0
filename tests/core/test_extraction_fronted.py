"""A date in a participle phrase that opens a sentence dates that phrase, told of the main
clause's subject ("Rescued on 3 April by fishermen, the boy ..."): each case shown by a
sentence written for it (``fronted_participles``)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.event_lists import described
from timeline_app.core.extraction import extract_events

PUBLISHED = dt.date(2019, 5, 14)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rescued on April 3 by fishermen off the Cornish coast, the boy has become the "
            "face of the appeal.",
            "2019-04-03 Boy rescued by fishermen off Cornish coast",
        ),
        (
            "Elected in 2011, the mayor served two terms before turning to business.",
            "2011 Mayor elected",
        ),
        (
            "Founded in 1921 by two brothers, Harlow Tools now employs 3,000 people.",
            "1921 Harlow Tools founded by two brothers",
        ),
        ("Unveiled last April, the chip holds a billion transistors.", "2018-04 Chip unveiled"),
    ],
)
def test_an_opening_participles_date_is_the_participles_told_of_the_subject(text, expected):
    found = described(extract_events(text, PUBLISHED))
    assert expected in found, found


def test_the_main_clause_is_not_dated_by_the_opening_participles_date():
    found = described(
        extract_events(
            "Elected in 2011, the mayor served two terms before turning to business.", PUBLISHED
        )
    )
    assert not [e for e in found if "serve" in e], found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Admiral orders fleet review\n\nDeclaring "the heart of the navy" is at risk, '
            "Admiral Jane Korby has ordered an inquiry into the northern fleet.",
            "Jane Korby orders inquiry into northern fleet",
        ),
        (
            "Council shuts libraries\n\nCiting shortages of staff, the Arnby town council has "
            "ordered the closure of two branch libraries.",
            "Arnby town council orders closure of two branch libraries",
        ),
    ],
)
def test_the_main_clause_after_an_opening_present_participle_is_the_news(text, expected):
    """The participle phrase ("Citing ...", "Declaring X is at risk") ends at its comma; the
    main clause's subject and verb are the lead's news, not a verb inside the phrase."""
    titles = [e.title for e in extract_events(text, PUBLISHED)]
    assert expected in titles, titles
