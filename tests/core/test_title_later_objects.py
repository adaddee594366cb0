"""A verb's later object that the length limit would cut away stays in the title; the
phrases that only say more about what comes before it go instead. Every sentence was
written for these tests."""

from __future__ import annotations

import datetime as dt

from timeline_app.core.extraction import extract_events
from timeline_app.core.extraction.left_objects import with_object_kept
from timeline_app.core.parsing import parse

PUBLISHED = dt.date(2024, 5, 10)


def titles(text: str) -> list[str]:
    return [e.title for e in extract_events(text, PUBLISHED)]


def test_a_second_object_after_a_long_first_one_is_kept():
    found = titles(
        "The regional water board announced on Monday that it will offer farmers in the "
        "drought-hit southern valleys a special loan."
    )
    assert found == ["Regional water board announces it will offer farmers special loan"]
    # an object that fits stays as it was
    found = titles("The museum said on Monday that it would give visitors free tickets.")
    assert found == ["Museum says it will give visitors free tickets"]


def test_whom_a_thing_is_sent_to_loses_its_places_not_the_thing():
    found = titles(
        "The city council said on Friday it would send every household in the three flooded "
        "northern districts a cash grant."
    )
    assert found == ["City council says it will send every household cash grant"]


def _tokens(sentence: str, words: list[str]):
    doc = parse(sentence, [0], [])
    by_text = {t.text: t for t in doc}
    return doc, [by_text.get(w) for w in words]


def test_nothing_is_left_out_when_no_object_was_cut_away():
    sentence = "Rangers gave hikers of the northern trails maps."
    doc, tokens = _tokens(sentence, ["hikers", "of", "northern", "trails", "maps"])
    verb = doc[1]
    words = ["hikers", "of", "northern", "trails", "maps"]
    assert with_object_kept(words, tokens, len(words), verb, lambda w: True) is None


def test_the_later_object_is_kept_and_the_noun_s_phrase_goes():
    sentence = "Rangers gave hikers of the northern trails new maps."
    words = ["hikers", "of", "northern", "trails", "new", "maps"]
    doc, tokens = _tokens(sentence, words)
    verb = doc[1]
    kept = with_object_kept(words, tokens, 4, verb, lambda w: len(w) <= 4)
    assert kept == ["hikers", "new", "maps"]
