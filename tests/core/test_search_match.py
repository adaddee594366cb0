"""Why an event matches the search: the field and what it says there."""

from __future__ import annotations

from timeline_app.core.dates import When
from timeline_app.core.events import Event, SourceRef
from timeline_app.core.search_match import match_places


def supplying() -> Event:
    return Event(
        id="uk",
        title="UK begins supplying Ukraine with anti-tank weapons",
        when=When.from_edtf("2022-01~"),
        actors=("United Kingdom", "Ukraine"),
        sources=(
            SourceRef(
                evidence="While the United Kingdom has begun supplying Ukraine with anti-tank "
                "weapons, Canada has reportedly deployed a small contingent of special forces."
            ),
        ),
    )


def test_a_word_only_in_the_evidence_is_shown_there_with_its_context():
    [place] = match_places(supplying(), ["canada"])
    assert place.startswith("evidence (“…") and "Canada has reportedly" in place


def test_actors_are_named_whole_and_each_field_once():
    places = match_places(supplying(), ["ukraine", "kingdom"])
    assert places[0] == "title (“UK begins supplying Ukraine with anti-tank weapons”)"
    assert places[1] == "actors (United Kingdom)"


def test_no_match_no_place():
    assert match_places(supplying(), ["belarus"]) == []
