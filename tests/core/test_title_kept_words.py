"""Titles a sub-editor would keep: the words that carry the news stay in the title (a verb's
object, a stretch of time, a comparison), and a reported state is told in the present. Every
sentence was written for these tests."""

from __future__ import annotations

import datetime as dt

from timeline_app.core.extraction import extract_events

PUBLISHED = dt.date(2031, 6, 20)


def titles(text: str) -> list[str]:
    return [e.title for e in extract_events(text, PUBLISHED)]


def test_an_uncounted_stretch_of_time_is_what_took_measures():
    found = titles("The agency took years to resume ferry crossings after the 2019 sinking.")
    assert found == ["Agency takes years to resume ferry crossings"]


def test_a_comparison_s_first_as_opens_no_clause():
    found = titles("Norvania generated half as much wind power in 2013 as it did in 2012.")
    assert found == ["Norvania generates half as much wind power"]


def test_the_clause_a_verb_reveals_is_its_object():
    found = titles(
        "The Tarrow county board agreed on Monday to reveal which members voted for the levy."
    )
    assert found == ["Tarrow county board agrees to reveal which members voted for levy"]


def test_a_reported_wish_is_told_in_the_headline_s_present():
    found = titles(
        "The Ostrava fire service said on Monday it wanted the stadium to review its exits."
    )
    assert found == ["Ostrava fire service says it wants stadium to review its exits"]


def test_a_reported_deed_stays_in_the_past():
    found = titles(
        "The Ostrava fire service said on Monday it closed the stadium to review its exits."
    )
    assert found and "wants" not in found[0] and "closes" not in found[0]


def test_a_modifier_the_clause_was_cut_after_keeps_its_noun():
    found = titles(
        "East Vellmore harbor police officials have issued misleading or wholly inaccurate"
        " statements about dock strikes while using loaded words to depict strikers as violent."
    )
    assert found == [
        "East Vellmore harbor police officials issue misleading or wholly inaccurate statements"
    ]


def test_a_title_too_long_for_two_joined_adjectives_keeps_the_first_and_the_noun():
    found = titles(
        "Senior East Vellmore harbor police officials have issued misleading or wholly"
        " inaccurate statements about dock strikes while using loaded words to depict strikers"
        " as violent."
    )
    assert found == ["Senior East Vellmore harbor police officials issue misleading statements"]


def test_a_not_only_whose_second_thing_was_cut_goes():
    found = titles(
        "Labour pledged on Friday to not only keep the Dorn hospital open, but expand it."
    )
    assert found == ["Labour pledges to keep Dorn hospital open"]


def test_half_a_million_keeps_its_a():
    found = titles("The Vell rowing board has trimmed half a million dollars off the regatta.")
    assert found == ["Vell rowing board trims half a million dollars off regatta"]


def test_a_spaced_dash_opens_an_aside_the_object_ends_before():
    found = titles(
        "Nurses attended the fair on Sunday - the busiest day of the month for the clinic - at a"
        " cost of 300 pounds."
    )
    assert found == ["Nurses attend fair"]
