"""Titles a sub-editor would keep: a subject that is a pronoun with its auxiliary run in, or a
bare number, is written as a headline writes it and the verb agrees with it. Every sentence
was written for these tests."""

from __future__ import annotations

import datetime as dt

from timeline_app.core.extraction import extract_events

PUBLISHED = dt.date(2031, 6, 20)


def titles(text: str) -> list[str]:
    return [e.title for e in extract_events(text, PUBLISHED)]


def test_a_contracted_pronoun_subject_is_the_pronoun_with_its_own_verb_form():
    found = titles("In 2029 so far, they’ve already shipped 300 tons of grain.")
    assert found == ["They ship 300 tons of grain"]


def test_a_bare_number_subject_keeps_what_it_counts_and_a_plural_verb():
    found = titles("Of 12,000 pupils, 1,204 were absent on Monday.")
    assert found == ["1,204 of 12,000 pupils are absent"]


def test_a_number_before_its_noun_is_left_alone():
    found = titles("Rangers said 5,120 fires have been counted in Pelvas as of Monday.")
    assert found == ["5,120 fires counted in Pelvas"]


def test_the_whole_a_number_is_counted_out_of_loses_its_article():
    found = titles("Of the 900 Brell miners, 120 were absent on Monday.")
    assert found == ["120 of 900 Brell miners are absent"]
