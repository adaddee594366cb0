"""Each happening takes its own date, not one that another phrase or clause of its sentence
gives to something else: the date a document bears ("a letter, dated March 3"), a year still
to come on a thing planned or foreseen ("signaled more cuts in 2027"), the date of a state
told in a relative clause ("a flat where the suspect lived last year"), and "earlier this
month" in a paper of the month's first day."""

from __future__ import annotations

import datetime as dt

from tests.core.event_lists import dates, described
from timeline_app.core.events import Event
from timeline_app.core.extraction import extract_events

PUBLISHED = dt.date(2026, 6, 10)  # a Wednesday


def events(text: str, published: dt.date = PUBLISHED) -> list[Event]:
    return extract_events(text, published)


def test_a_letters_date_does_not_date_its_reading():
    found = events("The minister read out a letter, dated March 3, from the harbour council.")
    assert "2026-03-03" not in dates(found, "reads"), described(found)
    assert dates(found, "reads"), described(found)
    # the day a letter bears is still the day it was written
    found = events(
        "Ana Roy wrote a letter to the harbour minister earlier this week. She said in the "
        "letter, dated Monday, that the port must stay open."
    )
    assert dates(found, "writes") == ["2026-06-08"], described(found)


def test_a_report_received_on_friday_is_one_event_of_friday():
    found = events("The inquiry received the surveyors' report, dated May 2, on Friday.")
    assert dates(found, "receives") == ["2026-06-05"], described(found)


def test_a_bell_dating_from_a_year_is_not_raised_that_year():
    found = events("Divers raised a ship's bell dating from 1820 off Tarbet on Sunday.")
    assert dates(found, "raise") == ["2026-06-07"], described(found)


def test_a_year_to_come_does_not_date_a_past_signal():
    found = events(
        "The Halvard central bank cut its main rate on Wednesday and signaled a slower "
        "pace of cuts in 2027."
    )
    assert not any(e.when.to_edtf().startswith("2027") for e in found), described(found)


def test_where_the_suspect_lived_last_year_does_not_date_the_search():
    found = events("Officers searched a flat in Carlow where the suspect lived last year.")
    assert "2025" not in dates(found, "search"), described(found)


def test_earlier_this_month_on_the_first_is_the_month_before():
    found = events(
        "Earlier this month, a group of three directors said it held a 30% stake in Brava.",
        published=dt.date(2026, 6, 1),
    )
    assert "2026-05~" in dates(found), described(found)
    # later in the month it is this month's
    found = events("Rebels seized the airport at Kessa earlier this month.")
    assert dates(found, "seize") == ["2026-06~"], described(found)
