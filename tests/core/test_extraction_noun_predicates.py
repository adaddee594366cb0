"""A dated happening named by its noun alone, with nobody named as doing it ("the 1962
uprising"), is an event of its own, titled with the verb a sub-editor gives that kind of
happening (``noun_predicates``). Each case is a sentence written for it."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.event_lists import described
from timeline_app.core.extraction import extract_events
from timeline_app.core.extraction.noun_predicates import NOUN_PREDICATES, predicate_for

PUBLISHED = dt.date(2022, 9, 8)


def found(text: str) -> list[str]:
    return described(extract_events(text, PUBLISHED))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Half the village fled during the 1962 uprising.", "1962 Uprising breaks out"),
        (
            "Marta Quill, who recalls the 1973 revolt as a schoolgirl, opened the archive on "
            "Monday.",
            "1973 Revolt breaks out",
        ),
        (
            "The ministers met again after the March 2003 ceasefire of the border war.",
            "2003-03 Ceasefire takes effect",
        ),
        (
            "Both councils later disputed the 1995 agreement between the two towns.",
            "1995 Agreement signed",
        ),
        ("Barns flattened in the 1987 storm were never rebuilt.", "1987 Storm strikes"),
        ("Turnout collapsed in the 2004 referendum on the bridge.", "2004 Referendum held"),
    ],
)
def test_a_dated_happening_noun_with_no_doer_is_titled_with_its_verb(text, expected):
    events = found(text)
    assert expected in events, events


def test_a_noun_with_no_predicate_stays_untitled():
    """Guard: "the 1998 crisis" has no verb a reader would take as plainly; it is not
    proposed as "Crisis"."""
    events = found("Exporters lost markets after the 1998 crisis in the region.")
    assert not [e for e in events if e.split(" ", 1)[1] in ("Crisis", "Crisis breaks out")]


def test_each_predicate_rule_names_the_phrase_it_is_for():
    for rule in NOUN_PREDICATES:
        phrase, title = rule.handles.split(" -> ")
        assert title.endswith(rule.predicate), rule.name
        assert any(word in rule.nouns for word in phrase.split()), rule.name
        assert all(predicate_for(noun) == rule.predicate for noun in rule.nouns), rule.name


def test_a_happening_named_again_is_proposed_once():
    events = found(
        "Both councils later disputed the 1995 agreement between the two towns. "
        "Lawyers say the 1995 agreement never mentioned the bridge."
    )
    assert [e for e in events if e.endswith("Agreement signed")] == ["1995 Agreement signed"]


def test_a_happening_still_to_come_is_not_titled_as_done():
    events = found("Planners expect the 2030 census to show the town shrinking.")
    assert not [e for e in events if "Census held" in e], events
