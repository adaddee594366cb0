"""A country that only says where something went or lies is no party: the end of a move
("extended to Norway"), an envoy's host ("the Chilean ambassador to Norway"), a route's ends
("ferries between Ireland and Iceland"), a region's owner ("Kenya's northern province"), a
country inside a longer name ("Alternative for Norway"), and an adjective's noun that a
preposition has closed ("the Syrian desert from ships"). A state given something, or acting,
still takes part.

Every sentence here was written for this test; none is from an article."""

from __future__ import annotations

from datetime import date

import pytest

from .extraction_checks import actors_of_one_event

PUBLISHED = date(2024, 5, 10)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The search for the missing trawler was extended to Norway on Tuesday.", "Norway"),
        ("The Chilean ambassador to Norway resigned on Monday.", "Norway"),
        ("The minister invited the Chilean envoy to Oslo on Monday.", "Norway"),
        (
            "The airline suspended ferry services between Ireland and Iceland on Monday.",
            "Iceland",
        ),
        ("A bomb exploded in Kenya's northern province on Friday.", "Kenya"),
        ("About 200 soldiers flew to the Syrian desert from ships on Monday.", "Syria"),
        (
            "Lawmakers from the populist Alternative for Norway walked out of the chamber "
            "on Monday.",
            "Norway",
        ),
        ("The Harbour Expo Chile opened in Valparaiso on Friday.", "Chile"),
    ],
)
def test_a_country_only_where_is_no_party(text: str, place: str) -> None:
    assert place not in actors_of_one_event(text, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Norway sold two frigates to Chile on Monday.", "Chile"),
        ("The Government of Chile expelled two diplomats on Monday.", "Chile"),
        ("Yesterday Chile expelled two diplomats, the ministry said.", "Chile"),
        ("Ana Ruiz of Chile won the race on Sunday.", "Chile"),
        ("Chilean troops crossed the border on Monday.", "Chile"),
        ("Chilean and Peruvian officials met in Lima on Monday.", "Chile"),
        ("The silver medal went to Chile on Sunday.", "Chile"),
    ],
)
def test_a_state_given_something_or_acting_takes_part(text: str, state: str) -> None:
    assert state in actors_of_one_event(text, PUBLISHED)
