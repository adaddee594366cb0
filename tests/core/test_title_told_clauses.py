"""A title too long to hold whom something was told and what was told keeps what was told:
"Governor says curfew could be extended", not "Governor tells news conference that curfew".
Every sentence was written for these tests."""

from __future__ import annotations

import datetime as dt

from timeline_app.core.extraction import extract_events

PUBLISHED = dt.date(2021, 3, 10)


def titles(text: str) -> list[str]:
    return [e.title for e in extract_events(text, PUBLISHED)]


def test_the_listener_goes_before_the_verb_of_what_was_told():
    text = (
        "Coastal Region Governor Mara Quist told a press conference on Friday that the "
        "fishing ban now in force could be extended to the northern bays."
    )
    assert titles(text) == ["Coastal Region Governor Mara Quist says fishing ban could be extended"]


def test_a_listener_left_alone_by_the_object_gives_way_to_what_was_told():
    text = (
        "Mayor Dana Ortiz of Riverside told the city council on Monday that the old stone "
        "bridge over the canal will close next month."
    )
    assert titles(text) == ["Mayor Dana Ortiz of Riverside says old stone bridge will close"]


def test_a_told_clause_that_fits_keeps_its_listener():
    text = "Officials told reporters on Monday that the bridge will close."
    assert titles(text) == ["Officials tell reporters bridge will close"]
