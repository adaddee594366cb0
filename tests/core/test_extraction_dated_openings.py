"""Dates whose happening was missed. One that opens a sentence before a titled name ("On
Monday, city manager Rosa Delgado ..."): the parse may hang it on the title noun as if it
named the noun's time, but a date with a preposition of its own is a phrase of the clause
and dates its happening. One given to what was announced ("announced on Tuesday that it was
weighing a sale"): when that tells no happening of the day, the announcing is the event.
One in a relative clause on a noun in "-ing" ("a shooting that wounded two guards on
Sunday"), which the word rules took for a verb and its that-clause."""

from __future__ import annotations

import datetime as dt

from tests.core.extraction_checks import find
from timeline_app.core.extraction import extract_events

PUBLISHED = dt.date(2021, 3, 20)


def test_a_fronted_day_before_a_titled_name_dates_the_clause():
    found = extract_events(
        "On Monday, city manager Rosa Delgado fired the police chief.", PUBLISHED
    )
    event = find(found, "2021-03-15", "Delgado", "fire")
    assert "chief" in event.title


def test_a_genitive_date_still_names_its_nouns_time():
    # "Friday's announcement" dates the announcing; saying what it was is no happening
    found = extract_events(
        "Friday's announcement gave the earliest hint that the mill was in trouble.", PUBLISHED
    )
    assert not any("sign" in e.title.lower() for e in found), [e.title for e in found]


def test_a_dated_announcement_of_what_goes_on_is_the_event_of_its_day():
    # below the lead, the weighing (going on) is no happening; announcing it on Tuesday is
    found = extract_events(
        "Shares of Norwell Mills rose 4 percent on Friday. Traders bought the stock early. "
        "The paper unit employs 900 people. Norwell announced on Tuesday that it was "
        "weighing the sale of the unit.",
        PUBLISHED,
    )
    event = find(found, "2021-03-16", "Norwell", "announce")
    assert "sale" in event.title


def test_a_dated_announcement_of_what_will_be_is_left_to_the_plans_rules():
    # "will open" is a plan: its announcing is not proposed for want of a happening
    found = extract_events(
        "Shares of Norwell Mills rose 4 percent on Friday. Traders bought the stock early. "
        "The paper unit employs 900 people. Norwell announced on Tuesday that the plant, "
        "which was built in 1988, will open a second line.",
        PUBLISHED,
    )
    assert not any(e.when.to_edtf() == "2021-03-16" for e in found), [e.title for e in found]


def test_a_dated_relative_clause_on_a_noun_of_happening_is_its_event():
    # "a shooting that ...": after a determiner the "-ing" word is a noun, and "that" opens
    # a relative clause on it, not what a verb "shooting" said
    found = extract_events(
        "Investigators tied the courier to a shooting that wounded two guards at the depot "
        "on Sunday.",
        PUBLISHED,
    )
    event = find(found, "2021-03-14", "shooting")
    assert "guards" in event.title
