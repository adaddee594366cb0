"""A title's object is never cut so that a clause inside it loses its verb: not "Firm says its
new scheme" (what the scheme will do is the news), not "Officials order the tenants" (what
they are ordered to do is). Every sentence was written for these tests."""

from __future__ import annotations

import datetime as dt

from timeline_app.core.extraction import extract_events

PUBLISHED = dt.date(2021, 3, 10)


def titles(text: str) -> list[str]:
    return [e.title for e in extract_events(text, PUBLISHED)]


def test_what_was_said_keeps_its_verb_past_an_aside_between_dashes():
    text = (
        "Tarvik Foods said its new delivery scheme -- tried in two villages in May and "
        "likely to be used soon in every county -- will mean higher costs for the coming winter."
    )
    assert titles(text)[0] == "Tarvik Foods says its new delivery scheme will mean higher costs"


def test_whom_a_verb_of_bidding_names_keeps_what_they_are_bidden_to_do():
    text = (
        "With a nervous town waiting, county officials said on Monday they will order the Dunmore "
        "tenants of the 40-year-old Elm Street tower to leave the building by May, before the "
        "demolition crews arrive."
    )
    assert titles(text) == [
        "County officials say they will order Dunmore tenants to leave building"
    ]
