"""An office whose name joins two fields with "and" ("Trade and Industry Minister") before a
person's name is one person: the title's verb agrees in the singular. Every sentence was
written for these tests."""

from __future__ import annotations

import datetime as dt

from timeline_app.core.extraction import extract_events

PUBLISHED = dt.date(2024, 5, 10)


def titles(text: str) -> list[str]:
    return [event.title for event in extract_events(text, PUBLISHED)]


def test_a_minister_of_two_fields_rules_in_the_singular():
    assert titles(
        "In March, Trade and Industry Minister Dana Ortiz ruled that the mill should close."
    ) == ["Trade and Industry Minister Dana Ortiz rules mill should close"]


def test_a_secretary_of_two_fields_visits_in_the_singular():
    assert titles("On Monday, Energy and Mines Secretary Paul Okafor visited the smelter.") == [
        "Energy and Mines Secretary Paul Okafor visits smelter"
    ]


def test_two_officers_each_with_an_office_still_agree_in_the_plural():
    # a guard: what already worked on the base
    found = titles(
        "On Monday, Health Minister Ortiz and Energy Minister Okafor visited the smelter."
    )
    assert found == ["Health Minister Ortiz and Energy Minister Okafor visit smelter"]
