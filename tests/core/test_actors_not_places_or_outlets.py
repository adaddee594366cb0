"""A place named by its first word ("Cape Marra", "Camp Delmore") or its building ("the
Gravesend Hotel") is where something happened, and a country that begins a broadcaster's
name ("Ghana Television") is no state acting: none of them is listed as an actor.

Every sentence here was written for this test; none is from an article."""

from __future__ import annotations

from datetime import date

import pytest

from timeline_app.core.extraction import extract_events

from .extraction_checks import actors_of_one_event

PUBLISHED = date(2024, 5, 10)


def _actors(text: str) -> list[str]:
    return actors_of_one_event(text, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("A fisherman was found clinging to a plastic float off Cape Marra on Tuesday.", "Marra"),
        ("About 800 Marines staged a landing exercise at Camp Delmore in June 2019.", "Delmore"),
        ("Senator Ruth Abend spoke to donors at the Gravesend Hotel on Thursday.", "Gravesend"),
    ],
)
def test_a_place_is_no_actor(text: str, place: str):
    assert not [name for name in _actors(text) if place in name]


def test_a_person_beside_a_place_still_acts():
    text = "Senator Ruth Abend spoke to donors at the Gravesend Hotel on Thursday."
    assert _actors(text) == ["Ruth Abend"]


def test_a_country_that_begins_a_broadcasters_name_is_no_actor():
    text = "Grace Okafor told Ghana Television on Monday that the talks had failed."
    assert _actors(text) == ["Grace Okafor"]


def test_an_office_of_a_place_in_a_headline_is_no_person():
    text = (
        "Mayor of Harlow Quits Over Expenses\n\n"
        "The mayor of Harlow, Ana Ruiz, resigned on Tuesday after an audit of her claims."
    )
    actors = {a for e in extract_events(text, date(2021, 3, 18)) for a in e.actors}
    assert "Ana Ruiz" in actors
    assert not [a for a in actors if a.startswith("of ") or a == "Harlow"], actors


@pytest.mark.parametrize(
    "text",
    [
        "The spokesman told the Warsaw Courier on Monday that the mayor had resigned.",
        "The minister told the Lisbon Daily on Monday that the port would close.",
        "A deputy told the Tokyo Globe on Friday that the ferry line would be sold.",
    ],
)
def test_a_paper_named_after_its_city_makes_no_state_a_party(text: str):
    assert _actors(text) == []


def test_a_person_telling_a_paper_named_after_a_city_still_acts():
    text = "Ana Ruiz told the Madrid Examiner on Monday that she would resign."
    assert _actors(text) == ["Ana Ruiz"]
