"""A happening told in a clause beside one the text dates, with no date of its own: an
"after" clause beside a year or a month (``after_clauses``), a "when" clause after a clause
its date opens, and a second clause whose past verb the tagger read as a participle
(``parsing/finite_pasts``). Each sentence was written for its test."""

from __future__ import annotations

import datetime as dt

from tests.core.event_lists import dates, described, titled
from timeline_app.core.events import Event
from timeline_app.core.extraction import extract_events

PUBLISHED = dt.date(2021, 9, 23)


def events(text: str) -> list[Event]:
    return extract_events(text, PUBLISHED)


def test_an_after_clause_beside_a_dated_year_is_a_happening_of_that_year():
    found = events(
        "Ferry line marks twenty years\n\n"
        "The Skarvik ferry line turned twenty on Tuesday. The council began the harbour "
        "project in 2001 after Mayor Ilse Brandt met in Bergen with the boat owners."
    )
    assert dates(found, "Brandt meets") == ["2001"], described(found)
    assert dates(found, "begins harbour project") == ["2001"], described(found)


def test_an_after_clause_beside_a_dated_month_is_a_happening_of_that_month():
    found = events(
        "Shipyard closes\n\n"
        "The Norvik shipyard closed its gates on Monday. Its sister yard collapsed in "
        "March after its chief executive, Pavel Dorn, resigned."
    )
    assert dates(found, "resigns") == ["2021-03"], described(found)


def test_an_after_clause_beside_a_day_is_left_undated():
    # the approval may be of any day before the reopening: no date to lend it
    found = events(
        "Museum reopens\n\n"
        "The Velm town museum reopened on Monday after the district council approved its "
        "new budget."
    )
    assert not [e for e in titled(found, "approve") if e.when.to_edtf() == "2021-09-20"], described(
        found
    )


def test_a_when_clause_after_a_clause_opened_by_its_date_shares_it():
    found = events(
        "Market roof falls in Orvella\n\n"
        "Rescuers searched the Orvella market on Thursday. Last week, at least 40 traders "
        "were hurt when the roof of the old fish hall collapsed."
    )
    assert dates(found, "roof", "collapses") == ["2021-09-13/2021-09-19"], described(found)


def test_a_second_clause_after_but_with_a_tagged_participle_is_its_own():
    found = events(
        "Dockers lose case\n\n"
        "The Halden dockers sued the port authority on Monday, but the judge ruled "
        "against them."
    )
    assert titled(found, "judge rules"), described(found)
    assert dates(found, "dockers sue") == ["2021-09-20"], described(found)
