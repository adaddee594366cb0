"""Two capitalised words that look like a person's name but that the phrase shows to name a
place ("the Marra North constituency", "the town of Villa Serra", "ten miles north of Puerto
Lindo") are where something happened: no actor.

Every sentence here was written for this test; none is from an article."""

from __future__ import annotations

from datetime import date

import pytest

from timeline_app.core.extraction import extract_events

from .extraction_checks import actors_of_one_event

PUBLISHED = date(2024, 3, 8)


def _actors(text: str) -> list[str]:
    return actors_of_one_event(text, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        # a name before a noun for a site or a district says which one
        ("Voters in the Marra North constituency elected Tom Keel on Sunday.", ["Tom Keel"]),
        ("Tom Keel toured the Hollis Creek refinery on Monday.", ["Tom Keel"]),
        # a name after "of" following a settlement's noun or a direction
        ("Nadia Orr was abducted in the town of Villa Serra on Friday.", ["Nadia Orr"]),
        ("Dario Penn was found dead ten miles north of Puerto Lindo on Friday.", ["Dario Penn"]),
    ],
)
def test_a_place_named_like_a_person_is_no_actor(text: str, actors: list[str]):
    assert _actors(text) == actors


def test_a_titled_person_before_a_site_still_acts():
    text = "Mr. Hollis Creek opened the refinery on Monday."
    assert _actors(text) == ["Hollis Creek"]


def _all_actors(text: str) -> list[str]:
    return [actor for event in extract_events(text, PUBLISHED) for actor in event.actors]


def test_a_name_only_ever_before_a_site_names_the_site():
    text = (
        "Gunmen raided the Velt clinic in Ostrava on Monday. "
        "The Velt clinic reopened its doors on Friday."
    )
    assert "Velt" not in _all_actors(text)


def test_a_body_named_acting_elsewhere_keeps_its_site():
    text = (
        "Tarvik said on Monday that the Tarvik refinery would close. "
        "Tarvik shut the Tarvik refinery on Friday."
    )
    assert "Tarvik" in _all_actors(text)
