"""Titles too long to keep a source's saying whole tell what it says of itself as its own
("Board wants contractor to ...", "Mill to close ..."), rather than cut the wish or plan
away; a wire dateline that lost its dash is no subject; a date that is a noun's modifier
("the 14 May riot") leaves the noun its preposition; "in connection [with ...]" does not end
a title; a reported "was ready" is "is ready" after "says". Every sentence was written for
these tests."""

from __future__ import annotations

import datetime as dt

from timeline_app.core.extraction import extract_events

PUBLISHED = dt.date(2025, 3, 14)


def titles(text: str) -> list[str]:
    return [e.title for e in extract_events(text, PUBLISHED)]


# --- what a source says of itself ------------------------------------------------------------


def test_a_long_wish_of_the_speaker_is_told_as_its_own_not_cut_before_its_infinitive():
    found = titles(
        "On Tuesday the Ardmoor Water Board said it wanted the contractor to pay for each "
        "flooded garden along Quay Street."
    )
    assert found == ["Ardmoor Water Board wants contractor to pay for each flooded garden"]


def test_a_long_will_of_the_speaker_becomes_the_headline_to():
    found = titles(
        "Brenner Textiles Ltd. said on Monday that it will close two of its oldest spinning "
        "mills in the northern province of Kalmar."
    )
    assert found == ["Brenner Textiles Ltd. to close two of its oldest spinning mills"]


def test_a_saying_that_fits_keeps_its_source_saying_it():
    found = titles("Brenner Textiles said on Monday that it will close a mill.")
    assert found == ["Brenner Textiles says it will close mill"]


# --- a dateline without its dash --------------------------------------------------------------


def test_a_dateline_in_capitals_before_the_first_article_is_not_the_subject():
    found = titles(
        "OSLO The harbour authority closed the northern shipping lane on Monday after a "
        "tanker ran aground."
    )
    assert found == ["Harbour authority closes northern shipping lane"]


# --- a date that modifies a noun --------------------------------------------------------------


def test_a_date_before_its_noun_leaves_the_noun_its_preposition():
    found = titles("Two officers were injured in the 14 May riot outside the stadium, police said.")
    assert found == ["Two officers injured in riot outside stadium"]


# --- a preposition of several words left without its object ----------------------------------


def test_in_connection_without_its_object_is_cut_off():
    found = titles(
        "A welder and his brother from Dunmore were arrested on Friday in Pell County in "
        "connection with a long string of cash machine thefts across three states."
    )
    assert found == ["Welder and his brother arrested in Pell County"]


# --- a reported state of readiness, back in the present ---------------------------------------


def test_a_reported_readiness_is_told_in_the_present_after_a_present_saying():
    found = titles(
        "Mayor Ilse Grunwald announced on Monday that the harbour crew was ready to reopen "
        "the Westpier locks."
    )
    assert found == ["Ilse Grunwald announces harbour crew is ready to reopen Westpier locks"]
