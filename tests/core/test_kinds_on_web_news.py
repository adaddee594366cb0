"""Kinds that depend on a predicate's arguments or its particle, as web news tells them:
fires that burn land, explosions at plants, police work, offices, figures of output.

Every sentence here was written for this test; none is from an article."""

from __future__ import annotations

import pytest

from timeline_app.core.extraction.categories import categorise

# (clause, predicate, arguments, kind): the clause read alone and the parser's reading of it
# must both give the kind.
CASES = [
    # what a jury or a court finds is its ruling; what rescuers find is aid
    (
        "A jury in Bangor has found Ellis Crane guilty of setting fire to the boatyard",
        "find",
        ["jury", "Crane", "guilty"],
        "legal",
    ),
    (
        "Rescuers found two survivors on a raft off Skerry Head",
        "find",
        ["rescuer", "survivor", "raft"],
        "humanitarian",
    ),
    # a fire that burns land is a disaster, not a shooting or a dismissal
    (
        "Brush fires have crept across the Orlen valley since Tuesday",
        "creep",
        ["fire", "brush", "valley"],
        "disaster",
    ),
    (
        "The governor of Varna declared an emergency over the forest fires",
        "declare",
        ["governor", "emergency"],
        "disaster",
    ),
    # an explosion at a plant is an accident; a bomb's is an explosion
    ("A boiler exploded at the Kestrel paper mill", "explode", ["boiler", "mill"], "disaster"),
    (
        "A car bomb exploded beside the Halden gas station",
        "explode",
        ["bomb", "car"],
        "explosion",
    ),
    # the police seizing loot is police work; "seized on" a remark is no seizure at all
    (
        "Deputies seized stolen jewellery and cash from the motel room",
        "seize",
        ["deputy", "jewellery", "cash"],
        "legal",
    ),
    (
        "The ruling party seized on the senator's careless remark",
        "seize",
        ["party", "remark"],
        "politics",
    ),
    # "engaged in" is taking part: in talks diplomacy, in vandalism no battle
    (
        "The two delegations were engaged in talks until dawn",
        "engage",
        ["delegation"],
        "diplomacy",
    ),
    # "law enforcement" officers are police, no law: the wardens' own deeds are no politics
    (
        "Some law enforcement agencies took part in the Pell Lake operation",
        "take",
        ["agency", "law", "enforcement", "part"],
        "other",
    ),
    # a rising in arms is a battle; a revolt of lawmakers is politics
    (
        "A rebellion of the hill tribes broke out in the southern valleys",
        "break",
        ["rebellion", "tribe"],
        "armed clash",
    ),
    (
        "Twenty backbenchers joined a revolt against the housing bill",
        "join",
        ["backbencher", "revolt", "bill"],
        "politics",
    ),
    # an allegation of police violence is a legal matter, not diplomacy
    (
        "The families alleged excessive force by the county deputies",
        "allege",
        ["family", "force"],
        "legal",
    ),
    # an appointment to an office is politics; a chancellor hosting is diplomacy
    (
        "Mirela Dascu was named high commissioner of the eastern territories",
        "name",
        ["Dascu", "commissioner"],
        "politics",
    ),
    (
        "Chancellor Anton Weiler hosted the Harwich conference",
        "host",
        ["Weiler", "Chancellor", "conference"],
        "diplomacy",
    ),
    # the police calling on someone about a crime
    (
        "Rosedale police called the state fraud office for help",
        "call",
        ["police", "office"],
        "legal",
    ),
    # what an economy makes and yields on its bonds
    (
        "Coal generation in the region slid 11 percent",
        "slide",
        ["generation", "coal"],
        "economy",
    ),
    (
        "Yields on two-year Treasuries hit a six-year high",
        "hit",
        ["yield", "high"],
        "economy",
    ),
]


@pytest.mark.parametrize(("clause", "predicate", "arguments", "kind"), CASES)
def test_kind_from_the_text_alone(clause, predicate, arguments, kind):
    assert categorise(clause) == kind


@pytest.mark.parametrize(("clause", "predicate", "arguments", "kind"), CASES)
def test_kind_from_predicate_and_arguments(clause, predicate, arguments, kind):
    assert categorise(clause, predicate=predicate, arguments=arguments) == kind


def test_a_crop_yield_is_no_business_news():
    # "yield" is money only when it moves like a price, not a harvest's
    assert categorise("The barley yields of the Tamsin farms were studied in 1994") == "other"


def test_an_accident_named_alone_is_a_disaster():
    assert categorise("The accident happened near the Dunmore quarry") == "disaster"


def test_a_seizure_on_a_day_is_still_a_seizure():
    # a date after "seized on" keeps the seizure
    assert (
        categorise("Rebels seized on Monday the hill town of Ardo", predicate="seize")
        == "armed clash"
    )
