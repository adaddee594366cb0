"""A date inside a noun phrase set after the clause's own date (", a touring company popular in
the 1950s and 1960s") describes that noun, not the happening: the clause is one event, of its
own date. Every sentence was written for these tests."""

from __future__ import annotations

import datetime as dt

from tests.core.event_lists import described
from timeline_app.core.extraction import extract_events

PUBLISHED = dt.date(2020, 2, 3)


def test_decades_describing_the_company_joined_do_not_date_the_joining_again():
    found = extract_events(
        "Mara Lindqvist was a Swedish stage actress. She joined the Hartwell Players in 1961, "
        "a touring company popular in the 1950s and 1960s.",
        PUBLISHED,
    )
    joined = [e for e in found if "Hartwell" in e.title]
    assert [e.when.to_edtf() for e in joined] == ["1961"], described(found)


def test_a_decade_describing_the_town_does_not_date_the_move():
    found = extract_events(
        "Piet Oudkerk was a Dutch printer. He settled in Haarlem in 1888, a town of weavers "
        "since the 1600s.",
        PUBLISHED,
    )
    settled = [e for e in found if "Haarlem" in e.title]
    assert [e.when.to_edtf() for e in settled] == ["1888"], described(found)


def test_two_dates_listed_for_the_clause_stay_two_events():
    # guard: "in 1972 and, again, in 1975" tells the tour twice
    found = extract_events(
        "Mara Lindqvist was a Swedish stage actress. She toured Finland in 1972 and, again, "
        "in 1975.",
        PUBLISHED,
    )
    toured = [e for e in found if "Finland" in e.title]
    assert [e.when.to_edtf() for e in toured] == ["1972", "1975"], described(found)
