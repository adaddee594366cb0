"""Where a title ends: on the word that finishes its verb's phrase, a particle or a
complement the verb needs, and never inside a second clause. Every sentence was written for
these tests."""

from __future__ import annotations

import datetime as dt

from timeline_app.core.extraction import extract_events
from timeline_app.core.extraction.title_finish import acceptable_title, finish

PUBLISHED = dt.date(2013, 3, 25)


def by_year(text: str) -> dict[int, str]:
    return {e.when.start.year: e.title for e in extract_events(text, PUBLISHED)}


# --- a verb's particle ends its phrase ------------------------------------------------------------


def test_a_particle_a_short_object_after_a_bare_infinitive_stays():
    found = by_year("On March 3, 2011, a consultant was hired to help turn the firm around.")
    assert found[2011] == "Consultant hired to help turn firm around"


def test_a_separable_particle_after_its_verb_s_object_is_a_finished_title():
    assert acceptable_title("Board turns offer down")
    assert acceptable_title("Council votes to turn plan around")
    assert acceptable_title("Union calls strike off")
    # a preposition whose phrase was cut is no particle
    assert not acceptable_title("Pope meets bishops in Rome on")


# --- a relative clause's title ends before the sentence's verb ------------------------------------


def test_a_relative_clause_the_parse_ran_into_the_sentence_s_verb_ends_before_it():
    found = by_year(
        "Veterans of the uprising that toppled the king in 2011 gathered to denounce the ruling."
    )
    assert found[2011] == "Uprising topples king"
    found = by_year(
        "Veterans of the uprising that toppled the king gathered in 2011 to denounce the ruling."
    )
    assert "gather" not in found[2011]
    found = by_year("Members of the party that won the election in 2011 met in Berlin.")
    assert found[2011] == "Party wins election"


# --- a complement the verb needs stays -----------------------------------------------------------


def test_a_verb_of_lasting_keeps_the_stretch_of_time_it_takes():
    found = by_year(
        "The president left for Asia on March 3, 2011 on a tour likely to last over a week."
    )
    assert found[2011] == "President leaves for Asia on tour likely to last over week"


# --- a participle of saying needs the words it says -----------------------------------------------


def test_a_title_never_ends_on_a_participle_of_saying_whose_words_were_cut():
    assert not acceptable_title("Mayor resigns in letter to council stating")
    assert not acceptable_title("Coach quits in email to owners claiming")
    assert finish("Coach quits in email to owners claiming") == "Coach quits in email to owners"
    # the same ending as a noun is a finished title
    assert acceptable_title("Weather service issues warning")
    assert acceptable_title("Ministers hold briefing")
