"""A firm's products and namesakes: a run right after a firm's name, or after a brand with an
inner capital, is a thing it sells and no party; a known firm's name followed by a head that
names another business ("Records", "Foundation") is a namesake, a party of its own. Every
sentence is written for the test."""

from __future__ import annotations

import datetime as dt

from timeline_app.core.extraction import extract_events

PUBLISHED = dt.date(2025, 5, 9)


def _only(text: str) -> tuple[str, tuple[str, ...]]:
    events = extract_events(text, PUBLISHED)
    assert len(events) == 1
    return events[0].title, events[0].actors


def test_a_namesake_of_a_known_firm_is_a_party_of_its_own():
    _, actors = _only("Microsoft Records sued Microsoft in a London court on Monday over the name.")
    assert actors == ("Microsoft Records", "Microsoft")


def test_a_known_firms_charity_is_named_in_full():
    _, actors = _only("Google Foundation gave the Tarvik clinic a grant of $2 million on Tuesday.")
    assert actors == ("Google Foundation",)


def test_a_legal_suffix_still_names_the_firm_itself():
    # a guard: passes before the namesake rule too
    _, actors = _only("Microsoft Corp. bought a small Tarvik games studio on Monday.")
    assert actors == ("Microsoft",)


def test_a_run_after_a_brand_with_an_inner_capital_is_a_product():
    _, actors = _only("On Thursday Google opened the zTunes Film Shop to buyers in Chile.")
    assert actors == ("Google",)


def test_a_run_after_its_firms_possessive_is_no_party():
    _, actors = _only("Microsoft's Velo Explorer team said on Friday it would stop all updates.")
    assert actors == ("Microsoft",)


def test_a_product_subject_after_its_firms_name_titles_with_the_firm():
    title, actors = _only("Google Cinema Club stopped taking new members on Saturday.")
    assert actors == ("Google",)
    assert title.startswith("Google Cinema Club")


def test_a_person_after_her_firms_possessive_stays_a_party():
    # a guard: passes before the rule too
    _, actors = _only("Microsoft's Ada Moss met the trade minister in Oslo on Friday.")
    assert "Ada Moss" in actors


def test_a_unit_named_with_its_firms_word_stays_a_party():
    # a guard: passes before the rule too
    _, actors = _only(
        "Kelvar Corp. said on Monday it sold its paint arm to Osric Inc.'s Osric Paints unit."
    )
    assert "Osric Paints" in actors


def test_a_brand_subject_gets_the_story_firm_that_makes_it():
    text = (
        "Google unveiled a tablet in Lima on Monday. The zPad went on sale in Peru on Friday. "
        "Google also cut its prices."
    )
    events = {e.title: e.actors for e in extract_events(text, PUBLISHED)}
    assert events["zPad goes on sale in Peru"] == ("Google",)


def test_a_brand_subject_in_a_story_of_two_rivals_gets_neither():
    # a guard: passes before the rule too
    text = (
        "Google unveiled a tablet in Lima on Monday. Microsoft cut its prices on Tuesday. "
        "The zPad went on sale in Peru on Friday."
    )
    events = {e.title: e.actors for e in extract_events(text, PUBLISHED)}
    assert events["zPad goes on sale in Peru"] == ()
