"""What no verb decides between two countries is their relations: diplomacy. Countries named
as places ("on sale in Canada, Mexico and Brazil"), as teams in a game or inside a person's
name ("Chad Ellis") are no parties to relations.

Every sentence here was written for this test; none is from an article."""

from __future__ import annotations

from datetime import date

import pytest

from .extraction_checks import kind_of_event

PUBLISHED = date(2025, 3, 14)


@pytest.mark.parametrize(
    ("text", "title_word"),
    [
        ("On 4 May 2022 the pact was extended to include Finland and Sweden.", "pact"),
        ("Peru's quiet backing for Chile raised eyebrows in March 2021.", "backing"),
    ],
)
def test_two_countries_with_no_deciding_verb_are_diplomacy(text: str, title_word: str) -> None:
    assert kind_of_event(text, PUBLISHED, title_word) == "diplomacy"


@pytest.mark.parametrize(
    ("text", "title_word"),
    [
        ("In 2009 Dana Holt starred opposite Chad Ellis and Paris Vane in a comedy.", "holt"),
        (
            "A survey team from universities in Peru and Chile mapped the glacier in 2019.",
            "glacier",
        ),
        ("On 2 June 2018 Portugal edged Norway 2-1 in a tense final.", "norway"),
    ],
)
def test_countries_as_places_teams_or_names_are_no_relations(text: str, title_word: str) -> None:
    assert kind_of_event(text, PUBLISHED, title_word) != "diplomacy"
