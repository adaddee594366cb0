"""A lone name the story repeats that does what firms do ("Brisko laid off 300 workers",
"shares of Vantrel", "acquired by Tellamy") is a firm taking part; a given name, a place, a
product's brand and a name met once are not made firms.

Every sentence here was written for this test; none is from an article."""

from __future__ import annotations

from datetime import date

import pytest

from timeline_app.core.events import Event
from timeline_app.core.extraction import extract_events

PUBLISHED = date(2024, 9, 20)


def _titled(text: str, word: str) -> Event:
    events = extract_events(text, PUBLISHED)
    held = [e for e in events if word in e.title.lower()]
    assert held, [e.title for e in events]
    return held[0]


@pytest.mark.parametrize(
    ("text", "word", "firm"),
    [
        (
            "Brisko laid off 300 workers at its plant in Derby on Monday.\n\n"
            "A union leader said Brisko had given no warning.",
            "lays off",
            "Brisko",
        ),
        (
            "Vantrel posted a quarterly loss of $40 million on Tuesday.\n\n"
            "The chain blamed the cold spring, and Vantrel expects better sales in the autumn.",
            "loss",
            "Vantrel",
        ),
        (
            "The small games studio was acquired by Tellamy on Friday for $90 million.\n\n"
            "A spokeswoman said Tellamy will keep all forty of the studio's staff.",
            "acquired",
            "Tellamy",
        ),
        (
            "In 1994 the two engineers founded Quorvo in a garage in Leeds.\n\n"
            "Today Quorvo makes hearing aids for clinics in nine countries.",
            "found",
            "Quorvo",
        ),
        (
            "Dravik's shareholders approved the merger with a Dutch rival on Thursday.\n\n"
            "The vote gives Dravik control of two container terminals.",
            "approve",
            "Dravik",
        ),
    ],
)
def test_a_lone_name_doing_a_firms_deed_is_a_firm(text: str, word: str, firm: str) -> None:
    assert firm in _titled(text, word).actors


def test_a_given_name_is_no_firm() -> None:
    text = (
        "On Monday Maria sold the bakery her parents had opened.\n\n"
        "The new owners said Maria would stay on as a baker."
    )
    assert "Maria" not in _titled(text, "sell").actors


def test_a_place_is_no_firm() -> None:
    text = (
        "Floods reached forty homes in Tarrow on Monday.\n\n"
        "On Tuesday Tarrow sued the water board over the broken dam."
    )
    assert "Tarrow" not in _titled(text, "sue").actors


def test_a_brand_before_its_product_is_no_firm() -> None:
    text = (
        "Shops sold 20,000 Norvex tablets on Saturday, the trade group said.\n\n"
        "Norvex tablets are assembled in Wales."
    )
    assert "Norvex" not in _titled(text, "sell").actors


def test_a_name_met_once_is_not_made_a_firm() -> None:
    text = "Tellamy acquired a games studio in Bristol on Friday for $90 million."
    assert "Tellamy" not in _titled(text, "acquire").actors
