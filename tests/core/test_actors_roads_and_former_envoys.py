"""Names that only say where, or whose someone once was: a road or a shore named with its
head word is a location, and a country's adjective after "retired" or "former" names no
serving officer of its state. Every sentence is written for the test."""

from __future__ import annotations

import datetime as dt

from timeline_app.core.extraction import extract_events

PUBLISHED = dt.date(2025, 5, 9)


def _actors(text: str) -> tuple[str, ...]:
    events = extract_events(text, PUBLISHED)
    assert len(events) == 1
    return events[0].actors


def test_a_parkway_is_where_not_who():
    assert "Harlow Parkway" not in _actors(
        "Police stopped the van on the Harlow Parkway near Dunmore on Sunday."
    )


def test_a_shore_is_where_not_who():
    assert _actors("A pipe bomb went off on the Kessel Shore on Saturday, police said.") == ()


def test_a_retired_diplomat_does_not_make_his_country_a_party():
    actors = _actors("Kofi Annan named a retired Peruvian diplomat as his envoy to Chad on Monday.")
    assert "Peru" not in actors
    assert "Kofi Annan" in actors


def test_a_former_ambassador_does_not_make_her_country_a_party():
    actors = _actors("A former Chilean ambassador joined the Tarvik Bank board on Tuesday.")
    assert actors == ("Tarvik Bank",)


def test_serving_officials_still_act_for_their_state():
    # a guard: passes before the rule too
    assert "Chile" in _actors("Chilean officials met the Tarvik Bank board on Tuesday.")
