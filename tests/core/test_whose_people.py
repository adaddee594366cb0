"""A person named only to say whose relative or aide acted ("Mr. Halloran's son", "the widow
of Omar Halloran", "Halloran campaign chairman Tom Reece") is no actor of what they did.

Every sentence here was written for this test; none is from an article."""

from __future__ import annotations

from datetime import date

import pytest

from .extraction_checks import actors_of_one_event

PUBLISHED = date(2024, 3, 8)


def _actors(text: str) -> list[str]:
    return actors_of_one_event(text, PUBLISHED)


@pytest.mark.parametrize(
    "text",
    [
        "Mr. Halloran's son, Pieter, opened a bakery in Dunmore in 2015.",
        "Omar Halloran's widow sued the city on Monday.",
        "The widow of Omar Halloran sued the city on Monday.",
    ],
)
def test_whose_relative_acted_is_no_actor(text: str):
    assert not [name for name in _actors(text) if "Halloran" in name]


def test_the_person_who_acts_is_still_an_actor():
    assert _actors("Omar Halloran sued the city on Monday.") == ["Omar Halloran"]


@pytest.mark.parametrize(
    "text",
    [
        "Omar Halloran adviser Tom Reece resigned on Thursday.",
        "Omar Halloran campaign chairman Tom Reece wrote an op-ed on Thursday.",
    ],
)
def test_whose_aide_acted_is_no_actor(text: str):
    assert _actors(text) == ["Tom Reece"]


def test_two_people_who_met_both_act():
    text = "Omar Halloran met leader Tom Reece in Dunmore on Thursday."
    assert _actors(text) == ["Omar Halloran", "Tom Reece"]
