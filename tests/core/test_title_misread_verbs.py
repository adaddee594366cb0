"""A sentence's past verb the parse read as an adjective of its object ("moved" in "the army
moved tanks and trucks") or as a participle on the noun of its subject's "of" phrase ("the
sale of the unit collapsed"): the title tells who did what. Every sentence was written for
these tests."""

from __future__ import annotations

import datetime as dt

from timeline_app.core.extraction import extract_events
from timeline_app.core.parsing import parse

PUBLISHED = dt.date(2024, 5, 10)


def titles(text: str) -> list[str]:
    return [event.title for event in extract_events(text, PUBLISHED)]


def test_a_verb_read_as_its_object_s_adjective_keeps_the_whole_listed_object():
    assert titles("The army moved tanks and trucks to the border.") == [
        "Army moves tanks and trucks to border"
    ]


def test_a_verb_read_as_the_adjective_of_a_list_after_its_subject_heads_the_sentence():
    found = extract_events("The navy sent ships and boats to the coast on Monday.", PUBLISHED)
    assert [e.title for e in found] == ["Navy sends ships and boats to coast"]
    assert found[0].when.start.day == 6


def test_the_parse_makes_the_misread_verb_the_root_with_its_subject_and_object():
    doc = parse("The army sent tanks and jeeps to the border.")
    sent = next(t for t in doc if t.text == "sent")
    assert sent.dep_ == "ROOT"
    assert {(c.text, c.dep_) for c in sent.children} >= {("army", "nsubj"), ("tanks", "obj")}


def test_a_verb_read_as_a_participle_on_the_subject_s_of_phrase_keeps_the_whole_subject():
    assert titles("The proposed sale of the copper unit collapsed on Tuesday.") == [
        "Proposed sale of copper unit collapses"
    ]
