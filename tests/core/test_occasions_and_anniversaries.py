"""Dates that belong to a happening named by a noun, and what that means for the clause:
the deed a police or court act is about, the occasion a deed was done at, the happening an
anniversary remembers; and a relative clause run on into its sentence's predicate."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.core.extraction import extract_events
from timeline_app.core.extraction.anniversaries import ordinal_value
from timeline_app.core.extraction.lexicon import inflect

PAPER = dt.date(2021, 3, 18)  # a Thursday
LEAD = (
    "Harbor council news\n\n"
    "The Harbor Town council voted on Monday to close two libraries, officials said.\n\n"
)


def events(sentence: str) -> list[tuple[str, str]]:
    """(date, title) of the events read from ``sentence`` below a dated first paragraph."""
    return [
        (e.when.to_edtf(), e.title)
        for e in extract_events(LEAD + sentence, PAPER)
        if e.sources and e.sources[0].start >= len(LEAD) - 2
    ]


@pytest.mark.parametrize(
    ("sentence", "deed", "crime_date"),
    [
        ("Police arrested a suspect in the 2016 bombing of a bus station.", "arrest", "2016"),
        (
            "Detectives in Dorrance have charged a nurse in the 2019 poisoning of a patient.",
            "charge",
            "2019",
        ),
        ("Police issued a warrant in the Oct. 3 shooting of a surgeon.", "warrant", "2020-10-03"),
    ],
)
def test_an_arrest_or_charge_in_a_dated_crime_is_not_given_the_crime_s_date(
    sentence, deed, crime_date
):
    told = events(sentence)
    assert not [(d, t) for d, t in told if deed in t.lower() and d == crime_date], told


def test_what_happened_during_a_dated_crime_keeps_its_date():
    told = events("Three people died in the 2016 bombing of a bus station.")
    assert ("2016", "Three people die in bombing of bus station") in told


@pytest.mark.parametrize(
    ("sentence", "date", "verb"),
    [
        (
            "Voters rejected a tax increase for the libraries in a 2017 referendum.",
            "2017",
            "reject",
        ),
        ("Ruiz criticised the cuts to the branches in a 2019 speech.", "2019", "criticise"),
    ],
)
def test_a_dated_occasion_at_the_end_of_a_clause_dates_the_deed(sentence, date, verb):
    told = events(sentence)
    assert any(d == date and verb in t.lower() for d, t in told), told


def test_an_anniversary_dates_the_happening_it_remembers_years_back_to_the_day():
    told = events(
        "Monday is the tenth anniversary of the Kell Street fire, which destroyed 40 homes."
    )
    assert told == [("2011-03-15", "Kell Street fire destroys 40 homes")]


def test_the_day_of_an_anniversary_is_no_happening_of_its_own():
    told = events(
        "Tomorrow marks the 20th anniversary of the Dorrance mine collapse, which killed 14 miners."
    )
    assert told == [("2001-03-19", "Dorrance mine collapse kills 14 miners")]


def test_an_anniversary_given_in_words_counts_its_years():
    told = events(
        "Wednesday, the seventy-fifth anniversary of the sinking of the ferry Astra, "
        "was a day of mourning in Dorrance."
    )
    assert told == [("1946-03-17", "Ferry Astra sunk")]


@pytest.mark.parametrize(
    ("word", "years"),
    [("20th", 20), ("tenth", 10), ("seventy-fifth", 75), ("fiftieth", 50), ("hundredth", 100)],
)
def test_ordinals_of_anniversaries(word, years):
    assert ordinal_value(word) == years


@pytest.mark.parametrize(
    ("verb", "form", "written"),
    [
        ("kidnap", "past", "kidnapped"),
        ("transfer", "pp", "transferred"),
        ("sink", "pp", "sunk"),
        ("retake", "past", "retook"),
    ],
)
def test_verbs_are_written_as_the_dictionary_spells_them(verb, form, written):
    assert inflect(verb, form) == written


def test_a_relative_clause_with_no_comma_to_close_it_stops_where_its_verb_s_phrase_ends():
    told = events("The law which the governor signed last month did not end the dispute.")
    assert told == [("2021-02", "Governor signs law")]
