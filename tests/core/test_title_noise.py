"""Titles with no noise in them: a page's outlet after its headline, a state told in the
present perfect, and an "it took ... to" that names no one. Sentences written for these
tests."""

from __future__ import annotations

import datetime as dt

from timeline_app.core.extraction import extract_events

PUBLISHED = dt.date(2021, 6, 10)


def titles(text: str, published: dt.date = PUBLISHED) -> list[str]:
    return [e.title for e in extract_events(text, published)]


# --- the outlet after a headline -------------------------------------------------------------


def test_a_headline_loses_the_outlet_after_its_dash():
    text = (
        "Rebels seize airport in Doruna - Varn Courier\n\n"
        "Residents of the town were moved to the school gym on Tuesday.\n"
    )
    found = titles(text)
    assert "Rebels seize airport in Doruna" in found  # not "... in Doruna-Varn Courier"
    assert not any("Courier" in t for t in found)


def test_the_outlet_is_told_by_its_shape():
    from timeline_app.core.extraction.headline_outlets import outlet_tail

    assert outlet_tail("Talks stall in Kell | Coast Herald") == "Coast Herald"
    assert outlet_tail("Talks stall in Kell - three dead") is None  # a sentence's words
    assert outlet_tail("Earthquake-Induced Crack Found") is None  # a hyphen, not a dash


# --- how things stand, told in the present perfect -----------------------------------------

LEAD = "Regional news roundup\n\n"


def test_a_level_risen_with_no_figure_is_no_event():
    text = (
        LEAD
        + "Violence in the northern valley has risen to extraordinary levels, aid workers say.\n"
    )
    assert titles(text) == []


def test_a_figure_risen_to_stays_news():
    text = LEAD + "Unemployment in Ostrava has fallen to 5 percent, the bureau said.\n"
    assert titles(text) == ["Unemployment in Ostrava falls to 5 percent"]


def test_a_quality_grown_to_a_degree_is_no_event():
    text = LEAD + "Vendors in Kell have grown increasingly worried about the bridge.\n"
    assert titles(text) == []


def test_it_took_until_to_names_no_one():
    text = LEAD + "It took until May to reach the stranded climbers.\n"
    assert not any(t.startswith("It ") for t in titles(text))


# --- what is foreseen ---------------------------------------------------------------------


def test_what_is_forecast_or_readied_is_no_event():
    text = (
        LEAD + "Sales of the Arno tablet are forecast to double in 2022. "
        "The new bridge at Varn is preparing to open to lorries.\n"
    )
    assert titles(text) == []


def test_a_schedule_with_its_date_stays():
    text = LEAD + "The trial of Pell Arno is scheduled to start on Feb. 9.\n"
    assert titles(text) == ["Trial of Pell Arno scheduled to start"]


# --- the subject a relative clause sits beside -------------------------------------------


def test_an_age_in_a_relative_clause_is_not_the_subject():
    text = (
        LEAD + "Marek Olan, who was 34 at the time, was detained the next morning in Kell. "
        "Out of 9,000 pupils in Varn, 1,204 were absent Friday.\n"
    )
    found = titles(text)
    assert "Marek Olan detained in Kell" in found  # not "34 detained in Kell"
    assert not any(t.startswith("34 ") for t in found)
