"""Capitalised runs that only qualify a noun are no person: a product, a description of the
person named next, a party's member in a chamber. Every sentence is written for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.core.extraction import extract_events

PUBLISHED = dt.date(2025, 5, 9)


def _events(text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(e.title, e.actors) for e in extract_events(text, PUBLISHED)]


def test_a_run_describing_the_patient_is_no_person_but_the_patient_is():
    events = _events(
        "Tarvian officials said on Thursday they will charge Denver Measles patient "
        "Omar Kessel when he returns."
    )
    assert events
    actors = events[0][1]
    assert "Omar Kessel" in actors
    assert "Denver Measles" not in actors


def test_a_product_named_before_its_noun_is_no_actor():
    events = _events("Norvik Systems Inc. unveiled its Zentra Pad tablet in Oslo on Monday.")
    assert events
    assert "Zentra Pad" not in events[0][1]
    events = _events("Norvik Systems Inc. showed its new operating system, Snow Lynx, on Tuesday.")
    assert events
    assert "Snow Lynx" not in events[0][1]


def test_a_party_member_in_a_chamber_is_named_with_his_noun():
    events = _events("A House Republican aide handed the Ledger a draft bill on Friday.")
    assert events
    assert events[0][1] == ("House Republican aide",)


def test_a_run_after_a_model_year_is_no_person():
    events = _events("Police found Garner's 1994 Vardo Sprinter at the airport on Monday.")
    assert events
    assert "Vardo Sprinter" not in events[0][1]
    events = _events("The firm opened its 2012 Makers Forum in Varno on Monday.")
    assert events
    assert "Makers Forum" not in events[0][1]


def test_a_person_after_a_year_is_still_named():
    # guard: a given name says a person is named, whatever year comes before
    events = _events("Aides closed the 2016 Hillary Clinton campaign office on Monday.")
    assert events
    assert "Hillary Clinton" in events[0][1]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "The Moon Raiders movies are coming to tablets, the studio said on Monday.",
            "Moon Raiders",
        ),
        ("The studio will release the Moon Raiders films on tablets on Monday.", "Moon Raiders"),
    ],
)
def test_a_films_title_is_no_actor(text: str, title: str):
    events = _events(text)
    assert events
    assert title not in events[0][1]


def test_the_person_who_made_a_film_is_still_named():
    # guard: a given name says whose film it is
    events = _events("A Lena Brandt film won the top prize at the festival on Sunday.")
    assert events
    assert "Lena Brandt" in events[0][1]
