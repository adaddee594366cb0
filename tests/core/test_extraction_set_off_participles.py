"""A participle phrase set off by a comma after an object or a predicate noun keeps the date it
carries: the phrase's deed is its own event, its subject the noun it follows, and the clause
around it is not dated by it."""

from __future__ import annotations

import datetime as dt

from timeline_app.core.events import Event
from timeline_app.core.extraction import extract_events

PUBLISHED = dt.date(2021, 3, 10)


def _told(text: str) -> dict[str, str]:
    found: list[Event] = extract_events(text, PUBLISHED)
    return {e.title: e.when.to_edtf() for e in found}


def test_a_participle_after_a_predicate_noun_dates_the_noun_own_deed():
    told = _told("Her best known book is Winter Harbour, published in 1961 by a press in Leeds.")
    assert [t for t in told if t.startswith("Winter Harbour published")]
    assert set(told.values()) == {"1961"}


def test_a_bracket_between_the_noun_and_its_comma_is_passed_over():
    told = _told("His chief work was Tidewater (River Notes), published in 1872 with his son.")
    assert [d for t, d in told.items() if t.startswith("Tidewater published") and d == "1872"]


def test_a_participle_after_an_object_takes_the_date_from_the_clause_around_it():
    told = _told("The town kept the Tay Arch, opened in 1932, for walkers.")
    assert told == {"Tay Arch opened": "1932"}


def test_a_date_after_the_phrase_still_dates_the_clause():
    told = _told("The firm closed its Leeds plant, opened in 1990, on Tuesday.")
    assert told.get("Leeds plant opened") == "1990"
    assert told.get("Firm closes its Leeds plant") == "2021-03-09"


def test_a_past_verb_misread_as_a_participle_stays_the_sentences_own():
    # guard: the parse may take "brushed" for a participle on "meantime"; the mayor did it
    told = _told(
        "Mayor Olsen, meantime, brushed aside sharp warnings from the council on Thursday "
        "that the pier could cause lasting harm to the harbour."
    )
    assert not [t for t in told if t.lower().startswith("meantime")]


def test_a_document_s_date_or_a_plan_set_off_is_no_deed_of_its_own():
    # "dated" and "scheduled" give the noun's date or plan; nothing was done to it then
    for text in (
        "The minister read out a letter, dated March 3, from the harbour board.",
        "The council put off the vote, scheduled for May 2, until the autumn.",
    ):
        found = [e.title for e in extract_events(text, dt.date(2024, 9, 12))]
        assert not any(t.endswith((" dated", " scheduled")) for t in found), found
