"""Whom "he" and "she" stand for, and reference marks pasted with an encyclopaedia's text.

Every sentence here was written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.core.extraction import extract_events
from timeline_app.core.extraction.citation_marks import blank_citation_marks
from timeline_app.core.extraction.pronoun_reference import sex_of_given_name

PUBLISHED = dt.date(2019, 9, 9)


def titles(text: str) -> dict[int, str]:
    return {e.when.start.year: e.title for e in extract_events(text, PUBLISHED)}


def test_she_is_the_subject_before_not_the_teacher_named_last():
    found = titles("Marta Quill studied under Ivo Brandt in Porto. In 1902 she moved to Lisbon.")
    assert found[1902] == "Marta Quill moves to Lisbon"


def test_he_is_never_the_woman_named_before():
    found = titles(
        "Marta Quill met Otto Kern in 1900. He proposed to her in 1901, and she married him "
        "in 1903."
    )
    assert found[1901] == "Otto Kern proposes to Marta Quill"
    assert found[1903] == "Marta Quill marries Otto Kern"


def test_a_subject_pronoun_carries_its_person_to_the_next_sentence():
    # "He was a friend of Leonhard Euler. He went ...": the second "he" is the first's.
    found = titles(
        "Daniel Bernoulli earned a doctorate in 1721.\n\nHe was a close friend of Leonhard "
        "Euler. He went to Berlin in 1724 as professor of mathematics."
    )
    assert found[1724].startswith("Daniel Bernoulli goes to Berlin")


def test_an_object_named_in_the_sentence_before_is_the_one_who_acts_next():
    found = titles(
        "Senator Ruth Ames has invited Governor Paul Dorn to visit the capital in May. He "
        "will then travel to Boston on 12 June 2020 to sign the compact."
    )
    assert found[2020].startswith("Paul Dorn")


def test_the_text_shows_a_person_s_sex_where_the_name_does_not():
    # "Kim" is given to men and women; "her own studio" says which this Kim is.
    found = titles(
        "Kim Lo opened her own studio in 1901 with Ivo Brandt. In 1905 she left for Paris. "
        "Her sister joined her there in 1906."
    )
    assert found[1905] == "Kim Lo leaves for Paris"
    assert "joins Kim Lo" in found[1906]


@pytest.mark.parametrize(("name", "sex"), [("Marta", "f"), ("Otto", "m"), ("Xqzt", "")])
def test_a_given_name_says_a_sex_only_when_most_bearers_share_it(name, sex):
    assert sex_of_given_name(name) == sex


def test_reference_marks_are_no_words_of_the_sentence():
    text = (
        "Pieter Smit was a surveyor.[1] [2] In 1840 he married Ana Ruiz.[12][13] In 1852 "
        "the couple moved to Lisbon,[a] where he died in 1870.[citation needed]"
    )
    events = extract_events(text, PUBLISHED)
    by_year = {e.when.start.year: e for e in events}
    assert by_year[1840].title == "Pieter Smit marries Ana Ruiz"
    assert by_year[1870].title.startswith("Pieter Smit dies")
    # the evidence quotes the article as it was written
    assert "[a]" in by_year[1852].sources[0].evidence


def test_blanking_keeps_every_offset():
    text = "He won.[3] She lost [note 2] and [4–6] left [b]."
    blanked = blank_citation_marks(text)
    assert len(blanked) == len(text)
    assert "[" not in blanked and blanked.split() == [
        "He",
        "won.",
        "She",
        "lost",
        "and",
        "left",
        ".",
    ]
    assert blank_citation_marks("the [Army] said") == "the [Army] said"
