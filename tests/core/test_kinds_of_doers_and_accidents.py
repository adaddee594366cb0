"""Kinds read from who acts and what befalls whom: firms named by their brands deal as firms,
a shooter's pronoun is no victim, crowd-control weapons put down a protest, and what burns,
collapses or explodes of itself is an accident.

Every sentence here was written for this test; none is from an article."""

from __future__ import annotations

from datetime import date

import pytest

from .extraction_checks import kind_of_event

PUBLISHED = date(2026, 3, 10)


@pytest.mark.parametrize(
    ("text", "title_word", "kind"),
    [
        # firms the gazetteer knows, named by their brands alone
        (
            "Boeing and Lufthansa agreed to a deal on Monday to lease twelve jets.",
            "deal",
            "economy",
        ),
        (
            "To fill out its new film store, Boeing and ABC agreed on a deal in which "
            "films will be sold the day after release for $2.99 each.",
            "deal",
            "economy",
        ),
        ("Lufthansa hired 900 pilots on Monday.", "pilots", "economy"),
        ("The carmaker cut 4,000 jobs at its Voss plant on Monday.", "jobs", "economy"),
        # bodies of states stay parties to relations
        ("NATO and the European Union agreed to a deal on Monday.", "deal", "diplomacy"),
        ("Boeing and NATO agreed to a deal on Monday.", "deal", "diplomacy"),
    ],
)
def test_firms_named_by_their_brands_do_business(text: str, title_word: str, kind: str) -> None:
    assert kind_of_event(text, PUBLISHED, title_word) == kind


@pytest.mark.parametrize(
    ("text", "title_word", "kind"),
    [
        # the pronoun is the shooter; an officer shot is an attack on the police
        (
            "On Saturday he shot an officer in the leg, Sergeant Dalby said, but the round "
            "hit his belt.",
            "officer",
            "armed clash",
        ),
        # the pronoun is the one harmed
        (
            "He was shot in the leg on Saturday, Sergeant Dalby said.",
            "leg",
            "violence against civilians",
        ),
        (
            "She shot her husband on Friday, Sergeant Dalby said.",
            "husband",
            "violence against civilians",
        ),
    ],
)
def test_who_was_shot_decides_not_the_shooters_pronoun(
    text: str, title_word: str, kind: str
) -> None:
    assert kind_of_event(text, PUBLISHED, title_word) == kind


@pytest.mark.parametrize(
    ("text", "title_word"),
    [
        (
            "Sheriff's deputies admitted on Monday using rubber bullets, flash-bang grenades, "
            "tear gas and pepper spray.",
            "rubber",
        ),
        ("Police fired stun grenades into the square in Delvar on Sunday.", "grenades"),
        ("Police threw stun grenades into the square in Delvar on Sunday.", "grenades"),
    ],
)
def test_crowd_control_weapons_put_down_a_protest(text: str, title_word: str) -> None:
    assert kind_of_event(text, PUBLISHED, title_word) == "protest"


def test_grenades_thrown_by_militants_are_still_an_explosion() -> None:
    text = "Militants threw grenades at a patrol in Tarvik on Sunday."
    assert kind_of_event(text, PUBLISHED, "grenades") == "explosion"


@pytest.mark.parametrize(
    ("text", "title_word", "kind"),
    [
        # what blew up of itself, told as such by its sentence
        (
            "Orbital Dynamics took two years to fly again after its Ridgeline rocket "
            "exploded in May 2015.",
            "ridgeline",
            "disaster",
        ),
        # a rocket fired, or one with nothing said of it, is an attack
        (
            "A rocket fired by militants exploded near a school in Tarvik on Monday.",
            "rocket",
            "explosion",
        ),
        ("A rocket exploded near a school in Tarvik on Monday.", "rocket", "explosion"),
        # a building that falls in, or burns down with no one named who set it
        (
            "Nine guests were killed on Tuesday when the Marisol Hotel collapsed.",
            "guests",
            "disaster",
        ),
        (
            "Nine guests were killed on Tuesday when the Marisol Hotel collapsed.",
            "collapses",
            "disaster",
        ),
        ("The old grain mill in Harwick burned down on March 2, 2011.", "mill", "disaster"),
        ("Rioters burned down the bus depot in Harwick on Sunday.", "depot", "riot"),
        ("The depot in Harwick was burned down by rebels in 2011.", "depot", "strategic"),
    ],
)
def test_what_befalls_a_thing_of_itself_is_an_accident(
    text: str, title_word: str, kind: str
) -> None:
    assert kind_of_event(text, PUBLISHED, title_word) == kind
