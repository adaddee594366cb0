"""A happening named by its noun alone names the parties its own phrase gives: its
possessor, a nationality or body before it, a "between", "with" or "by" phrase, an "in"
phrase of place (``noun_parties``, ``noun_predicates.party_title``). And a present verb the
parse ran into the noun ("that 1967 resolution calls on ...") leaves the noun its date.
Each case is a sentence written for it."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.event_lists import described
from timeline_app.core.extraction import extract_events
from timeline_app.core.extraction.noun_predicates import NOUN_PREDICATES

PUBLISHED = dt.date(2022, 9, 8)


def events_of(text: str):
    return extract_events(text, PUBLISHED)


def found(text: str) -> list[str]:
    return described(events_of(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a possessor is where a rising broke out
        (
            "Thousands of farmers fled during Hungary's 1956 uprising.",
            "1956 Uprising breaks out in Hungary",
        ),
        # a nationality before the noun, named as its country
        (
            "The painter's family left Mexico City in the 1910 Mexican revolution.",
            "1910 Revolution breaks out in Mexico",
        ),
        (
            "Observers from six countries praised the 1998 Indonesian election.",
            "1998 Indonesia holds election",
        ),
        ("Grain prices doubled after the 2008 Burmese cyclone.", "2008 Cyclone strikes Myanmar"),
        # both sides of "between"
        (
            "Fishing fleets returned under the 1994 treaty between Jordan and Israel.",
            "1994 Jordan and Israel sign treaty",
        ),
        (
            "Trade grew after the 1996 truce between Chad and Libya.",
            "1996 Truce takes effect between Chad and Libya",
        ),
        (
            "The port reopened after the 2001 war between Eritrea and Ethiopia.",
            "2001 War breaks out between Eritrea and Ethiopia",
        ),
        # a possessor and a "with" partner
        (
            "Exports rose after Israel's 1994 treaty with Jordan.",
            "1994 Israel signs treaty with Jordan",
        ),
        # a place after "in": struck, or (a country) holding the vote
        (
            "Aid workers rebuilt schools after the 2010 earthquake in Haiti.",
            "2010 Earthquake strikes Haiti",
        ),
        (
            "The hotel closed after the 2004 presidential election in Peru.",
            "2004 Peru holds presidential election",
        ),
        # a body before the noun adopted it
        ("Troops withdrew after the 1978 UN resolution.", "1978 UN adopts resolution"),
        # "by": the doer of a deed whose land the sentence leaves unsaid, agreeing as one state
        (
            "Two bridges collapsed in the 1989 invasion by the United States.",
            "1989 United States invades",
        ),
    ],
)
def test_a_happening_noun_names_the_parties_of_its_phrase(text, expected):
    events = found(text)
    assert expected in events, events


def test_the_parties_are_the_events_actors():
    events = events_of("Fishing fleets returned under the 1994 treaty between Jordan and Israel.")
    treaty = [e for e in events if e.title == "Jordan and Israel sign treaty"]
    assert [e.actors for e in treaty] == [("Jordan", "Israel")], [
        (e.title, e.actors) for e in events
    ]
    events = events_of("Observers from six countries praised the 1998 Indonesian election.")
    election = [e for e in events if e.title == "Indonesia holds election"]
    assert [e.actors for e in election] == [("Indonesia",)], [(e.title, e.actors) for e in events]


def test_a_body_named_before_an_election_is_the_one_elected():
    """ "The 2014 Senate election" elects the Senate, which holds nothing; the place after
    "in" is where it was held."""
    events = found("Donors left after the 2014 Senate election in Ohio.")
    assert "2014 Senate election held in Ohio" in events, events
    assert not [e for e in events if "Senate holds" in e], events


@pytest.mark.parametrize(
    "text",
    [
        "That 1967 resolution calls on both armies to pull back.",
        "The 1967 resolution calls on both armies to pull back.",
    ],
)
def test_a_present_verb_the_parse_ran_into_the_noun_leaves_the_noun_its_date(text):
    events = found(text)
    assert "1967 Resolution adopted" in events, events


@pytest.mark.parametrize("rule", NOUN_PREDICATES, ids=lambda rule: rule.name)
def test_each_predicate_rule_gives_the_title_it_names_for_its_parties(rule):
    phrase, title = rule.handles_parties.split(" -> ")
    year = next(word for word in phrase.split() if word.isdigit())
    events = found(f"Crowds gathered after {phrase}.")
    assert f"{year} {title}" in events, events
