"""Titles a sub-editor would keep: sentences written for these tests, read by the extractor
or, where the extractor's choice of clause would get in the way, by the title functions."""

from __future__ import annotations

import datetime as dt

from timeline_app.core.extraction import extract_events
from timeline_app.core.extraction.grammar import tokenize
from timeline_app.core.extraction.titles import object_text, span_at
from timeline_app.core.timex import tag

PUBLISHED = dt.date(2013, 3, 25)


def titles(text: str, published: dt.date = PUBLISHED) -> list[str]:
    return [e.title for e in extract_events(text, published)]


# --- dates in long clauses -------------------------------------------------------------------


def test_the_date_at_an_offset_is_found_among_many():
    spans = [(10 * i, 10 * i + 4) for i in range(500)]
    assert span_at(2000, spans) == (2000, 2004)
    assert span_at(2003, spans) == (2000, 2004)
    assert span_at(2004, spans) is None
    assert span_at(5, spans) is None
    assert span_at(0, []) is None


def test_every_date_of_a_run_on_sentence_titles_its_own_happening():
    months = ["January", "March", "May", "July"]
    parts = [
        f"on {d % 28 + 1} {months[d % 4]} {2000 + d % 20} the army shelled the town"
        for d in range(60)
    ]
    events = extract_events("Officials said that " + ", and ".join(parts) + ".", PUBLISHED)
    assert len(events) == 60
    assert {e.title for e in events} == {"Army shells town"}


def test_an_object_far_into_its_clause_is_still_found():
    # sixty years joined by "and" go with their dates; the object comes after them all
    text = "shelled in " + " and ".join(str(year) for year in range(1950, 2011)) + " the town."
    spans = [(t.start, t.end) for t in tag(text, PUBLISHED)]
    assert len(spans) > 30
    assert object_text(tokenize(text)[1:], spans, {}) == "town"


# --- headline present tense, polarity kept ---------------------------------------------------


def test_a_denial_keeps_its_polarity_in_every_voice_and_tense():
    assert titles("On Monday, the minister did not attend the summit.") == [
        "Minister does not attend summit"
    ]
    assert titles("The bridge was not damaged in the storm on Monday.") == [
        "Bridge not damaged in storm"
    ]
    assert titles("Protesters had not been arrested by Monday night.") == [
        "Protesters not arrested"
    ]
    assert titles("The bridge will not be reopened before 2030.") == ["Bridge not to be reopened"]
    assert titles("The rebels won't attend the talks in Geneva next week.") == [
        "Rebels not to attend talks in Geneva"
    ]


def test_a_perfect_denies_that_it_has_happened_yet():
    assert titles("On Monday, the rebels have not left the city.") == ["Rebels have not left city"]
    assert titles("Since 2010, the army has never lost a battle.") == ["Army has never lost battle"]


def test_a_modal_keeps_its_words_in_the_passive_too():
    assert titles("On Monday, the talks could not be held in the capital.") == [
        "Talks could not be held in capital"
    ]


def test_a_future_passive_is_to_be_done():
    assert titles("The bridge will be reopened in 2030.") == ["Bridge to be reopened"]


def test_a_negation_is_said_once():
    # "is not" stops the verb group before "not"; the object must not say it again
    assert titles("On Monday, the envoy was not a spy.") == ["Envoy is not spy"]
    # "no" belongs to the object: the verb stays positive
    assert titles("On Monday, the company had no money to pay its workers.") == [
        "Company has no money to pay its workers"
    ]
