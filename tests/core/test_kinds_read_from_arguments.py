"""Kinds that the same predicate takes from what it acts on, read from a whole extraction as a
user sees it: a rocket lost at launch, a business founded, a member welcomed into a bloc, a
deal announced, bombs found, a crackdown on crime, an unarmed person shot.

Every sentence here was written for this test; none is from an article."""

from __future__ import annotations

from datetime import date

import pytest

from .extraction_checks import kind_of_event

PUBLISHED = date(2024, 5, 10)


def _kind_of(text: str, title_word: str) -> str:
    return kind_of_event(text, PUBLISHED, title_word)


CASES = [
    # a space rocket blowing up at launch is an accident, whatever else a rocket may be
    ("An unmanned cargo rocket exploded on the launch pad in 2016.", "explode", "disaster"),
    ("A Tarrow booster exploded during its countdown on Tuesday.", "explode", "disaster"),
    ("A car bomb exploded outside the Velko hotel on Tuesday.", "explode", "explosion"),
    # a business set up is business news
    ("Harlan Lee established a consulting firm in 1998.", "establish", "economy"),
    # an alliance taking in a state is diplomacy
    ("The bloc welcomed Latvia as a member in 2004.", "welcome", "diplomacy"),
    # an officer sent into space is on a flight, not deployed
    (
        "Major Ilka Voss, an air force pilot, was sent into space aboard the Kosmo 7 capsule "
        "on June 2, 1981.",
        "space",
        "other",
    ),
    # fires counted by satellites are a disaster
    (
        "More than 4,000 fires have been detected in the Orlen province since Monday.",
        "fires",
        "disaster",
    ),
    # pictures or a report put out are no business, whatever they show; hostages freed are
    ("The space agency released satellite images of the oil slick on Monday.", "images", "other"),
    ("Gunmen released the two hostages near Velt on Friday.", "hostages", "strategic"),
    # what a body rules must be is its ruling; a king ruling a country is politics
    (
        "The Velt licensing board ruled on Monday that the Sable casino must close.",
        "rule",
        "legal",
    ),
    ("The king ruled the country for 30 years until 1920.", "rule", "politics"),
    # who sells more is business news
    (
        "The Dalmar online store overtook Kessel Foods as the largest grocery seller in April "
        "2021.",
        "overtake",
        "economy",
    ),
    # a firm winning a contract or losing customers is business; a candidate losing is
    # politics
    ("The Kessel landlord lost a dozen renters in April 2021.", "renters", "economy"),
    (
        "The Ostra shipyard won a contract to build three ferries on Monday.",
        "contract",
        "economy",
    ),
    ("The mayor lost her re-election bid in 2019.", "re-election", "politics"),
    # a mountain's summit is no meeting of leaders; a summit of ministers is
    ("Climbers reached the summit of Mount Orla on Friday.", "summit", "other"),
    ("The foreign ministers met at a summit in Ostrava on Friday.", "summit", "diplomacy"),
    # a deal a company announces is business; a peace accord two states announce is not
    (
        "Halvard Systems announced a three-year deal to supply chips to Ostrava Motors on Monday.",
        "deal",
        "economy",
    ),
    ("The two neighbours announced a peace accord on Monday.", "accord", "diplomacy"),
    # bombs found are no explosion (ACLED: a strategic development)
    (
        "Detectives found a duffel bag full of pipe bombs near the Orrin bus depot late Sunday.",
        "bomb",
        "strategic",
    ),
    # someone found clinging to a float at sea is rescued
    (
        "A fisherman was found clinging to a plastic float off Cape Marra on Tuesday.",
        "float",
        "humanitarian",
    ),
    # a crackdown on crime is police work; one on demonstrators a protest
    (
        "The government of Veldra cracked down on cigarette smuggling in March 2021.",
        "smuggling",
        "legal",
    ),
    ("Riot police cracked down on demonstrators in Ostra on Monday.", "crack", "protest"),
    # the police shooting an unarmed person is violence against civilians, not a battle
    (
        "Police officers shot dead an unarmed teenager, Jalen Moss, on Sunday.",
        "shoot",
        "violence against civilians",
    ),
    ("Soldiers shot two rebel fighters near Dunmore on Sunday.", "shoot", "armed clash"),
    # a sniper's victims are civilians unless soldiers or police are named
    (
        "A sniper shot Dr. Ilse Varga, a dentist, in Kelso on Friday.",
        "shoot",
        "violence against civilians",
    ),
    ("A sniper shot two soldiers at the Kelso checkpoint on Friday.", "shoot", "armed clash"),
]


@pytest.mark.parametrize(("text", "title_word", "kind"), CASES)
def test_kind_read_from_what_the_predicate_acts_on(text: str, title_word: str, kind: str):
    assert _kind_of(text, title_word) == kind


# Protests and riots: force used on a crowd is a protest event, a crowd's own violence a riot.
PROTESTS_AND_RIOTS = [
    ("Police fired tear gas at students marching in Ostra on Wednesday.", "gas", "protest"),
    (
        "Hundreds of youths smashed shop windows and set cars alight in Velt on Saturday.",
        "smash",
        "riot",
    ),
    # "set fire to" is burning, not firing at anyone
    ("Protesters set fire to the Velt town hall on Sunday.", "fire", "riot"),
    ("Soldiers opened fire on villagers in Velt on Sunday.", "fire", "violence against civilians"),
    ("Taxi drivers staged a go-slow through central Ostra on Monday.", "go-slow", "protest"),
    (
        "Activists chained themselves to the gates of the Ostra coal plant on Friday.",
        "chain",
        "protest",
    ),
    ("Students occupied the Ostra university library on Thursday.", "occupy", "protest"),
    ("Troops occupied the Ostra airport on Thursday.", "occupy", "strategic"),
]


@pytest.mark.parametrize(("text", "title_word", "kind"), PROTESTS_AND_RIOTS)
def test_protest_or_riot(text: str, title_word: str, kind: str):
    assert _kind_of(text, title_word) == kind
