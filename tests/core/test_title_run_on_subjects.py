"""Titles of a sentence whose relative clause the clause rules ran on into the sentence's
verb: who does that verb, and which verb a date tells. Every sentence was written for these
tests."""

from __future__ import annotations

import datetime as dt

from timeline_app.core.extraction import extract_events
from timeline_app.core.extraction.grammar import tokenize
from timeline_app.core.extraction.run_on_subjects import run_on_subject
from timeline_app.core.extraction.syntax import ParsedText
from timeline_app.core.parsing import parse

PUBLISHED = dt.date(2013, 3, 25)


def titles(text: str) -> list[str]:
    return [e.title for e in extract_events(text, PUBLISHED)]


# --- the whole phrase does the sentence's verb --------------------------------------------------


def test_the_phrase_the_relative_clause_sits_in_does_the_sentence_s_verb():
    text = "Relatives of the miners who died in the blast gathered in the square on Sunday."
    assert titles(text) == ["Relatives of miners gather in square"]
    text = "Veterans of the walkout that shut the mills gathered in the square on Sunday."
    assert titles(text) == ["Veterans of walkout gather in square"]
    # a relative on the phrase's own noun leaves that noun the subject
    text = "Miners who shut the mills marched through the square on Sunday."
    parsed = ParsedText(parse(text))
    tokens = tokenize(text)
    verb = next(t for t in tokens if t.text == "shut")
    assert run_on_subject(verb.start, [t for t in tokens if t.end <= verb.start], parsed) is None


def test_a_that_relative_before_the_sentence_s_verb_is_not_titled_by_its_own_verb():
    text = "Relatives of the miners that died in the blast gathered in the square on Sunday."
    assert titles(text) == ["Relatives of miners gather in square"]
    # a bare participle after a "that" of saying is still read as one
    text = "Police said on Friday that the van found near the quarry belonged to a builder."
    assert titles(text) == ["Van found near quarry"]


# --- each date tells its own verb ---------------------------------------------------------------


def test_a_date_after_the_relative_clause_tells_the_sentence_s_verb():
    text = "The son of the man who robbed the kiosk on Friday was arrested on Sunday."
    assert sorted(titles(text)) == ["Man robs kiosk", "Son of man arrested"]


def test_a_relative_clause_s_own_verb_is_active_not_a_participle():
    text = "The miners who died in the blast on Friday were buried on Sunday."
    assert titles(text) == ["Miners die in blast"]  # never "Miners died in blast"
