"""Kinds read from how a verb is used: its particle ("pulled over": a police stop), the
signal it sends, a participle of saying set off after the act, a noun made of a verb's
-ing form ("talking points"), a seat sought after an office left, a crowd met to decry,
what an announcement announces.

Every sentence here was written for this test; none is from an article."""

from __future__ import annotations

from datetime import date

import pytest

from .extraction_checks import kind_of_event

PUBLISHED = date(2024, 5, 17)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a car pulled over is stopped by the police
        ("The blue sedan was pulled over on Route 9 near Marlow on Tuesday.", "legal"),
        # signals a state sends of a pullback tell of its forces
        (
            "Senior Ostrian ministers sent clear signals on Tuesday that Ostria plans to "
            "withdraw from the northern valleys.",
            "strategic",
        ),
        # what a letter demands is not what writing it did
        (
            "Pavel Dunmore wrote a letter to the mayor of Kestrel on Tuesday, demanding his "
            "daughter be sent home and saying the custody battle was unfair.",
            "other",
        ),
        # a party's talking points are no talks
        (
            "The Senate Democratic caucus gave its members talking points on Tuesday to "
            "plan town halls.",
            "politics",
        ),
        # an office left to seek a seat in a legislature is politics, no company news
        (
            "Ms. Varga resigned as chief executive of Brightmill on Tuesday to seek a seat in "
            "the state legislature.",
            "politics",
        ),
        # "reelection", as American news spells it, is an election
        ("Governor Alma Reyes of Tarn County lost her reelection bid on Tuesday.", "politics"),
        # what is announced tells the announcement's kind: forces moved, prices raised
        (
            "Ostria announced on Tuesday that it would withdraw its troops from the northern "
            "border.",
            "strategic",
        ),
        (
            "The rail operator announced on Tuesday that ticket prices would rise by 8 percent "
            "in June.",
            "economy",
        ),
        # a crowd met to denounce is a protest
        (
            "Hundreds of veterans gathered in Halden on Tuesday to denounce the new flag design.",
            "protest",
        ),
    ],
)
def test_kind(text: str, kind: str):
    assert kind_of_event(text, PUBLISHED) == kind
