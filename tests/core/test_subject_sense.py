"""Subjects a reader takes by sense and agreement where the parse offers two nouns: the
noun a relative clause tells of, the thing "it" stands for, and whether a lone surname is one
person. Every sentence was written for these tests."""

from __future__ import annotations

import datetime as dt

from timeline_app.core.extraction import extract_events

PUBLISHED = dt.date(2024, 3, 12)


def dated_titles(text: str) -> list[str]:
    return [f"{e.when.to_edtf()} {e.title}" for e in extract_events(text, PUBLISHED)]


# --- a relative clause tells of the phrase's noun, not the name set on it ---------------------


def test_what_stalled_is_the_talks_not_the_country_they_were_with():
    text = "The envoy hopes to revive negotiations with Peru, which collapsed last year."
    assert dated_titles(text) == ["2023 Negotiations with Peru collapse"]


def test_what_closed_is_the_mill_not_the_town_it_stood_in():
    text = "The family once owned the mill in Dorset, which shut down in 2011."
    assert dated_titles(text) == ["2011 Mill in Dorset shuts down"]


def test_a_that_clause_without_a_comma_tells_of_the_measure_not_the_chamber():
    text = "Farmers protested against a tariff from the Senate that expired in June."
    assert dated_titles(text) == ["2023-06 Tariff from Senate expires"]


def test_a_passive_relative_clause_tells_of_the_phrase_noun():
    text = "Soldiers guarded the depot near Tromso, which was built in 1985."
    assert dated_titles(text) == ["1985 Depot near Tromso built"]


def test_the_verb_agreeing_with_the_phrase_noun_alone_decides():
    text = "The broker sold notes from Chile, which were paying high interest in May."
    assert dated_titles(text) == ["2023-05 Notes from Chile pay high interest"]


def test_a_verb_that_does_something_to_something_stays_with_the_name():
    text = "The minister met rebels from Sudan, which expelled the aid agencies in March."
    assert dated_titles(text) == ["2024-03 Sudan expels aid agencies"]


def test_a_name_that_says_or_denies_stays_the_subject():
    text = "The mediator opened talks with Qatar, which denied on Monday that it had paid."
    assert [t for t in dated_titles(text) if "denies" in t] == ["2024-03-11 Qatar denies it paid"]
